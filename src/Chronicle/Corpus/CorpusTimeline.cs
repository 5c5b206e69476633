using Chronicle.Collections;
using Chronicle.Entities.Resolution;
using Chronicle.Fusion;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The timeline answered from the cross-article index: with --entity it reads that entity's events
/// through the entity-to-events index (and, for conflicts, the events sharing a participant with them
/// that start near them), the entities they name and the documents the output cites, each numbered by
/// its stored place in the document order; without, every event and document. Same output as
/// <see cref="TimelineBuilder.BuildWithFusion"/> over the same store.
/// </summary>
public static class CorpusTimeline
{
    public static TimelineOutput Build(ICorpusIndexStore store, TimelineFilter? filter = null, CorpusIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        filter ??= TimelineFilter.None;
        (index ?? CorpusIndex.Default).Update(store);

        if (filter.Entity is not { } name)
        {
            if (!filter.KeepsAll)
            {
                return Selected(store, filter);
            }

            var every = AllDocuments(store);
            var ids = every.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);
            var all = store.ReadEvents(null).Select(e => Renamed(Parse(e), ids)).ToList();
            var entities = store.ScanShownEntities(e => ShownEntities.Parse(e.Json)).ToList();
            return TimelineBuilder.Compose(every, entities, all, ConflictFinder.Default.Find(all), filter, null, ids);
        }

        return ForEntity(store, filter, FindEntity(store, name));
    }

    /// <summary>
    /// A filter without an entity (dates, types, statuses, sources, a limit): its events are picked by
    /// their heads and only they are read, with their date partners (<see cref="CorpusViews"/>), as the
    /// web page does; the whole timeline of a large store does not fit in memory as objects. When the
    /// filter leaves events out, only the documents and entities they refer to are read
    /// (<see cref="TimelineBuilder.Narrowed"/>).
    /// </summary>
    private static TimelineOutput Selected(ICorpusIndexStore store, TimelineFilter filter)
    {
        var heads = CorpusViews.ReadHeads(store, new HashSet<string>(StringComparer.Ordinal));
        return Selected(store, heads, CorpusViews.Select(heads, filter));
    }

    /// <summary>
    /// The timeline of a filter without an entity, brought up to date first: as objects when it keeps at
    /// most <paramref name="holdAtMost"/> events (<see cref="Build"/>'s output), else read in passes for a
    /// writer to stream (<see cref="WholeTimeline"/>, the same bytes once written). A month's events with every
    /// undated one kept most of a large store's events, and held as objects took it past 2 GB.
    /// </summary>
    public static (TimelineOutput? Held, WholeTimeline? Streamed) Filtered(ICorpusIndexStore store, TimelineFilter filter, int holdAtMost = HeldEventsAtMost)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Entity is not null)
        {
            throw new ArgumentException("an entity's timeline is built by Build.", nameof(filter));
        }

        if (filter.KeepsAll)
        {
            return (null, WholeTimeline.Read(store));
        }

        CorpusIndex.Default.Update(store);
        var heads = CorpusViews.ReadHeads(store, new HashSet<string>(StringComparer.Ordinal));
        var kept = CorpusViews.Select(heads, filter);
        return kept.Count > holdAtMost ? (null, WholeTimeline.ReadSelection(store, heads, kept)) : (Selected(store, heads, kept), null);
    }

    /// <summary>How many events a filtered timeline holds as objects before it is streamed instead: the 2,000 most salient events of a 100,000-article store, thousands of sources among them, peak at about 0.8 GB.</summary>
    public const int HeldEventsAtMost = 2000;

    private static TimelineOutput Selected(ICorpusIndexStore store, EventHeads heads, List<EventHead> kept)
    {
        var rows = kept.Select(h => h.Row).ToList();
        if (kept.Count == heads.All.Count)
        {
            var every = AllDocuments(store);
            var ids = every.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);
            var whole = CorpusViews.Show(store, rows, ids, heads);
            return whole with { Documents = every, Entities = CorpusViews.AllEntities(store, ids) };
        }

        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<string, string> Numbered(IReadOnlyCollection<string> articleIds)
        {
            foreach (var (article, number) in DocumentNumbers(store, articleIds.Where(a => !places.ContainsKey(a)).ToList()))
            {
                places[article] = number;
            }

            return places.ToDictionary(x => x.Key, x => DocumentId(x.Value), StringComparer.Ordinal);
        }

        var shown = CorpusViews.Show(store, rows, Numbered, heads);
        var named = ParseAll(store.ReadShownEntities(TimelineBuilder.ReferencedEntities(shown.Events), json => json), ShownEntities.Parse);
        var documentIds = Numbered(named.SelectMany(e => e.Articles.Concat(e.Roles.Select(r => r.ArticleId))).ToHashSet(StringComparer.Ordinal));
        var cited = shown.Events.SelectMany(e => e.Sources).Select(s => s.Document).ToHashSet(StringComparer.Ordinal);
        var documents = Documents(store, documentIds.Where(x => cited.Contains(x.Value)).Select(x => x.Key).ToList(), places);
        return shown with { Documents = documents, Entities = named.Select(e => TimelineBuilder.ToOutput(e, documentIds)).ToList() };
    }

    /// <summary>The timeline of one entity (<see cref="FindEntity"/>'s pick; none when null) from an index that is up to date.</summary>
    internal static TimelineOutput ForEntity(ICorpusIndexStore store, TimelineFilter filter, string? entityId)
    {
        var wanted = entityId is { } id ? new HashSet<string>(StringComparer.Ordinal) { id } : [];

        // The entity's events are read in the forms the index stores for views: first each one's head and
        // documents, which say what else to read; then, while the second handle reads that, their shown forms
        // with their own conflicts (thousands of sources are not read, judged and reshaped again). An event
        // the index has no such forms for is read whole.
        var outlineViews = store.ReadEventViews(wanted, _ => true, withShown: false);
        var selected = new EventViews(store, outlineViews, shown: false).Outlines();
        var cited = selected.SelectMany(e => e.Sources).Select(s => DocumentKeys.ArticleId(s.DocumentId)).ToHashSet(StringComparer.Ordinal);

        // The shown entities with the places of the articles they name, and the documents, are read through
        // handles of their own (a SQLite handle answers one read at a time, and the entities waited 120 ms for the
        // documents on a shared one) and parsed, while this one reads the shown events and the date partners.
        using var side = store.OpenSideReader();
        using var third = store.OpenSideReader();
        var named = Task.Run(() => Named(side ?? store, TimelineBuilder.ReferencedEntities(selected, wanted)));
        var listed = Task.Run(() => Unordered(third ?? side ?? store, cited));
        var read = WithShownForms(store, outlineViews);

        // A date conflict pairs an event with its nearest partner that shares half the participants and
        // starts within two years: read the events sharing a participant that start within twice that of
        // one of the entity's events (a country's thousands of events are mostly years away). That is enough
        // to tell whether a partner has a nearer partner of its own: the partner lacks the entity, so most of
        // its participants are the entity's event's, and any event sharing half of the partner's shares one
        // of those, and starts no further from it than the entity's event does. The partners are read slim:
        // only the entity's own events have their sources judged. They are put in order by their sort keys and
        // given stand-in numbers while their places in the order are counted beside the rest of the work.
        var participants = selected.SelectMany(e => e.Actors.Concat(e.Targets)).ToHashSet(StringComparer.Ordinal);
        var starts = selected.Where(e => e.Earliest is not null).Select(e => e.Earliest!.Value.DayNumber).Order().ToArray();
        var selectedIds = selected.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var ownRows = outlineViews.Select(v => v.Row).ToHashSet();
        List<StoredEventView> partnerViews;

        // Where the index keeps each event's nearest twin (DateTwins), the conflicts are the pairs of an event
        // of the entity and its twin, and of an event and its twin of the entity's: only those twins are read.
        var twinPairs = store.KeepsDateTwins && store.DateTwinsReady() ? TwinPairs(store, ownRows) : null;
        if (twinPairs is not null)
        {
            var twinRows = twinPairs.SelectMany(p => new[] { p.Row, p.Twin }).Where(r => !ownRows.Contains(r)).Distinct().ToList();
            partnerViews = [.. store.ReadEventViewsByRow(twinRows, withShown: false)];
        }
        else
        {
            var unnumbered = store.ReadEventViews(participants, day => day is { } start && StartsNear(starts, start), withShown: false, numbered: false)
                .Where(v => !ownRows.Contains(v.Row))
                .ToList();
            partnerViews = unnumbered.All(SlimEvents.HasForms)
                ? unnumbered.Select((v, i) => v with { Number = StandInNumber(i) }).ToList()
                : [.. store.ReadEventViewsByRow(unnumbered.Select(v => v.Row).ToList(), withShown: false)];
        }

        var partners = new EventViews(store, partnerViews, shown: false).Outlines();
        var sortKeys = outlineViews.Concat(partnerViews).ToDictionary(v => EventOrder.Number(v.Number), v => v.SortKey!, StringComparer.Ordinal);
        var standIns = partnerViews.Where(v => v.Number < 0).Select(v => v.SortKey!).ToList();
        var partnerNumbers = Task.Run(() => standIns.Count == 0 ? new Dictionary<string, long>() : store.NumberEvents(standIns));

        // Document ids (d1..) for every article the output names: the events' and partners' sources (conflict
        // descriptions cite them) and the shown entities' articles and roles. The entities are put in their
        // output form on the second core, with their own ids, while this one numbers and renames the rest.
        var (entities, entityPlaces) = named.GetAwaiter().GetResult();
        var places = new Dictionary<string, int>(entityPlaces, StringComparer.Ordinal);
        var sourced = cited.Concat(partners.SelectMany(e => e.Sources).Select(s => DocumentKeys.ArticleId(s.DocumentId))).ToHashSet(StringComparer.Ordinal);
        var entityArticles = entities.SelectMany(e => e.Articles.Concat(e.Roles.Select(r => r.ArticleId)));
        var unplaced = sourced.Concat(entityArticles).Where(a => !places.ContainsKey(a)).ToHashSet(StringComparer.Ordinal);
        var shownEntities = entityArticles.All(entityPlaces.ContainsKey) ? Shown(entities, entityPlaces) : null;
        foreach (var (article, number) in DocumentNumbers(store, unplaced))
        {
            places[article] = number;
        }

        var documentIds = sourced.ToDictionary(a => a, a => DocumentId(places[a]), StringComparer.Ordinal);

        // Each event's own conflicts (judged when the index stored it, or from its whole JSON), in the events'
        // order: what ConflictFinder.Find(candidates, concerns) gives first. The events are shown from the forms
        // the index stored (written as they are when the timeline is written as JSON).
        // They are judged on the second core while this one writes the documents, entities and events before them.
        var events = selected.Select(e => Renamed(e, documentIds)).ToList();
        var conflicts = new DeferredList<EventConflict>(Task.Run(() =>
        {
            var renamedPartners = partners.Select(e => Renamed(e, documentIds)).ToList();
            var found = read.Own(documentIds);
            if (twinPairs is not null)
            {
                var byRow = outlineViews.Select(v => v.Row).Zip(events).Concat(partnerViews.Select(v => v.Row).Zip(renamedPartners)).ToDictionary(x => x.First, x => x.Second);
                found.AddRange(twinPairs
                    .Select(p => Number(byRow[p.Row].Id) < Number(byRow[p.Twin].Id) ? (A: byRow[p.Row], B: byRow[p.Twin]) : (A: byRow[p.Twin], B: byRow[p.Row]))
                    .DistinctBy(p => (Number(p.A.Id), Number(p.B.Id)))
                    .OrderBy(p => Number(p.A.Id))
                    .ThenBy(p => Number(p.B.Id))
                    .Select(p => ConflictFinder.DatePair(p.A, p.B)));
                return found;
            }

            var candidates = events.Concat(renamedPartners).OrderBy(e => sortKeys[e.Id], StringComparer.Ordinal).ToList();
            found.AddRange(Numbered(ConflictFinder.Default.FindBetween(candidates, e => selectedIds.Contains(e.Id)), sortKeys, partnerNumbers.GetAwaiter().GetResult()));
            return found;
        }));

        // What is still being worked out once this returns reads nothing from the store, which the caller may close.
        partnerNumbers.GetAwaiter().GetResult();
        var documents = InStoredOrder(listed.GetAwaiter().GetResult(), places);
        var shown = read.ShownList(documentIds);
        return TimelineBuilder.Compose(documents, shownEntities ?? Shown(entities, places), events, conflicts, filter, wanted, kept => shown.Of(kept.Select(e => e.Id)));
    }

    /// <summary>
    /// Entities in their output form, their articles numbered by <paramref name="places"/>: their role histories
    /// and document lists (62,000 ids for the most mentioned entity's timeline) are made on the second core and
    /// waited for only when read, which a table, printing names alone, never does.
    /// </summary>
    private static List<TimelineEntity> Shown(List<Entity> entities, IReadOnlyDictionary<string, int> places)
    {
        var numbered = Task.Run(() =>
        {
            var documentIds = places.ToDictionary(x => x.Key, x => DocumentId(x.Value), StringComparer.Ordinal);
            return entities.ConvertAll(e => (Roles: TimelineBuilder.RoleHistory(e, documentIds), Documents: TimelineBuilder.Documents(e, documentIds)));
        });
        Task<List<T>> Each<T>(int index, Func<(List<TimelineRole> Roles, List<string> Documents), List<T>> part) =>
            numbered.ContinueWith(done => part(done.GetAwaiter().GetResult()[index]), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return entities.Select((e, i) => TimelineBuilder.ToOutput(e, new DeferredList<TimelineRole>(Each(i, x => x.Roles)), new DeferredList<string>(Each(i, x => x.Documents)))).ToList();
    }

    /// <summary>The pairs of an event and its twin (<see cref="DateTwins"/>) where either is one of <paramref name="rows"/>.</summary>
    private static List<(long Row, long Twin)> TwinPairs(ICorpusIndexStore store, IReadOnlyCollection<long> rows) =>
        [.. store.ReadDateTwins(rows).Where(x => x.Value is not null).Select(x => (x.Key, x.Value!.Value)), .. store.ReadDateTwinsOf(rows)];

    /// <summary>A date partner's number until its place is counted: below every real one (v1..), so never the same.</summary>
    private static long StandInNumber(int index) => -1L - index;

    /// <summary>The conflicts with the stand-in numbers of date partners (<see cref="StandInNumber"/>) replaced by their places in the order (<paramref name="numbers"/>, by sort key).</summary>
    private static IEnumerable<EventConflict> Numbered(IReadOnlyList<EventConflict> conflicts, IReadOnlyDictionary<string, string> sortKeys, IReadOnlyDictionary<string, long> numbers) =>
        conflicts.Select(c => c.Events.Any(id => Number(id) < 0)
            ? c with { Events = c.Events.Select(id => Number(id) < 0 ? EventOrder.Number(numbers[sortKeys[id]]) : id).ToList() }
            : c);

    /// <summary>
    /// The shown entities of the given ids, with the places in the document order of the articles they name
    /// (those the store has places for; the caller numbers the rest, which may write the order first).
    /// </summary>
    private static (List<Entity> Entities, IReadOnlyDictionary<string, int> Places) Named(ICorpusIndexStore store, IReadOnlyCollection<string> ids)
    {
        var entities = ParseAll(store.ReadShownEntities(ids, json => json), ShownEntities.Parse);
        return (entities, store.ReadDocumentNumbers(entities.SelectMany(e => e.Articles.Concat(e.Roles.Select(r => r.ArticleId))).ToHashSet(StringComparer.Ordinal)));
    }

    /// <summary>The events of views read in outline (their numbers given), read again with their shown forms.</summary>
    private static EventViews WithShownForms(ICorpusIndexStore store, IReadOnlyList<StoredEventView> outlines)
    {
        var byRow = store.ReadEventViewsByRow(outlines.Select(v => v.Row).ToList(), withShown: true, numbered: false).ToDictionary(v => v.Row);
        return new EventViews(store, outlines.Select(v => byRow.GetValueOrDefault(v.Row, v) with { Number = v.Number }).ToList(), shown: true);
    }

    /// <summary>
    /// The events of one entity's timeline (<see cref="FindEntity"/>'s pick) as <see cref="ForEntity"/> shows them,
    /// from an index that is up to date, without what else that timeline holds: its conflicts (and so the
    /// date partners read for them), its entities and its documents. An entity's profile lists only the events.
    /// </summary>
    internal static IReadOnlyList<TimelineEvent> EntityEvents(ICorpusIndexStore store, TimelineFilter filter, string entityId)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal) { entityId };
        var (read, selected, cited) = EntityViews(store, wanted);
        var documentIds = DocumentNumbers(store, cited).ToDictionary(x => x.Key, x => DocumentId(x.Value), StringComparer.Ordinal);
        var shown = read.ShownList(documentIds);
        var events = selected.Select(e => Renamed(e, documentIds)).ToList();
        return TimelineBuilder.Compose([], [], events, [], filter, wanted, documentIds, kept => shown.Of(kept.Select(e => e.Id))).Events;
    }

    /// <summary>The wanted entity's events as views read them, in outline, and the articles their sources cite.</summary>
    private static (EventViews Read, List<FusedEvent> Selected, HashSet<string> Cited) EntityViews(ICorpusIndexStore store, IReadOnlyCollection<string> wanted)
    {
        var read = new EventViews(store, store.ReadEventViews(wanted, _ => true, withShown: true), shown: true);
        var selected = read.Outlines();
        return (read, selected, selected.SelectMany(e => e.Sources).Select(s => DocumentKeys.ArticleId(s.DocumentId)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Stored rows parsed in their order, on every core: an entity's events and entities run to tens of megabytes of JSON.</summary>
    internal static List<TOut> ParseAll<TIn, TOut>(IReadOnlyList<TIn> stored, Func<TIn, TOut> parse) =>
        stored.AsParallel().AsOrdered().Select(parse).ToList();

    /// <summary>An event id's number (v12: 12).</summary>
    internal static long Number(string eventId) => long.Parse(eventId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The documents of the given articles in the timeline's order, numbered (d1..) by their place in the whole store's order.</summary>
    public static List<TimelineDocument> Documents(ICorpusIndexStore store, IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Documents(store, store, articleIds);
    }

    /// <summary>
    /// As <see cref="Documents(ICorpusIndexStore, IReadOnlyCollection{string})"/>, read through <paramref name="reader"/>
    /// (a read-only side handle); when it finds the document order incomplete, the order is written through
    /// <paramref name="store"/>, the handle that may write.
    /// </summary>
    internal static List<TimelineDocument> Documents(ICorpusIndexStore reader, ICorpusIndexStore store, IReadOnlyCollection<string> articleIds)
    {
        var numbers = reader.ReadDocumentNumbers(articleIds);
        if (numbers.Count < articleIds.Count)
        {
            numbers = DocumentNumbers(store, articleIds);
        }

        return InStoredOrder(Unordered(reader, articleIds), numbers);
    }

    /// <summary>As <see cref="Documents(ICorpusIndexStore, IReadOnlyCollection{string})"/>, with places already read for (at least) those articles.</summary>
    private static List<TimelineDocument> Documents(ICorpusIndexStore store, IReadOnlyCollection<string> articleIds, IReadOnlyDictionary<string, int> numbers) =>
        InStoredOrder(Unordered(store, articleIds), numbers);

    /// <summary>The given articles' documents with the dates the index refined, in no particular order.</summary>
    private static List<DocumentSummary> Unordered(ICorpusIndexStore store, IReadOnlyCollection<string> articleIds)
    {
        var listed = store.ListDocuments(articleIds);
        var refined = RefinedDates(store, listed);
        return refined is null ? [.. listed] : listed.Select(d => TimelineBuilder.Refined(d, refined)).ToList();
    }

    /// <summary>
    /// Documents in the timeline's order, numbered: their stored places are that order (the index wrote them
    /// from it), so a sort by place spares comparing tens of thousands of dates, origins and ids.
    /// </summary>
    private static List<TimelineDocument> InStoredOrder(List<DocumentSummary> documents, IReadOnlyDictionary<string, int> numbers)
    {
        var places = new int[documents.Count];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = numbers[documents[i].Id];
        }

        var ordered = documents.ToArray();
        Array.Sort(places, ordered);
        return ordered.Select((d, i) => TimelineBuilder.ToOutput(d, places[i] - 1)).ToList();
    }

    /// <summary>
    /// The refined dates of the listed documents. Only articles without a stated date can carry one, and
    /// few of those do: only their states are read, and only those that hold one (every article's state
    /// was hundreds of MB at 100,000 articles).
    /// </summary>
    private static Dictionary<string, Model.PublicationDate>? RefinedDates(ICorpusIndexStore store, IReadOnlyList<DocumentSummary> listed)
    {
        var undated = listed.Where(d => d.PublishedEvidence != Model.DateEvidence.Explicit).Select(d => d.Id).ToList();
        return undated.Count == 0 ? null : IndexedArticleState.RefinedDates(store.ReadIndexedArticles(undated, IndexedArticleState.RefinedMarker));
    }

    /// <summary>Whether <paramref name="day"/> is within two date conflicts' reach of one of the sorted <paramref name="starts"/>.</summary>
    private static bool StartsNear(int[] starts, int day)
    {
        const int reach = 2 * ConflictFinder.MaxGapDays;
        var at = Array.BinarySearch(starts, day - reach);
        var first = at >= 0 ? at : ~at;
        return first < starts.Length && starts[first] <= day + reach;
    }

    /// <summary>Every resolved entity of the index (brought up to date first), in the resolver's order.</summary>
    public static List<Entity> Entities(ICorpusIndexStore store, CorpusIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        (index ?? CorpusIndex.Default).Update(store);
        return store.ReadEntities(null).Select(ToEntity).ToList();
    }

    /// <summary>
    /// Every entity of the index (brought up to date first) of the <paramref name="wanted"/> type (all when
    /// null), in the resolver's order, as a list's rows show them: read slim (no merge evidence) one at a
    /// time, with their documents left as article ids, unnumbered, for a row counts them.
    /// </summary>
    public static List<TimelineEntity> EntityRows(ICorpusIndexStore store, Entities.EntityType? wanted)
    {
        ArgumentNullException.ThrowIfNull(store);
        CorpusIndex.Default.Update(store);
        var unnumbered = new Dictionary<string, string>(StringComparer.Ordinal);
        return store.ScanShownEntitiesUnordered(stored => ShownEntities.Parse(stored.Json) is var e && (wanted is null || e.Type == wanted) ? TimelineBuilder.ToOutput(e, unnumbered) : null)
            .OfType<TimelineEntity>()
            .ToList();
    }

    /// <summary>
    /// Every entity of the index of the <paramref name="wanted"/> type (all when null), in the resolver's order,
    /// as a timeline shows it, handed to <paramref name="take"/> one at a time: read in the form views show
    /// (no merge evidence or names), a third of the whole JSON.
    /// </summary>
    public static void ForEachEntity(ICorpusIndexStore store, Entities.EntityType? wanted, IReadOnlyDictionary<string, string> documentIds, Action<TimelineEntity> take)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documentIds);
        ArgumentNullException.ThrowIfNull(take);
        store.ScanShownEntities(stored =>
        {
            var entity = ShownEntities.Parse(stored.Json);
            if (wanted is null || entity.Type == wanted)
            {
                take(TimelineBuilder.ToOutput(entity, documentIds));
            }

            return false;
        });
    }

    /// <summary>Every document in the timeline's order, with the dates the index refined.</summary>
    public static List<TimelineDocument> AllDocuments(ICorpusIndexStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var listed = store.ListDocuments();
        return TimelineBuilder.Ordered(listed, RefinedDates(store, listed)).Select(TimelineBuilder.ToOutput).ToList();
    }

    /// <summary>
    /// The given articles' places in the whole timeline's document order, as the index stores them, so
    /// that an entity's timeline reads only the articles it names. A store indexed before the order was
    /// kept gets it stored here, once.
    /// </summary>
    private static IReadOnlyDictionary<string, int> DocumentNumbers(ICorpusIndexStore store, IReadOnlyCollection<string> articleIds)
    {
        var numbers = store.ReadDocumentNumbers(articleIds);
        if (numbers.Count < articleIds.Count)
        {
            store.WriteDocumentOrder(AllDocuments(store).Select(d => d.ArticleId).ToList());
            numbers = store.ReadDocumentNumbers(articleIds);
        }

        return numbers;
    }

    private static string DocumentId(int number) => TimelineBuilder.DocumentId(number - 1);

    internal static FusedEvent Parse(StoredEvent stored) =>
        EventJsonReader.ReadFusedEvent(stored.Utf8Json) with { Id = EventOrder.Number(stored.Number) };

    /// <summary>A stored event's JSON as the event, with the id its place in the global order gives it.</summary>
    internal static FusedEvent Parse(long number, string json) =>
        EventJsonReader.ReadFusedEvent(json) with { Id = EventOrder.Number(number) };

    /// <summary>The event with its sources' article keys renamed to the timeline's document ids (d1..).</summary>
    internal static FusedEvent Renamed(FusedEvent e, IReadOnlyDictionary<string, string> documentIds) =>
        EventOrder.RenameDocuments(e, key => documentIds.GetValueOrDefault(DocumentKeys.ArticleId(key), key));

    /// <summary>The entity a name picks, as <see cref="CorpusEntities.Find"/> would over every entity: an exact name (most mentions first), else the closest spelling.</summary>
    public static string? FindEntity(ICorpusIndexStore store, string name)
    {
        var exact = store.ReadEntityMentions(store.FindEntityIds(CorpusEntities.Normalise(name)));
        if (exact.Count > 0)
        {
            return exact.OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).First().Id;
        }

        // A spelling the corpus never used: the similarity search reads every name of the alias index,
        // and only the closest entities' mention counts.
        var scores = CorpusEntities.SimilarNames(store.ReadAliases(), name);
        return store.ReadEntityMentions(scores.Keys)
            .OrderByDescending(e => scores[e.Id])
            .ThenByDescending(e => e.Mentions)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Id)
            .FirstOrDefault();
    }

    private static Entity ToEntity(StoredEntity stored) => AnnotationLayers.Deserialize<Entity>(stored.Json)!;
}
