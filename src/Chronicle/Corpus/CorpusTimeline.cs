using Chronicle.Entities.Resolution;
using Chronicle.Fusion;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The timeline answered from the cross-article index: with --entity it reads that entity's events
/// through the entity-to-events index (and, for conflicts, the events sharing a participant with
/// them), the entities they name and the document list; without, every event. Same output as
/// <see cref="TimelineBuilder.BuildWithFusion"/> over the same store.
/// </summary>
public static class CorpusTimeline
{
    public static TimelineOutput Build(ICorpusIndexStore store, TimelineFilter? filter = null, CorpusIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        filter ??= TimelineFilter.None;
        (index ?? CorpusIndex.Default).Update(store);

        // Only articles without a stated date can carry a refined one: skip reading every article's state when none lacks it.
        var listed = store.ListDocuments();
        var refined = listed.All(d => d.PublishedEvidence == Model.DateEvidence.Explicit) ? null : IndexedArticleState.RefinedDates(store.ReadIndexedArticles());
        var documents = TimelineBuilder.Ordered(listed, refined).Select(TimelineBuilder.ToOutput).ToList();
        var documentIds = documents.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);
        string DocumentId(string key) => documentIds.GetValueOrDefault(DocumentKeys.ArticleId(key), key);
        FusedEvent Read(StoredEvent stored) =>
            EventOrder.RenameDocuments(AnnotationLayers.Deserialize<FusedEvent>(stored.Json)! with { Id = EventOrder.Number(stored.Number) }, DocumentId);

        if (filter.Entity is not { } name)
        {
            var all = store.ReadEvents(null).Select(Read).ToList();
            var entities = store.ReadEntities(null).Select(ToEntity).ToList();
            return TimelineBuilder.Compose(documents, entities, all, ConflictFinder.Default.Find(all), filter, null, documentIds);
        }

        var wanted = FindEntity(store, name) is { } id ? new HashSet<string>(StringComparer.Ordinal) { id } : [];
        var events = store.ReadEvents(wanted).Select(Read).ToList();

        // A date conflict pairs events that share a participant: read those partners too.
        var participants = events.SelectMany(e => e.Actors.Concat(e.Targets)).ToHashSet(StringComparer.Ordinal);
        var candidates = store.ReadEvents(participants).Select(Read).ToList();
        var conflicts = ConflictFinder.Default.Find(candidates);
        var used = TimelineBuilder.ReferencedEntities(events, wanted);
        var named = store.ReadEntities(used).Select(ToEntity).ToList();
        return TimelineBuilder.Compose(documents, named, events, conflicts, filter, wanted, documentIds);
    }

    /// <summary>The entity a name picks, as <see cref="CorpusEntities.Find"/> would over every entity: an exact name (most mentions first), else the closest spelling.</summary>
    public static string? FindEntity(ICorpusIndexStore store, string name)
    {
        var exact = store.ReadEntities(store.FindEntityIds(CorpusEntities.Normalise(name)));
        if (exact.Count > 0)
        {
            return exact.OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).First().Id;
        }

        // A spelling the corpus never used: the similarity search needs every entity's names.
        return CorpusEntities.Find(store.ReadEntities(null).Select(ToEntity).ToList(), name).FirstOrDefault()?.Id;
    }

    private static Entity ToEntity(StoredEntity stored) => AnnotationLayers.Deserialize<Entity>(stored.Json)!;
}
