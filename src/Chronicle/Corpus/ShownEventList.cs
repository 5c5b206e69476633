using System.Collections;
using Chronicle.Rendering;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// Events as the timeline shows them, most of them still as the shown forms the index stored: written as
/// JSON straight from those (<see cref="ShownEventJson"/>), and built as objects only when something reads
/// them as such (a table, Markdown, the web page), all at once, on every core.
/// </summary>
internal sealed class ShownEventList : IReadOnlyList<TimelineEvent>, IJsonItems
{
    private readonly IReadOnlyList<ShownEvent> items;
    private readonly IReadOnlyDictionary<string, string> documentIds;
    private readonly Lazy<List<TimelineEvent>> built;

    public ShownEventList(IReadOnlyList<ShownEvent> items, IReadOnlyDictionary<string, string> documentIds)
    {
        this.items = items;
        this.documentIds = documentIds;
        built = new Lazy<List<TimelineEvent>>(() => CorpusTimeline.ParseAll(items, e => e.Build(documentIds)));
    }

    /// <summary>Events whose shown forms were made already (read whole), in order.</summary>
    public static ShownEventList Built(IEnumerable<TimelineEvent> events) =>
        new(events.Select(e => new ShownEvent(e.Id, null, e)).ToList(), new Dictionary<string, string>(StringComparer.Ordinal));

    public int Count => items.Count;

    public TimelineEvent this[int index] => built.Value[index];

    public IEnumerator<TimelineEvent> GetEnumerator() => built.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The events for a listing that prints no sentences (<see cref="Timeline.ListedEvents"/>): those still in their stored forms are read without them.</summary>
    public IReadOnlyList<TimelineEvent> Listed() =>
        built.IsValueCreated ? built.Value : CorpusTimeline.ParseAll(items, e => e.Listed(documentIds));

    /// <summary>The given events of this list (by id), in the order given, sharing its document ids.</summary>
    public ShownEventList Of(IEnumerable<string> eventIds)
    {
        var byId = new Dictionary<string, ShownEvent>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId[item.Id] = item;
        }

        return new ShownEventList(eventIds.Select(id => byId[id]).ToList(), documentIds);
    }

    public void WriteItems(ChunkedJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (built.IsValueCreated)
        {
            foreach (var shown in built.Value)
            {
                writer.Item(shown);
            }

            return;
        }

        foreach (var item in items)
        {
            item.Write(writer, documentIds);
        }
    }
}
