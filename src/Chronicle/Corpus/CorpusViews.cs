using Chronicle.Collections;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// What a filter, a ranking or a page needs of one fused event, without its sources: read for every
/// event in one pass over the index (<see cref="CorpusViews.ReadHeads"/>), so a view picks its events
/// before it reads any event whole.
/// </summary>
/// <param name="Row">The event's row in the store (<see cref="ICorpusIndexStore.ReadEventsByRow"/>).</param>
/// <param name="Number">Its place in the timeline's order (v1..).</param>
/// <param name="Status">The status as the timeline prints it (lower case).</param>
public sealed record EventHead(
    long Row,
    long Number,
    string Type,
    string Family,
    string Status,
    DateOnly? Earliest,
    DateOnly? Latest,
    string Granularity,
    int IndependentSources,
    double Score,
    string? Location)
{
    public string Id => EventOrder.Number(Number);
}

/// <summary>Every event's head in the timeline's order, and how many events each entity takes part in (actor, target or place).</summary>
public sealed class EventHeads
{
    private readonly Lazy<Dictionary<long, EventHead>> byRow;

    internal EventHeads(IReadOnlyList<EventHead> all, IReadOnlyDictionary<string, int> counts)
    {
        All = all;
        Counts = counts;
        byRow = new(() => all.ToDictionary(h => h.Row));
    }

    /// <summary>In the timeline's order (by number).</summary>
    public IReadOnlyList<EventHead> All { get; }

    /// <summary>Events per entity id, counting an event once however many parts the entity plays in it.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    public EventHead? ByRow(long row) => byRow.Value.GetValueOrDefault(row);

    /// <summary>The event numbered <paramref name="number"/> (v1..), or null.</summary>
    public EventHead? ByNumber(long number)
    {
        int low = 0, high = All.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var n = All[mid].Number;
            if (n == number)
            {
                return All[mid];
            }

            if (n < number)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return null;
    }
}

/// <summary>
/// Views of the timeline answered from the cross-article index that read only the events they show:
/// a filter without an entity, or a limit, picks its events from their heads (salience score, type,
/// status, dates, sources) and reads only those; an event's conflicts come from the events that could
/// be its date partners (sharing a participant, of its family, starting near it), not from every
/// event. Same events and conflicts as the whole timeline (<see cref="CorpusTimeline.Build"/>) shows
/// for the same filter.
/// </summary>
public static class CorpusViews
{
    /// <summary>
    /// Every event's head from an index that is up to date, and the events per entity counted for
    /// <paramref name="countFor"/> (every participant key when null).
    /// </summary>
    public static EventHeads ReadHeads(ICorpusIndexStore store, IReadOnlySet<string>? countFor = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var pool = new StringPool();

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var heads = store.ScanEventHeads((row, number, json) =>
        {
            var e = EventJsonReader.ReadFusedEventOutline(json);
            keys.Clear();
            keys.UnionWith(e.Actors ?? []);
            keys.UnionWith(e.Targets ?? []);
            if (e.Location is { } place)
            {
                keys.Add(place);
            }

            foreach (var key in keys)
            {
                if (countFor is null || countFor.Contains(key))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }

            return new EventHead(
                row,
                number,
                pool.Share(e.Type ?? ""),
                pool.Share(e.Family ?? ""),
                pool.Share(e.Status.ToString().ToLowerInvariant()),
                e.Earliest,
                e.Latest,
                pool.Share(e.Granularity ?? "unknown"),
                e.IndependentSources,
                e.Salience?.Score ?? 0,
                e.Location is null ? null : pool.Share(e.Location));
        });
        return new EventHeads(heads, counts);
    }

    /// <summary>
    /// The events a filter without an entity keeps, by the library's rules (<see cref="TimelineBuilder"/>):
    /// types, statuses, from, to, minimum sources, then the most salient <see cref="TimelineFilter.Limit"/>
    /// (ties by id); in the timeline's order.
    /// </summary>
    public static List<EventHead> Select(EventHeads heads, TimelineFilter filter)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(filter);
        var kept = heads.All.Where(e =>
                (filter.Types.Count == 0 || filter.Types.Contains(e.Type, StringComparer.OrdinalIgnoreCase))
                && (filter.Statuses.Count == 0 || filter.Statuses.Contains(e.Status, StringComparer.OrdinalIgnoreCase))
                && (filter.From is not { } from || e.Latest is not { } latest || latest >= from)
                && (filter.To is not { } to || e.Earliest is not { } earliest || earliest <= to)
                && e.IndependentSources >= filter.MinSources)
            .ToList();
        if (filter.Limit is { } limit && kept.Count > limit)
        {
            var top = kept
                .OrderByDescending(e => e.Score)
                .ThenBy(e => e.Id, StringComparer.Ordinal)
                .Take(limit)
                .Select(e => e.Number)
                .ToHashSet();
            kept = kept.Where(e => top.Contains(e.Number)).ToList();
        }

        return kept;
    }

    /// <summary>
    /// The given stored events as the whole timeline shows them, in its order, their sources' documents
    /// numbered by <paramref name="documentIds"/> (article id to d1..; every document); with every conflict of
    /// the whole timeline that concerns one of them when <paramref name="heads"/> is given (to find date
    /// partners), none otherwise. Documents and entities are left empty for the caller to fill.
    /// </summary>
    public static TimelineOutput Show(ICorpusIndexStore store, IReadOnlyList<StoredEvent> stored, IReadOnlyDictionary<string, string> documentIds, EventHeads? heads)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(documentIds);
        // The events are first read in outline (dates, participants, the documents their sources cite): that
        // finds their date partners. Each is then read whole, renamed, judged for its own conflicts and turned
        // into what the timeline shows, one at a time (on every core).
        var ordered = stored.OrderBy(e => e.Number).ToList();
        return Shown(store, CorpusTimeline.ParseAll(ordered, SlimEvents.Parse), heads, _ => documentIds, ids =>
        {
            var shown = CorpusTimeline.ParseAll(ordered, e =>
            {
                var renamed = Renamed(Parse(e), ids);
                return (Event: TimelineBuilder.ToOutput(renamed), Own: heads is null ? [] : ConflictFinder.Default.FindWithin(renamed).ToList());
            });
            return (ShownEventList.Built(shown.Select(x => x.Event)), shown.SelectMany(x => x.Own).ToList());
        });
    }

    /// <summary>
    /// As <see cref="Show(ICorpusIndexStore, IReadOnlyList{StoredEvent}, IReadOnlyDictionary{string, string}, EventHeads?)"/>,
    /// for the events of the given rows, read in the forms the index stores for views (<see cref="EventViews"/>):
    /// their shown forms and own conflicts as the index made them, their sources not read.
    /// </summary>
    public static TimelineOutput Show(ICorpusIndexStore store, IReadOnlyCollection<long> rows, IReadOnlyDictionary<string, string> documentIds, EventHeads? heads)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        return Show(store, rows, _ => documentIds, heads);
    }

    /// <summary>As <see cref="Show(ICorpusIndexStore, IReadOnlyCollection{long}, IReadOnlyDictionary{string, string}, EventHeads?)"/>, with the document ids asked of <paramref name="documentIdsOf"/> for the articles cited.</summary>
    public static TimelineOutput Show(ICorpusIndexStore store, IReadOnlyCollection<long> rows, Func<IReadOnlyCollection<string>, IReadOnlyDictionary<string, string>> documentIdsOf, EventHeads? heads)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(documentIdsOf);
        var read = new EventViews(store, store.ReadEventViewsByRow(rows, withShown: true), shown: true);
        return Shown(store, read.Outlines(), heads, documentIdsOf, documentIds => (read.ShownList(documentIds), heads is null ? [] : read.Own(documentIds)));
    }

    /// <summary>
    /// Every conflict the whole timeline shows, in its order (each shown event's own conflicts, then the date
    /// conflicts between events), read a chunk of events at a time in the forms the index stores for views:
    /// the events themselves are not shown, so only the few stored forms that hold conflicts are parsed, and
    /// every event is kept only in outline for the date conflicts. <paramref name="documentIds"/> numbers every document.
    /// (The whole timeline's first pass reads every event whole for them: 42 s at 100,000 articles.)
    /// </summary>
    public static List<TimelineConflict> AllConflicts(ICorpusIndexStore store, EventHeads heads, IReadOnlyDictionary<string, string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(documentIds);
        var conflicts = new List<EventConflict>();
        var outlines = new List<FusedEvent>(heads.All.Count);
        ReadInChunks(store, heads, heads.All.Select(h => h.Row).ToList(), read =>
        {
            conflicts.AddRange(read.Own(documentIds));
            outlines.AddRange(read.Outlines().Select(e => Renamed(e, documentIds)));
        });

        conflicts.AddRange(ConflictFinder.Default.FindBetween(outlines));

        // As the whole timeline: a conflict among events it leaves out only is not shown.
        var shown = Select(heads, TimelineFilter.None).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        return conflicts.Where(c => c.Events.Any(shown.Contains)).Select(c => new TimelineConflict(c.Events, c.Kind, c.Description)).ToList();
    }

    /// <summary>
    /// The events of the given rows (in the timeline's order) read a chunk at a time in the forms the index stores
    /// for views, each chunk handed to <paramref name="take"/>: hundreds of thousands of events at once do not fit.
    /// </summary>
    internal static void ReadInChunks(ICorpusIndexStore store, EventHeads heads, IReadOnlyList<long> rows, Action<EventViews> take)
    {
        foreach (var chunk in rows.Chunk(1024))
        {
            // The heads know each event's number, which the store would count again.
            var views = store.ReadEventViewsByRow(chunk, withShown: true, numbered: false)
                .Select(v => v with { Number = heads.ByRow(v.Row)!.Number })
                .OrderBy(v => v.Number)
                .ToList();
            take(new EventViews(store, views, shown: true));
        }
    }

    /// <summary>
    /// The events of <paramref name="outlines"/> (in order, one source per document) as <paramref name="show"/>
    /// shows them once their documents are numbered, with their own conflicts and, when <paramref name="heads"/>
    /// is given, the date conflicts that concern them.
    /// </summary>
    private static TimelineOutput Shown(
        ICorpusIndexStore store,
        List<FusedEvent> outlines,
        EventHeads? heads,
        Func<IReadOnlyCollection<string>, IReadOnlyDictionary<string, string>> documentIdsOf,
        Func<IReadOnlyDictionary<string, string>, (ShownEventList Events, List<EventConflict> Own)> show)
    {
        var candidates = heads is null ? outlines
            : outlines.Concat(Partners(store, outlines, heads)).DistinctBy(e => e.Id).OrderBy(e => CorpusTimeline.Number(e.Id)).ToList();
        var documentIds = documentIdsOf(candidates.SelectMany(e => e.Sources).Select(s => DocumentKeys.ArticleId(s.DocumentId)).ToHashSet(StringComparer.Ordinal));
        var shown = show(documentIds);

        // What ConflictFinder.Find(candidates, shown events) gives, in its order: their own conflicts, then the date conflicts that concern them.
        var conflicts = shown.Own;
        if (heads is not null)
        {
            var selectedIds = outlines.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            conflicts.AddRange(ConflictFinder.Default.FindBetween(candidates.Select(e => Renamed(e, documentIds)).ToList(), e => selectedIds.Contains(e.Id)));
        }

        // Compose orders and keeps them as any timeline does, reading no sources for that; their shown form was made above.
        return TimelineBuilder.Compose([], [], outlines, conflicts, TimelineFilter.None, null, documentIds, kept => shown.Events.Of(kept.Select(e => e.Id)));
    }

    /// <summary>
    /// The events that may make a date conflict with one of <paramref name="events"/> (<see cref="PartnerRows"/>),
    /// and theirs, read slim (<see cref="SlimEvents"/>) with their sources' article keys as stored: a date
    /// conflict pairs an event with its nearest possible twin, so a partner's own partners are read too (one
    /// of them may be nearer to it than the event is). The events themselves may come back among them.
    /// </summary>
    internal static List<FusedEvent> Partners(ICorpusIndexStore store, IReadOnlyList<FusedEvent> events, EventHeads heads)
    {
        var partners = new EventViews(store, store.ReadEventViewsByRow(PartnerRows(store, events, heads), withShown: false), shown: false).Outlines();
        var theirs = new EventViews(store, store.ReadEventViewsByRow(PartnerRows(store, partners, heads), withShown: false), shown: false).Outlines();
        return [.. partners, .. theirs];
    }

    /// <summary>The rows of the events involving <paramref name="entityId"/> as actor, target or place.</summary>
    public static IReadOnlyCollection<long> Involving(ICorpusIndexStore store, EventHeads heads, string entityId)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(heads);
        var rows = store.ReadEventRows(entityId).ToHashSet();
        rows.UnionWith(heads.All.Where(h => h.Location == entityId).Select(h => h.Row));
        return rows;
    }

    /// <summary>
    /// Every resolved entity (in the resolver's order) as a timeline shows them, read one at a time without
    /// their merge evidence (most of a frequent entity's JSON, which a timeline does not show).
    /// </summary>
    public static List<TimelineEntity> AllEntities(ICorpusIndexStore store, IReadOnlyDictionary<string, string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ScanShownEntitiesUnordered(e => TimelineBuilder.ToOutput(ShownEntities.Parse(e.Json), documentIds)).ToList();
    }

    /// <summary>The resolved entities of the given ids (in the resolver's order) as a timeline shows them.</summary>
    public static List<TimelineEntity> Entities(ICorpusIndexStore store, IReadOnlyCollection<string> ids, IReadOnlyDictionary<string, string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ReadShownEntities(ids, ShownEntities.Parse).Select(e => TimelineBuilder.ToOutput(e, documentIds)).ToList();
    }

    /// <summary>
    /// The rows of the events that may make a date conflict with one of <paramref name="selected"/>:
    /// those that share an actor or target with it, are of its family, dated, start within
    /// <see cref="ConflictFinder.MaxGapDays"/> of it, do not overlap it and are not both finer than a
    /// month (<see cref="ConflictFinder"/>'s conditions short of comparing their participants and sources).
    /// </summary>
    private static HashSet<long> PartnerRows(ICorpusIndexStore store, IReadOnlyList<FusedEvent> selected, EventHeads heads)
    {
        var numbers = selected.Select(e => CorpusTimeline.Number(e.Id)).ToHashSet();
        var byKey = new Dictionary<string, List<FusedEvent>>(StringComparer.Ordinal);
        foreach (var e in selected.Where(e => e is { Earliest: not null, Latest: not null }))
        {
            foreach (var key in e.Actors.Concat(e.Targets).Distinct(StringComparer.Ordinal))
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(e);
            }
        }

        var rows = new HashSet<long>();
        foreach (var (key, events) in byKey.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            var starts = events.OrderBy(e => e.Earliest!.Value.DayNumber).ToList();
            var days = starts.Select(e => e.Earliest!.Value.DayNumber).ToArray();
            foreach (var row in store.ReadEventRows(key))
            {
                if (rows.Contains(row) || heads.ByRow(row) is not { Earliest: { } earliest, Latest: not null } h || numbers.Contains(h.Number))
                {
                    continue;
                }

                var day = earliest.DayNumber;
                var at = Array.BinarySearch(days, day - ConflictFinder.MaxGapDays);
                for (var i = at >= 0 ? FirstOf(days, at) : ~at; i < days.Length && days[i] <= day + ConflictFinder.MaxGapDays; i++)
                {
                    var s = starts[i];
                    if (s.Family == h.Family
                        && !FusionDates.Overlap(s.Earliest, s.Latest, h.Earliest, h.Latest)
                        && !(FusionDates.Rank(s.Granularity) < 2 && FusionDates.Rank(h.Granularity) < 2))
                    {
                        rows.Add(row);
                        break;
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>The first index of a run of equal values that <paramref name="at"/> is in.</summary>
    private static int FirstOf(int[] sorted, int at)
    {
        while (at > 0 && sorted[at - 1] == sorted[at])
        {
            at--;
        }

        return at;
    }

    private static FusedEvent Parse(StoredEvent stored) => CorpusTimeline.Parse(stored);

    private static FusedEvent Renamed(FusedEvent e, IReadOnlyDictionary<string, string> documentIds) => CorpusTimeline.Renamed(e, documentIds);
}
