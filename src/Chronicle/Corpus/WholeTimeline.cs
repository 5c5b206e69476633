using Chronicle.Fusion;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The whole timeline of an indexed store, read in passes rather than held: every event at once is
/// about 15 GB at 100,000 articles. <see cref="Read"/> brings the index up to date and makes the first
/// pass over the events, for their conflicts (each event's own, and a copy of it slim enough for the
/// date conflicts between events); <see cref="ForEachEvent"/> reads them again and hands them over in
/// the timeline's order. Writers of every format (<see cref="WholeTimelineWriter"/>, <see cref="WholeTimelineText"/>)
/// give the bytes of <see cref="CorpusTimeline.Build"/>'s output without a filter.
/// </summary>
public sealed class WholeTimeline
{
    private readonly ICorpusIndexStore store;
    private readonly Dictionary<string, string> documentIds;
    private readonly HashSet<string> unshown;

    private WholeTimeline(ICorpusIndexStore store, List<TimelineDocument> documents, Dictionary<string, string> documentIds, List<TimelineConflict> conflicts, HashSet<string> unshown, int eventCount)
    {
        this.store = store;
        this.documentIds = documentIds;
        this.unshown = unshown;
        Documents = documents;
        Conflicts = conflicts;
        EventCount = eventCount;
    }

    /// <summary>Every document, in the timeline's order.</summary>
    public IReadOnlyList<TimelineDocument> Documents { get; }

    /// <summary>The conflicts the timeline shows, in its order.</summary>
    public IReadOnlyList<TimelineConflict> Conflicts { get; }

    /// <summary>How many events the timeline shows (those with an independent source).</summary>
    public int EventCount { get; }

    public static WholeTimeline Read(ICorpusIndexStore store, CorpusIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        (index ?? CorpusIndex.Default).Update(store);
        var documents = CorpusTimeline.AllDocuments(store);
        var ids = documents.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);

        // Every conflict in ConflictFinder.Find's order, and the events the timeline leaves out.
        var conflicts = new List<EventConflict>();
        var unshown = new HashSet<string>(StringComparer.Ordinal);
        var slim = store.ScanEvents((_, number, text) =>
        {
            var e = Parse(number, text, ids);
            conflicts.AddRange(ConflictFinder.Default.FindWithin(e));
            if (e.IndependentSources < TimelineFilter.None.MinSources)
            {
                unshown.Add(e.Id);
            }

            return SlimEvents.Slim(e);
        });
        conflicts.AddRange(ConflictFinder.Default.FindBetween(slim));
        var shown = conflicts.Where(c => !c.Events.All(unshown.Contains)).Select(c => new TimelineConflict(c.Events, c.Kind, c.Description)).ToList();
        return new WholeTimeline(store, documents, ids, shown, unshown, slim.Count - unshown.Count);
    }

    /// <summary>Every entity in the resolver's order, as the timeline shows it, one at a time.</summary>
    public void ForEachEntity(Action<TimelineEntity> take)
    {
        ArgumentNullException.ThrowIfNull(take);
        store.ScanEntities(e =>
        {
            take(TimelineBuilder.ToOutput(ShownEntities.Parse(e.Json), documentIds));
            return false;
        });
    }

    /// <summary>Every entity's name by id: what the text formats print for a participant.</summary>
    public Dictionary<string, string> EntityNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        store.ScanEntities(e =>
        {
            var entity = ShownEntities.Parse(e.Json);
            names[entity.Id] = entity.Name;
            return false;
        });
        return names;
    }

    /// <summary>The shown events in the timeline's order: by first day (undated last), then last day, then number.</summary>
    public void ForEachEvent(Action<TimelineEvent> take)
    {
        ArgumentNullException.ThrowIfNull(take);

        // The stored order is by first day (else last day), so the events of one first day come
        // together; those with only a last day go after every dated one, behind those with neither.
        var day = new List<FusedEvent>();
        var lastOnly = new List<FusedEvent>();
        void Take(FusedEvent e) => take(TimelineBuilder.ToOutput(e));
        void TakeDay()
        {
            foreach (var e in day.OrderBy(e => e.Latest).ThenBy(Number))
            {
                Take(e);
            }

            day.Clear();
        }

        store.ScanEvents((_, number, text) =>
        {
            var e = Parse(number, text, documentIds);
            if (unshown.Contains(e.Id))
            {
                return false;
            }

            if (e.Earliest is { } earliest)
            {
                if (day.Count > 0 && day[0].Earliest != earliest)
                {
                    TakeDay();
                }

                day.Add(e);
            }
            else if (e.Latest is not null)
            {
                lastOnly.Add(e);
            }
            else
            {
                TakeDay();
                Take(e);
            }

            return false;
        });
        TakeDay();
        foreach (var e in lastOnly.OrderBy(e => e.Latest).ThenBy(Number))
        {
            Take(e);
        }
    }

    private static long Number(FusedEvent e) => long.Parse(e.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);

    private static FusedEvent Parse(long number, string json, Dictionary<string, string> ids) =>
        CorpusTimeline.Renamed(CorpusTimeline.Parse(number, json), ids);
}
