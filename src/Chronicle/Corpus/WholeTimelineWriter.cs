using Chronicle.Fusion;
using Chronicle.Rendering;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The whole timeline of an indexed store as JSON, written as it is read: the same bytes as serialising
/// <see cref="CorpusTimeline.Build"/>'s output without a filter, which holds every event at once (about
/// 15 GB at 100,000 articles). The events are read twice: once for their conflicts (each event's own,
/// and a copy of it slim enough for the date conflicts between events), once to write them a day at a time.
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

    private static void Write(ICorpusIndexStore store, ChunkedJsonWriter writer, CorpusIndex? index)
    {
        ArgumentNullException.ThrowIfNull(store);
        (index ?? CorpusIndex.Default).Update(store);

        var documents = CorpusTimeline.AllDocuments(store);
        var ids = documents.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);
        var conflicts = Conflicts(store, ids, out var unshown);

        var json = writer.Json;
        void Item<T>(T value) => writer.Item(value);

        json.WriteStartObject();
        writer.StartArray(nameof(TimelineOutput.Documents));
        foreach (var d in documents)
        {
            Item(d);
        }

        json.WriteEndArray();
        writer.StartArray(nameof(TimelineOutput.Entities));
        store.ScanEntities(e =>
        {
            Item(TimelineBuilder.ToOutput(ShownEntities.Parse(e.Json), ids));
            return false;
        });
        json.WriteEndArray();
        writer.StartArray(nameof(TimelineOutput.Events));
        WriteEvents(store, ids, unshown, e => Item(TimelineBuilder.ToOutput(e)));
        json.WriteEndArray();
        writer.StartArray(nameof(TimelineOutput.Conflicts));
        foreach (var c in conflicts.Where(c => !c.Events.All(unshown.Contains)))
        {
            Item(new TimelineConflict(c.Events, c.Kind, c.Description));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        writer.EndLine();
    }

    /// <summary>
    /// Every conflict of the whole timeline in <see cref="ConflictFinder.Find(IReadOnlyList{FusedEvent})"/>'s
    /// order, and the ids of the events the timeline leaves out (those without an independent source).
    /// </summary>
    private static List<EventConflict> Conflicts(ICorpusIndexStore store, Dictionary<string, string> ids, out HashSet<string> unshown)
    {
        var conflicts = new List<EventConflict>();
        var left = new HashSet<string>(StringComparer.Ordinal);
        var slim = store.ScanEvents((_, number, text) =>
        {
            var e = Parse(number, text, ids);
            conflicts.AddRange(ConflictFinder.Default.FindWithin(e));
            if (e.IndependentSources < TimelineFilter.None.MinSources)
            {
                left.Add(e.Id);
            }

            return SlimEvents.Slim(e);
        });
        unshown = left;
        conflicts.AddRange(ConflictFinder.Default.FindBetween(slim));
        return conflicts;
    }

    /// <summary>The shown events in the timeline's order: by first day (undated last), then last day, then number.</summary>
    private static void WriteEvents(ICorpusIndexStore store, Dictionary<string, string> ids, HashSet<string> unshown, Action<FusedEvent> write)
    {
        // The stored order is by first day (else last day), so the events of one first day come
        // together; those with only a last day go after every dated one, behind those with neither.
        var day = new List<FusedEvent>();
        var lastOnly = new List<FusedEvent>();
        void WriteDay()
        {
            foreach (var e in day.OrderBy(e => e.Latest).ThenBy(Number))
            {
                write(e);
            }

            day.Clear();
        }

        store.ScanEvents((_, number, text) =>
        {
            var e = Parse(number, text, ids);
            if (unshown.Contains(e.Id))
            {
                return false;
            }

            if (e.Earliest is { } earliest)
            {
                if (day.Count > 0 && day[0].Earliest != earliest)
                {
                    WriteDay();
                }

                day.Add(e);
            }
            else if (e.Latest is not null)
            {
                lastOnly.Add(e);
            }
            else
            {
                WriteDay();
                write(e);
            }

            return false;
        });
        WriteDay();
        foreach (var e in lastOnly.OrderBy(e => e.Latest).ThenBy(Number))
        {
            write(e);
        }
    }

    private static long Number(FusedEvent e) => long.Parse(e.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);

    private static FusedEvent Parse(long number, string json, Dictionary<string, string> ids) =>
        CorpusTimeline.Renamed(CorpusTimeline.Parse(number, json), ids);
}
