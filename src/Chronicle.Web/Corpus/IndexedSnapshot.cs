using Chronicle.Corpus;
using Chronicle.Entities.Resolution;
using Chronicle.Fusion;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Web.Corpus;

/// <summary>
/// A store state answered from the store's cross-article index (<see cref="CorpusTimeline"/>): the
/// index is brought up to date once (only the articles added since it was last updated are fused, so
/// a store indexed before, by `chronicle timeline` or an earlier server, costs little) and the whole
/// timeline read from it once; an entity filter reads only that entity's events from the index, other
/// filters select from the whole timeline (<see cref="TimelineSelection"/>). Same output as
/// <see cref="PreparedSnapshot"/> over the same store.
/// </summary>
public sealed class IndexedSnapshot : CorpusSnapshot
{
    private readonly ICorpusIndexStore store;
    private readonly CorpusState corpus;
    private readonly int articles;
    private readonly Lazy<Dictionary<(string Article, string Name), string>> byArticleName;
    private IReadOnlyDictionary<string, double>? scores;

    /// <param name="store">The store with its index.</param>
    /// <param name="corpus">Whose <see cref="CorpusState.Exclusive"/> keeps ingests out while the index is updated and read.</param>
    public IndexedSnapshot(ICorpusIndexStore store, CorpusState corpus)
    {
        this.store = store;
        this.corpus = corpus;
        (Unfiltered, articles) = corpus.Exclusive(() => (CorpusTimeline.Build(store), store.Count));
        byArticleName = new(() => ResolvedKeys.ByArticleName(
            store.ReadEntities(null).Select(e => AnnotationLayers.Deserialize<Entity>(e.Json)).OfType<Entity>().ToList()));
    }

    public override string Source => "index";

    public override TimelineOutput Unfiltered { get; }

    public override string? EntityIdFor(string articleId, string name) =>
        byArticleName.Value.GetValueOrDefault((articleId, name));

    protected override TimelineOutput RenderFiltered(TimelineFilter filter)
    {
        if (filter.Entity is null && (filter.Limit is null || Scores() is not null))
        {
            return TimelineSelection.Select(Unfiltered, filter, () => scores!);
        }

        // An entity's events come straight from the index; so does any view once the store has moved on.
        return corpus.Exclusive(() => CorpusTimeline.Build(store, filter));
    }

    /// <summary>
    /// Each event's salience score by id, read once, for limits; null when articles were added since the
    /// snapshot, as the index then numbers its events anew.
    /// </summary>
    private IReadOnlyDictionary<string, double>? Scores() => corpus.Exclusive(() =>
        store.Count != articles ? null : scores ??= store.ReadEvents(null).ToDictionary(
            e => EventOrder.Number(e.Number),
            e => AnnotationLayers.Deserialize<StoredSalience>(e.Json)?.Salience?.Score ?? 0,
            StringComparer.Ordinal));

    /// <summary>The one part of a stored event's JSON a limit needs: reading only it skips building the rest.</summary>
    private sealed record StoredSalience(EventSalience? Salience);
}
