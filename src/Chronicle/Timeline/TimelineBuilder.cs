using Chronicle.Corpus;
using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Rendering;
using Chronicle.Storage;

namespace Chronicle.Timeline;

/// <summary>
/// The cross-article phase: reads the store (the only place where articles meet), resolves entities,
/// fuses event mentions into events, finds conflicts, filters and ranks. Documents are numbered d1..
/// in publication order (undated last), ties broken by origin, so the same store always prints the
/// same bytes.
/// </summary>
public static class TimelineBuilder
{
    private const int SummaryLength = 220;

    /// <summary>
    /// The timeline of the store. A store that keeps the cross-article index (<see cref="ICorpusIndexStore"/>)
    /// answers from the index, brought up to date first, reading only the events the filter can keep;
    /// any other store is analysed from scratch. Both give the same timeline.
    /// </summary>
    public static TimelineOutput Build(IArticleStore store, TimelineFilter? filter = null) =>
        store is ICorpusIndexStore indexed ? CorpusTimeline.Build(indexed, filter) : BuildWithFusion(store, filter).Timeline;

    /// <summary>The timeline computed from scratch over every article, and the fusion behind it (for evaluation, which scores the fused events).</summary>
    public static (TimelineOutput Timeline, FusionResult Fusion) BuildWithFusion(IArticleStore store, TimelineFilter? filter = null)
    {
        var prepared = Prepare(store);
        return (prepared.Render(filter), prepared.Fusion);
    }

    /// <summary>
    /// The costly part of a timeline (reading the store, resolving entities, fusing events, finding
    /// conflicts), done once so any number of filtered views can be rendered from it (the web page
    /// caches one per store state).
    /// </summary>
    public static PreparedTimeline Prepare(IArticleStore store)
    {
        var listed = store.ListDocuments();
        var articleEntities = CorpusEntities.ReadArticleEntities(store).ToList();
        var resolved = EntityResolver.Default.Resolve(articleEntities);
        var keys = ResolvedKeys.Map(articleEntities, resolved);

        // Articles without a date line learn their date from the events dated articles fix: a first
        // fusion finds those, the refined articles are read again, and the timeline fuses once more.
        var refinements = Refine(store, listed, keys);
        var summaries = Ordered(listed, refinements.ToDictionary(r => r.Key, r => r.Value.Published, StringComparer.Ordinal));
        var documents = summaries.Select((d, i) => ToOutput(d, i)).ToList();
        var documentIds = documents.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);
        string DocumentId(string key) => documentIds.GetValueOrDefault(DocumentKeys.ArticleId(key), key);

        var fusion = EventFuser.Default.FuseAll(summaries.Select(d => Events(store, d, keys, refinements.GetValueOrDefault(d.Id))).OfType<DocumentEvents>().ToList());
        var (renumbered, newIds) = EventOrder.Renumber(fusion.Events);
        var events = renumbered.Select(e => EventOrder.RenameDocuments(e, DocumentId)).ToList();
        var conflicts = ConflictFinder.Default.Find(events);
        var renamed = fusion with
        {
            Events = events,
            UndatedConstraints = fusion.UndatedConstraints.Select(c => c with { DocumentId = DocumentId(c.DocumentId), EventId = newIds.GetValueOrDefault(c.EventId, c.EventId) }).ToList(),
            SyndicationGroups = fusion.SyndicationGroups.Select(g => (IReadOnlyList<string>)g.Select(DocumentId).ToList()).ToList(),
        };
        var entities = resolved.Select(e => ToOutput(e, documentIds)).ToList();
        return new PreparedTimeline(documents, documentIds, resolved, entities, renamed, conflicts);
    }

    /// <summary>The timeline of a prepared corpus with <paramref name="filter"/> applied.</summary>
    internal static TimelineOutput Render(PreparedTimeline prepared, TimelineFilter? filter)
    {
        filter ??= TimelineFilter.None;
        var wanted = filter.Entity is { } name ? CorpusEntities.Find(prepared.Resolved, name).Take(1).Select(e => e.Id).ToHashSet(StringComparer.Ordinal) : null;
        return Compose(prepared.Documents, prepared.Resolved, prepared.Fusion.Events, prepared.Conflicts, filter, wanted, prepared.DocumentIds);
    }

    /// <summary>
    /// The timeline from its parts: the events the filter keeps, the conflicts that concern them, and,
    /// when the filter names an entity or leaves events out, only the documents and entities those
    /// events refer to (<see cref="Narrowed"/>). <paramref name="show"/>, when given, gives the kept events'
    /// shown forms, in their order, in place of <see cref="ToOutput(FusedEvent)"/> (for events whose shown form the index keeps).
    /// </summary>
    internal static TimelineOutput Compose(
        IReadOnlyList<TimelineDocument> documents,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<FusedEvent> events,
        IReadOnlyList<EventConflict> conflicts,
        TimelineFilter filter,
        IReadOnlySet<string>? wanted,
        IReadOnlyDictionary<string, string> documentIds,
        Func<IReadOnlyList<FusedEvent>, IReadOnlyList<TimelineEvent>>? show = null) =>
        Compose(documents, entities, e => e.Id, e => ToOutput(e, documentIds), events, conflicts, filter, wanted, show);

    /// <summary>As the other <c>Compose</c>, with the entities already in their output form.</summary>
    internal static TimelineOutput Compose(
        IReadOnlyList<TimelineDocument> documents,
        IReadOnlyList<TimelineEntity> entities,
        IReadOnlyList<FusedEvent> events,
        IReadOnlyList<EventConflict> conflicts,
        TimelineFilter filter,
        IReadOnlySet<string>? wanted,
        Func<IReadOnlyList<FusedEvent>, IReadOnlyList<TimelineEvent>>? show = null) =>
        Compose(documents, entities, e => e.Id, e => e, events, conflicts, filter, wanted, show);

    private static TimelineOutput Compose<TEntity>(
        IReadOnlyList<TimelineDocument> documents,
        IReadOnlyList<TEntity> entities,
        Func<TEntity, string> idOf,
        Func<TEntity, TimelineEntity> output,
        IReadOnlyList<FusedEvent> events,
        IReadOnlyList<EventConflict> conflicts,
        TimelineFilter filter,
        IReadOnlySet<string>? wanted,
        Func<IReadOnlyList<FusedEvent>, IReadOnlyList<TimelineEvent>>? show)
    {
        var selected = Select(events, wanted, filter);
        var selectedIds = selected.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        List<TimelineConflict> Concerning(IEnumerable<EventConflict> all) => all
            .Where(c => c.Events.Any(selectedIds.Contains))
            .Select(c => new TimelineConflict(c.Events, c.Kind, c.Description))
            .ToList();
        IReadOnlyList<TimelineConflict> timelineConflicts = conflicts is Collections.DeferredList<EventConflict> later ? later.Then(Concerning) : Concerning(conflicts);
        if (filter.Entity is not null || selected.Count < events.Count)
        {
            var usedDocuments = selected.SelectMany(e => e.Sources).Select(s => s.DocumentId).ToHashSet(StringComparer.Ordinal);
            var usedEntities = ReferencedEntities(selected, wanted);
            documents = documents.Where(d => usedDocuments.Contains(d.Id)).ToList();
            entities = entities.Where(e => usedEntities.Contains(idOf(e))).ToList();
        }

        return new TimelineOutput(documents, entities.Select(output).ToList(), show is null ? selected.Select(ToOutput).ToList() : show(selected), timelineConflicts);
    }

    /// <summary>
    /// A timeline whose filter left events out, with the documents and entities of the whole timeline
    /// cut down to those its events refer to: the documents their sources cite, and their participants
    /// and places. Fifty events of a large store cite a few hundred of its documents; listing every
    /// document and entity made such a timeline hundreds of megabytes.
    /// </summary>
    public static TimelineOutput Narrowed(TimelineOutput narrowed, IEnumerable<TimelineDocument> documents, IEnumerable<TimelineEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(narrowed);
        var cited = narrowed.Events.SelectMany(e => e.Sources).Select(s => s.Document).ToHashSet(StringComparer.Ordinal);
        var named = ReferencedEntities(narrowed.Events);
        return narrowed with
        {
            Documents = documents.Where(d => cited.Contains(d.Id)).ToList(),
            Entities = entities.Where(e => named.Contains(e.Id)).ToList(),
        };
    }

    /// <summary>The participants and places of timeline events, by entity id.</summary>
    internal static HashSet<string> ReferencedEntities(IEnumerable<TimelineEvent> events) =>
        Referenced(events.Select(e => (e.Actors, e.Targets, e.Location)), null);

    /// <summary>The entities an entity-filtered timeline shows: the one asked for and every participant and place of its events.</summary>
    internal static HashSet<string> ReferencedEntities(IEnumerable<FusedEvent> selected, IEnumerable<string>? wanted) =>
        Referenced(selected.Select(e => (e.Actors, e.Targets, e.Location)), wanted);

    private static HashSet<string> Referenced(IEnumerable<(IReadOnlyList<string> Actors, IReadOnlyList<string> Targets, string? Location)> events, IEnumerable<string>? wanted)
    {
        var used = new HashSet<string>(wanted ?? [], StringComparer.Ordinal);
        foreach (var (actors, targets, location) in events)
        {
            used.UnionWith(actors);
            used.UnionWith(targets);
            if (location is not null)
            {
                used.Add(location);
            }
        }

        return used;
    }

    /// <summary>The stored documents as the timeline numbers them.</summary>
    public static IReadOnlyList<TimelineDocument> Documents(IArticleStore store) =>
        OrderedDocuments(store).Select((d, i) => ToOutput(d, i)).ToList();

    public static string EvidenceName(DateEvidence evidence) => evidence switch
    {
        DateEvidence.Explicit => "explicit",
        DateEvidence.Inferred => "inferred",
        _ => "unknown",
    };

    public static TimelineEntity ToOutput(Entity entity, IReadOnlyDictionary<string, string> documentIds) =>
        ToOutput(entity, RoleHistory(entity, documentIds), Documents(entity, documentIds));

    /// <summary>The entity in its output form with its role history and documents given (as <see cref="RoleHistory"/> and <see cref="Documents(Entity, IReadOnlyDictionary{string, string})"/> make them).</summary>
    internal static TimelineEntity ToOutput(Entity entity, IReadOnlyList<TimelineRole> roleHistory, IReadOnlyList<string> documents) => new(
        entity.Id,
        entity.Name,
        EntityTypeNames.Label(entity.Type),
        entity.Aliases,
        entity.Roles.Select(r => r.Text).Distinct(StringComparer.Ordinal).ToList(),
        roleHistory,
        documents,
        DateFormat.Iso(entity.FirstSeen),
        DateFormat.Iso(entity.LastSeen),
        entity.Mentions);

    /// <summary>The entity's roles as each article gave them, with the article's document id (d1..).</summary>
    internal static List<TimelineRole> RoleHistory(Entity entity, IReadOnlyDictionary<string, string> documentIds) =>
        entity.Roles.Select(r => new TimelineRole(r.Text, DateFormat.Iso(r.Date), Document(documentIds, r.ArticleId))).ToList();

    /// <summary>The document ids (d1..) of the articles the entity appears in, in document order.</summary>
    internal static List<string> Documents(Entity entity, IReadOnlyDictionary<string, string> documentIds) =>
        ByDocumentNumber(entity.Articles.Select(a => Document(documentIds, a)).ToArray());

    private static string Document(IReadOnlyDictionary<string, string> documentIds, string articleId) =>
        documentIds.TryGetValue(articleId, out var id) ? id : articleId;

    /// <summary>
    /// Document ids shortest first, then by character: d2 before d10. An entity of a large store lists tens
    /// of thousands, so ids of the d-number form are sorted by their numbers (a sort of integers; LINQ's
    /// two string keys took most of a 100,000-article entity list's time); any other id falls back to the comparison.
    /// </summary>
    private static List<string> ByDocumentNumber(string[] ids)
    {
        var numbers = new int[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            if (id.Length is < 2 or > 10 || id[0] != 'd' || id[1] == '0' || !int.TryParse(id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out numbers[i]))
            {
                Array.Sort(ids, static (a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
                return [.. ids];
            }
        }

        Array.Sort(numbers, ids);
        return [.. ids];
    }

    internal static List<DocumentSummary> OrderedDocuments(IArticleStore store) => Ordered(store.ListDocuments(), null);

    /// <summary>The documents in timeline order, with the dates a first fusion refined put in place of their own.</summary>
    internal static List<DocumentSummary> Ordered(IEnumerable<DocumentSummary> documents, IReadOnlyDictionary<string, PublicationDate>? refined) =>
        documents.Select(d => Refined(d, refined)).Order(DocumentOrder).ToList();

    /// <summary>The document with the date a first fusion refined in place of its own, if it has one.</summary>
    internal static DocumentSummary Refined(DocumentSummary document, IReadOnlyDictionary<string, PublicationDate>? refined) =>
        refined is not null && refined.TryGetValue(document.Id, out var r) ? document with
        {
            Published = r.Date,
            PublishedEvidence = r.Evidence,
            PublishedEarliest = r.Earliest,
            PublishedLatest = r.Latest,
        } : document;

    /// <summary>The timeline's document order: dated before undated, then by date, origin and id.</summary>
    internal static IComparer<DocumentSummary> DocumentOrder { get; } = Comparer<DocumentSummary>.Create((a, b) =>
    {
        var byDate = (a.Published is null ? 1 : 0).CompareTo(b.Published is null ? 1 : 0);
        if (byDate == 0)
        {
            byDate = Nullable.Compare(a.Published, b.Published);
        }

        return byDate != 0 ? byDate
            : string.CompareOrdinal(a.Origin, b.Origin) is var byOrigin and not 0 ? byOrigin
            : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>The id of the document at <paramref name="index"/> (0-based) of the timeline's order: d1, d2, ...</summary>
    internal static string DocumentId(int index) => "d" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static TimelineDocument ToOutput(DocumentSummary d, int index) => new(
        DocumentId(index),
        d.Origin,
        d.Title,
        d.Outlet,
        DateFormat.Iso(d.Published),
        EvidenceName(d.PublishedEvidence),
        [DateFormat.Iso(d.PublishedEarliest), DateFormat.Iso(d.PublishedLatest)],
        d.Id,
        d.SentenceCount);

    /// <summary>The articles of unknown or inferred date that a first fusion over every article dates better, by article id.</summary>
    internal static Dictionary<string, UndatedArticleRefiner.Refinement> Refine(IArticleStore store, IReadOnlyList<DocumentSummary> listed, Dictionary<string, SortedDictionary<string, string>> keys)
    {
        var refinements = new Dictionary<string, UndatedArticleRefiner.Refinement>(StringComparer.Ordinal);
        if (listed.All(d => d.PublishedEvidence == DateEvidence.Explicit))
        {
            return refinements;
        }

        var first = EventFuser.Default.FuseAll(Ordered(listed, null).Select(d => Events(store, d, keys, null)).OfType<DocumentEvents>().ToList());
        foreach (var group in first.UndatedConstraints.GroupBy(c => DocumentKeys.ArticleId(c.DocumentId), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (store.GetArticle(group.Key) is { } article && UndatedArticleRefiner.Default.Refine(article, group.ToList()) is { } refinement)
            {
                refinements[group.Key] = refinement;
            }
        }

        return refinements;
    }

    private static DocumentEvents? Events(IArticleStore store, DocumentSummary summary, Dictionary<string, SortedDictionary<string, string>> keys, UndatedArticleRefiner.Refinement? refinement) =>
        store.GetArticle(summary.Id) is { } article ? DocumentEventsReader.Read(article, keys.GetValueOrDefault(article.Id), refinement) : null;

    private static List<FusedEvent> Select(IReadOnlyList<FusedEvent> events, IReadOnlySet<string>? wanted, TimelineFilter filter)
    {
        var kept = events.Where(e =>
                (wanted is null || e.Actors.Concat(e.Targets).Any(wanted.Contains))
                && (filter.Types.Count == 0 || filter.Types.Contains(e.Type, StringComparer.OrdinalIgnoreCase))
                && (filter.Statuses.Count == 0 || filter.Statuses.Contains(StatusName(e.Status), StringComparer.OrdinalIgnoreCase))
                && (filter.From is not { } from || e.Latest is not { } latest || latest >= from)
                && (filter.To is not { } to || e.Earliest is not { } earliest || earliest <= to)
                && e.IndependentSources >= filter.MinSources)
            .ToList();
        if (filter.Limit is { } limit)
        {
            kept = kept.OrderByDescending(e => e.Salience.Score).ThenBy(e => e.Id, StringComparer.Ordinal).Take(limit).ToList();
        }

        return kept
            .OrderBy(e => e.Earliest is null ? 1 : 0)
            .ThenBy(e => e.Earliest)
            .ThenBy(e => e.Latest)
            .ThenBy(e => int.Parse(e.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }

    private static string StatusName(EventStatus status) => status.ToString().ToLowerInvariant();

    internal static TimelineEvent ToOutput(FusedEvent e)
    {
        var type = EventOntology.Default.Find(e.Type);
        // The sentence that dates the event most precisely tells the event itself; one that recalls it in
        // passing ("a fund for the families of those killed when the jets crashed") tells it loosely.
        var best = e.Sources
            .OrderBy(s => s.Mention.Time is { Source: not EventTimeSource.DocumentDate } time ? (time.Granularity == "time" ? 0 : FusionDates.Rank(time.Granularity)) : int.MaxValue)
            .ThenBy(s => s.Mention.Nominal ? 1 : 0)
            .ThenBy(s => s.Sentence.Length)
            .First();
        return new TimelineEvent(
            e.Id,
            e.DateText,
            e.Granularity,
            e.EndText,
            e.Type,
            StatusName(e.Status),
            Summarise(best.Sentence),
            e.Actors,
            e.Targets,
            e.Location,
            e.Sources.Select(s => new TimelineSource(s.DocumentId, s.Mention.SentenceSpan.Start, s.Mention.SentenceSpan.End, s.Sentence, s.Mention.TriggerText, s.Mention.Attribution.Speaker?.Name)).ToList(),
            e.IndependentSources,
            e.Salience.Level,
            DateFormat.Iso(e.Earliest),
            DateFormat.Iso(e.Latest),
            type?.Cameo ?? "",
            type?.Plover ?? "");
    }

    private static string Summarise(string sentence)
    {
        var flat = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= SummaryLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', SummaryLength - 1);
        return string.Concat(flat.AsSpan(0, cut > 0 ? cut : SummaryLength - 1), "…");
    }
}
