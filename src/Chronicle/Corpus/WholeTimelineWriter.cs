using Chronicle.Fusion;
using Chronicle.Rendering;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The whole timeline of an indexed store as JSON, written as it is read (<see cref="WholeTimeline"/>):
/// the same bytes as serialising <see cref="CorpusTimeline.Build"/>'s output without a filter, which
/// holds every event at once (about 15 GB at 100,000 articles).
/// </summary>
public static class WholeTimelineWriter
{
    public static void Write(ICorpusIndexStore store, TextWriter output, CorpusIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new ChunkedJsonWriter(output);
        Write(store, writer, index);
    }

    /// <summary>As <see cref="Write(ICorpusIndexStore, TextWriter, CorpusIndex?)"/>, the UTF-8 bytes to a stream.</summary>
    public static void Write(ICorpusIndexStore store, Stream output, CorpusIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new ChunkedJsonWriter(output);
        Write(store, writer, index);
    }

    /// <summary>
    /// The whole timeline as TimelineJS JSON under <paramref name="title"/>, written as it is read: the bytes of
    /// serialising <see cref="TimelineRenderers.TimelineJs"/> of the whole timeline.
    /// </summary>
    public static void WriteTimelineJs(ICorpusIndexStore store, TextWriter output, string title)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new ChunkedJsonWriter(output);
        var whole = WholeTimeline.Read(store);
        var documents = TimelineRenderers.TimelineJsDocuments(whole.Documents);
        var json = writer.Json;
        json.WriteStartObject();
        json.WritePropertyName("title");
        writer.Item(TimelineRenderers.TimelineJsTitle(title, whole.EventCount, whole.Documents.Count));
        writer.StartArray("events");
        whole.ForEachEvent(e =>
        {
            if (TimelineRenderers.TimelineJsEvent(e, documents) is { } slide)
            {
                writer.Item(slide);
            }
        });
        json.WriteEndArray();
        json.WriteEndObject();
        writer.EndLine();
    }

    private static void Write(ICorpusIndexStore store, ChunkedJsonWriter writer, CorpusIndex? index)
    {
        var whole = WholeTimeline.Read(store, index);
        var json = writer.Json;
        void Item<T>(T value) => writer.Item(value);

        json.WriteStartObject();
        writer.StartArray(nameof(TimelineOutput.Documents));
        foreach (var d in whole.Documents)
        {
            Item(d);
        }

        json.WriteEndArray();
        writer.StartArray(nameof(TimelineOutput.Entities));
        whole.ForEachEntity(Item);
        json.WriteEndArray();
        writer.StartArray(nameof(TimelineOutput.Events));
        whole.ForEachEvent(Item);
        json.WriteEndArray();
        writer.StartArray(nameof(TimelineOutput.Conflicts));
        foreach (var c in whole.Conflicts)
        {
            Item(c);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        writer.EndLine();
    }
}
