using Chronicle.Corpus;
using Chronicle.Entities.Resolution;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Web.Corpus;

/// <summary>
/// A store state answered from the store's cross-article index: the index is brought up to date once
/// (only the articles added since it was last updated are fused, so a store indexed before, by
/// `chronicle timeline` or an earlier server, costs little), and each view reads only what it shows.
/// The documents and the entities are read once (the entity list and the whole timeline list them all); each event's head
/// (salience score, type, status, dates, place) is read once, in one pass that keeps none of the
/// events' sources (<see cref="CorpusViews.ReadHeads"/>); a filter without an entity, or a limit,
/// then picks its events from the heads and reads only those, with their conflicts found among their
/// possible date partners alone; an entity filter reads that entity's events from the index; entity,
/// event and article pages read their own events. A timeline or export that keeps more events than the
/// server holds is written as it is read (<see cref="WriteStreamed"/>); only the conflict list, and the
/// whole timeline on a store small enough to hold, read every event (<see cref="Unfiltered"/>). Same output as
/// <see cref="PreparedSnapshot"/> over the same store.
/// </summary>
public sealed class IndexedSnapshot : CorpusSnapshot
{
    private readonly ICorpusIndexStore store;
    private readonly CorpusState corpus;
    private readonly int indexed;
    private readonly Lazy<TimelineOutput> unfiltered;
    private readonly Lazy<IReadOnlyList<TimelineDocument>> documents;
    private readonly Lazy<IReadOnlyDictionary<string, string>> documentIds;
    private readonly Lazy<IReadOnlyList<TimelineEntity>> entities;
    private readonly Lazy<EventHeads> heads;
    private readonly Lazy<IReadOnlyList<TimelineConflict>> conflicts;
    private readonly Dictionary<(string Article, string Name), string?> entityIds = [];
    private readonly Lock entityIdsGate = new();

    /// <param name="store">The store with its index.</param>
    /// <param name="corpus">Whose <see cref="CorpusState.Exclusive"/> keeps ingests out while the index is updated and read.</param>
    public IndexedSnapshot(ICorpusIndexStore store, CorpusState corpus)
    {
        this.store = store;
        this.corpus = corpus;
        indexed = corpus.Exclusive(() =>
        {
            CorpusIndex.Default.Update(store);
            return store.CountIndexedArticles();
        });
        unfiltered = new(() =>
        {
            WholeTimelineReads++;
            return corpus.Exclusive(() => CorpusTimeline.Build(store));
        });
        documents = new(() => unfiltered.IsValueCreated ? unfiltered.Value.Documents : corpus.Exclusive(() => CorpusTimeline.AllDocuments(store)));
        documentIds = new(() => documents.Value.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal));
        entities = new(() =>
        {
            if (unfiltered.IsValueCreated)
            {
                return unfiltered.Value.Entities;
            }

            var ids = documentIds.Value;
            return corpus.Exclusive(() => CorpusViews.AllEntities(store, ids));
        });
        heads = new(() =>
        {
            var ids = entities.Value.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            return corpus.Exclusive(() => CorpusViews.ReadHeads(store, ids));
        });

        // The conflict list needs every event, but only in one pass that keeps each one's conflicts and its
        // outline for the date conflicts between them: the whole timeline as objects is about 15 GB at 100,000 articles.
        conflicts = new(() =>
        {
            if (unfiltered.IsValueCreated)
            {
                return unfiltered.Value.Conflicts;
            }

            var (all, ids) = (heads.Value, documentIds.Value);
            return corpus.Exclusive(() => CorpusViews.AllConflicts(store, all, ids));
        });
    }

    public override string Source => "index";

    /// <summary>The documents, the entities and the events' heads: what the page's first load (a limited timeline and the entity list) reads.</summary>
    public override void Warm() => _ = heads.Value;

    /// <summary>How many times this snapshot read the whole timeline (tests check that views which need less never do).</summary>
    public int WholeTimelineReads { get; private set; }

    public override TimelineOutput Unfiltered => unfiltered.Value;

    /// <summary>Every event's head, read once.</summary>
    internal EventHeads Heads => heads.Value;

    public override IReadOnlyList<TimelineDocument> Documents => documents.Value;

    public override IReadOnlyList<TimelineEntity> Entities => entities.Value;

    protected override bool HasUnfiltered => unfiltered.IsValueCreated;

    public override int EventCount => unfiltered.IsValueCreated ? unfiltered.Value.Events.Count : heads.Value.All.Count;

    public override IReadOnlyDictionary<string, int> EventCounts => unfiltered.IsValueCreated ? base.EventCounts : heads.Value.Counts;

    /// <summary>
    /// The entity an article's mention belongs to: the first entity (in the resolver's order) that
    /// took the article in under that name, found through the alias index.
    /// </summary>
    public override string? EntityIdFor(string articleId, string name)
    {
        lock (entityIdsGate)
        {
            if (entityIds.TryGetValue((articleId, name), out var known))
            {
                return known;
            }
        }

        var id = corpus.Exclusive(() => store.ReadEntities(store.FindEntityIds(CorpusEntities.Normalise(name))))
            .Select(e => AnnotationLayers.Deserialize<Entity>(e.Json)!)
            .FirstOrDefault(e => e.Articles.Contains(articleId, StringComparer.Ordinal) && e.AllNames.Contains(name, StringComparer.Ordinal))?.Id;
        lock (entityIdsGate)
        {
            if (entityIds.Count >= 100_000)
            {
                entityIds.Clear();
            }

            entityIds[(articleId, name)] = id;
        }

        return id;
    }

    public override EntityPage? EntityPage(string id)
    {
        if (unfiltered.IsValueCreated)
        {
            return base.EntityPage(id);
        }

        var ids = documentIds.Value;
        var all = heads.Value;
        var (entity, events) = corpus.Exclusive(() =>
        {
            var found = CorpusViews.Entities(store, [id], ids);
            return found.Count == 0 ? (null, null) : (found[0], CorpusViews.Show(store, CorpusViews.Involving(store, all, id), ids, null).Events);
        });
        if (entity is null || events is null)
        {
            return null;
        }

        var shown = entity.Documents.ToHashSet(StringComparer.Ordinal);
        return new EntityPage(entity, events, Documents.Where(d => shown.Contains(d.Id)).ToList());
    }

    public override EventDetail? Event(string id)
    {
        if (unfiltered.IsValueCreated)
        {
            return base.Event(id);
        }

        var ids = documentIds.Value;
        var all = heads.Value;
        if (all.ByNumber(long.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)) is not { } head)
        {
            return null;
        }

        var shown = corpus.Exclusive(() => CorpusViews.Show(store, [head.Row], ids, all));
        if (shown.Events.Count != 1)
        {
            return null;
        }

        return Detail(shown.Events[0], shown.Conflicts, wanted => corpus.Exclusive(() => CorpusViews.Entities(store, wanted, ids)));
    }

    public override IReadOnlyList<TimelineConflict> Conflicts => conflicts.Value;

    public override IReadOnlyList<TimelineEvent> EventsOf(IReadOnlySet<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (unfiltered.IsValueCreated)
        {
            return base.EventsOf(ids);
        }

        var all = heads.Value;
        var rows = ids.Select(id => id.StartsWith('v') && long.TryParse(id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? all.ByNumber(number) : null)
            .OfType<EventHead>()
            .Select(h => h.Row)
            .ToList();
        var documentIdsOf = documentIds.Value;
        return rows.Count == 0 ? [] : corpus.Exclusive(() => CorpusViews.Show(store, rows, documentIdsOf, null).Events);
    }

    public override string? DocumentOf(string articleId) => documentIds.Value.GetValueOrDefault(articleId);

    public override IReadOnlyList<TimelineEvent> EventsCiting(string articleId)
    {
        if (unfiltered.IsValueCreated)
        {
            return base.EventsCiting(articleId);
        }

        var ids = documentIds.Value;
        return corpus.Exclusive(() => CorpusViews.Show(store, store.ReadArticleEvents(articleId), ids, null).Events);
    }

    /// <summary>
    /// Whether the timeline of <paramref name="filter"/> keeps more than <paramref name="holdAtMost"/> events and
    /// is to be written as it is read (<see cref="WriteStreamed"/>) rather than held (<see cref="CorpusSnapshot.Render"/>).
    /// </summary>
    public bool Streams(TimelineFilter filter, int holdAtMost)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.Entity is null && !unfiltered.IsValueCreated && CorpusViews.Select(heads.Value, filter).Count > holdAtMost;
    }

    /// <summary>
    /// Hands <paramref name="write"/> the timeline of <paramref name="filter"/> (without an entity) read in passes from
    /// the index (<see cref="WholeTimeline.ReadSelection"/>), for it to write as it reads: the writers give the bytes
    /// of <see cref="CorpusSnapshot.Render"/>'s answer in their format. Writing reads the store, so it keeps ingests
    /// out until it is done.
    /// </summary>
    public void WriteStreamed(TimelineFilter filter, Action<WholeTimeline> write)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(write);
        corpus.Exclusive(() =>
        {
            // The index moved on since this snapshot (an update by another process): its heads are read anew.
            var all = store.CountIndexedArticles() == indexed ? heads.Value : CorpusViews.ReadHeads(store, new HashSet<string>(StringComparer.Ordinal));
            write(WholeTimeline.ReadSelection(store, all, CorpusViews.Select(all, filter)));
            return true;
        });
    }

    protected override TimelineOutput RenderFiltered(TimelineFilter filter)
    {
        if (filter.Entity is not null)
        {
            // An entity's events come straight from the index.
            return corpus.Exclusive(() => CorpusTimeline.Build(store, filter));
        }

        if (unfiltered.IsValueCreated)
        {
            return TimelineSelection.Select(unfiltered.Value, filter, () => heads.Value.All.ToDictionary(h => h.Id, h => h.Score, StringComparer.Ordinal));
        }

        var (all, ids, listed, named) = (heads.Value, documentIds.Value, documents.Value, entities.Value);
        var kept = CorpusViews.Select(all, filter);
        var shown = corpus.Exclusive(() => store.CountIndexedArticles() != indexed
            ? null
            : CorpusViews.Show(store, kept.Select(h => h.Row).ToList(), ids, all));

        // The index moved on since this snapshot (an update by another process): read the view anew.
        return shown is null
            ? corpus.Exclusive(() => CorpusTimeline.Build(store, filter))
            : kept.Count < all.All.Count ? TimelineBuilder.Narrowed(shown, listed, named) : shown with { Documents = listed, Entities = named };
    }
}
