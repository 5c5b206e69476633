using Chronicle.Fusion;
using Chronicle.Rendering;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The whole timeline of an indexed store, or a large selection of it, read in passes rather than held:
/// every event at once is about 15 GB at 100,000 articles, and a month's events with every undated one
/// (which may fall in any month) took a filtered timeline to 2.1 GB. <see cref="Read"/> and
/// <see cref="ReadSelection"/> make the first pass over the events, for their conflicts (each event's
/// own, and a copy of it slim enough for the date conflicts between events); <see cref="ForEachEvent"/>
/// reads them again and hands them over in the timeline's order. Writers of every format
/// (<see cref="WholeTimelineWriter"/>, <see cref="WholeTimelineText"/>) give the bytes of
/// <see cref="CorpusTimeline.Build"/>'s output for the same filter.
/// </summary>
public sealed class WholeTimeline
{
    private readonly ICorpusIndexStore store;
    private readonly Dictionary<string, string> documentIds;
    private readonly Action<Action<ScannedEvent>> scan;
    private readonly HashSet<string>? named;

    private WholeTimeline(ICorpusIndexStore store, List<TimelineDocument> documents, Dictionary<string, string> documentIds, List<TimelineConflict> conflicts, Action<Action<ScannedEvent>> scan, int eventCount, HashSet<string>? named)
    {
        this.store = store;
        this.documentIds = documentIds;
        this.scan = scan;
        this.named = named;
        Documents = documents;
        Conflicts = conflicts;
        EventCount = eventCount;
    }

    /// <summary>Every document the timeline lists, in its order.</summary>
    public IReadOnlyList<TimelineDocument> Documents { get; }

    /// <summary>The conflicts the timeline shows, in its order.</summary>
    public IReadOnlyList<TimelineConflict> Conflicts { get; }

    /// <summary>How many events the timeline shows.</summary>
    public int EventCount { get; }

    public static WholeTimeline Read(ICorpusIndexStore store, CorpusIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        (index ?? CorpusIndex.Default).Update(store);
        var documents = CorpusTimeline.AllDocuments(store);
        var ids = documents.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);

        // Both passes read the forms the index stores for views: every conflict in ConflictFinder.Find's order
        // (only the stored forms that hold some are parsed), then the shown events written from their stored
        // forms. (Read whole, each event's JSON was parsed twice: 36.7 s at 100,000 articles.)
        var heads = CorpusViews.ReadHeads(store);
        var conflicts = CorpusViews.AllConflicts(store, heads, ids);
        var shown = CorpusViews.Select(heads, TimelineFilter.None).OrderBy(h => h.Number).Select(h => h.Row).ToList();
        void Scan(Action<ScannedEvent> take) => CorpusViews.ReadInChunks(store, heads, shown, read => Viewed(read, ids, take));
        return new WholeTimeline(store, documents, ids, conflicts, Scan, shown.Count, null);
    }

    /// <summary>
    /// The timeline of the <paramref name="kept"/> events (their heads, as <see cref="CorpusViews.Select"/> picks
    /// them for a filter without an entity) from an index that is up to date: read by their rows a chunk at a
    /// time in the forms the index stores for views, their conflicts found among them and their date partners (read slim), as <see cref="CorpusViews.Show(ICorpusIndexStore, IReadOnlyCollection{long}, IReadOnlyDictionary{string, string}, EventHeads?)"/>
    /// finds them. When they are fewer than every event, only the documents their sources cite and the
    /// entities they name are listed.
    /// </summary>
    public static WholeTimeline ReadSelection(ICorpusIndexStore store, EventHeads heads, IReadOnlyList<EventHead> kept)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(kept);
        var documents = CorpusTimeline.AllDocuments(store);
        var ids = documents.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);
        var rows = kept.OrderBy(h => h.Number).Select(h => h.Row).ToList();
        void Read(Action<EventViews> take) => CorpusViews.ReadInChunks(store, heads, rows, take);

        void Scan(Action<ScannedEvent> take) => Read(read => Viewed(read, ids, take));

        // The kept events' own conflicts in their order, then the date conflicts that concern them. This pass
        // shows no event, so only the stored forms that hold conflicts are parsed.
        var conflicts = new List<EventConflict>();
        var slim = new List<FusedEvent>(kept.Count);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        Read(read =>
        {
            conflicts.AddRange(read.Own(ids));
            foreach (var outline in read.Outlines())
            {
                var renamed = CorpusTimeline.Renamed(outline, ids);
                cited.UnionWith(renamed.Sources.Select(s => s.DocumentId));
                slim.Add(renamed);
            }
        });
        var partners = CorpusViews.Partners(store, slim, heads).Select(e => CorpusTimeline.Renamed(e, ids));
        var keptIds = slim.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var candidates = slim.Concat(partners).DistinctBy(e => e.Id).OrderBy(e => CorpusTimeline.Number(e.Id)).ToList();
        conflicts.AddRange(ConflictFinder.Default.FindBetween(candidates, e => keptIds.Contains(e.Id)));

        var narrowed = kept.Count < heads.All.Count;
        return new WholeTimeline(
            store,
            narrowed ? documents.Where(d => cited.Contains(d.Id)).ToList() : documents,
            ids,
            conflicts.Select(c => new TimelineConflict(c.Events, c.Kind, c.Description)).ToList(),
            Scan,
            kept.Count,
            narrowed ? TimelineBuilder.ReferencedEntities(slim, null) : null);
    }

    /// <summary>Every entity in the resolver's order, as the timeline shows it, one at a time.</summary>
    public void ForEachEntity(Action<TimelineEntity> take)
    {
        ArgumentNullException.ThrowIfNull(take);
        store.ScanShownEntities(e =>
        {
            if (named is null || named.Contains(e.Id))
            {
                take(TimelineBuilder.ToOutput(ShownEntities.Parse(e.Json), documentIds));
            }

            return false;
        });
    }

    /// <summary>Every entity's name by id: what the text formats print for a participant.</summary>
    public Dictionary<string, string> EntityNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        store.ScanShownEntities(e =>
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
        ForEachShown(e => take(e.Build(documentIds)));
    }

    /// <summary>The shown events in the timeline's order, each written as the next item of the array <paramref name="writer"/> stands in, from its stored form where it has one.</summary>
    public void WriteEvents(ChunkedJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ForEachShown(e => e.Write(writer, documentIds));
    }

    private void ForEachShown(Action<ShownEvent> take)
    {
        // The stored order is by first day (else last day), so the events of one first day come
        // together; those with only a last day go after every dated one, behind those with neither.
        var day = new List<ScannedEvent>();
        var lastOnly = new List<ScannedEvent>();
        void TakeDay()
        {
            foreach (var e in day.OrderBy(e => e.Outline.Latest).ThenBy(e => Number(e.Outline)))
            {
                take(e.Shown);
            }

            day.Clear();
        }

        scan(e =>
        {
            if (e.Outline.Earliest is { } earliest)
            {
                if (day.Count > 0 && day[0].Outline.Earliest != earliest)
                {
                    TakeDay();
                }

                day.Add(e);
            }
            else if (e.Outline.Latest is not null)
            {
                lastOnly.Add(e);
            }
            else
            {
                TakeDay();
                take(e.Shown);
            }
        });
        TakeDay();
        foreach (var e in lastOnly.OrderBy(e => e.Outline.Latest).ThenBy(e => Number(e.Outline)))
        {
            take(e.Shown);
        }
    }

    private static long Number(FusedEvent e) => CorpusTimeline.Number(e.Id);

    /// <summary>
    /// The events in the forms the index stores for views, in order: their sources' outline, renamed by
    /// <paramref name="ids"/>, and their shown forms as stored, not their sources whole (<see cref="EventViews"/>).
    /// </summary>
    private static void Viewed(EventViews read, Dictionary<string, string> ids, Action<ScannedEvent> take)
    {
        var outlines = read.Outlines();
        var shown = read.Shown(ids);
        for (var i = 0; i < outlines.Count; i++)
        {
            take(new ScannedEvent(CorpusTimeline.Renamed(outlines[i], ids), shown[i]));
        }
    }

    /// <summary>One event as a pass reads it: its dates, participants and documents, and its shown form.</summary>
    private sealed record ScannedEvent(FusedEvent Outline, ShownEvent Shown);
}
