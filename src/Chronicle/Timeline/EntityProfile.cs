using Chronicle.Corpus;
using Chronicle.Entities.Resolution;
using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Timeline;

/// <summary>An entity page: the entity (aliases, roles over time), its events, and the documents it appears in.</summary>
public sealed record EntityPage(TimelineEntity Entity, IReadOnlyList<TimelineEvent> Events, IReadOnlyList<TimelineDocument> Documents);

/// <summary>One entity's profile: its page, the resolved entity behind it (with its merge evidence), and the other entities the name also fits.</summary>
public sealed record EntityProfile(EntityPage Page, Entity Entity, IReadOnlyList<string> AlsoMatching)
{
    /// <summary>
    /// The profile of the entity a name picks (an exact name or alias, most mentioned first, else the
    /// closest spelling), or null when none fits. A store that keeps the cross-article index answers
    /// from it, reading only that entity, its events and its articles; any other store is analysed
    /// from scratch, once.
    /// </summary>
    public static EntityProfile? Find(IArticleStore store, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(name);
        var filter = new TimelineFilter { Entity = name };
        if (store is ICorpusIndexStore indexed)
        {
            CorpusIndex.Default.Update(indexed);
            if (CorpusTimeline.FindEntity(indexed, name) is not { } id)
            {
                return null;
            }

            // Only the timeline's events are shown: its conflicts, entities and documents are not made. The entity
            // and the documents it names (tens of thousands for the most mentioned) are read on a second handle
            // meanwhile: each half took about a third of a second at 100,000 articles.
            using var side = indexed.OpenSideReader();
            var beside = side ?? indexed;
            var read = Task.Run(() =>
            {
                var entity = AnnotationLayers.Deserialize<Entity>(beside.ReadEntities([id])[0].Json)!;
                return (Entity: entity, Documents: CorpusTimeline.Documents(beside, indexed, entity.Articles.Concat(entity.Roles.Select(r => r.ArticleId)).ToHashSet(StringComparer.Ordinal)));
            });
            var events = CorpusTimeline.EntityEvents(indexed, filter, id);
            var (entity, documents) = read.GetAwaiter().GetResult();
            var others = indexed.ReadEntityMentions(indexed.FindEntityIds(CorpusEntities.Normalise(name)))
                .Where(e => e.Id != id)
                .OrderByDescending(e => e.Mentions)
                .ThenBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => e.Id)
                .ToList();
            var named = indexed.ReadEntities(others).ToDictionary(e => e.Id, e => AnnotationLayers.Deserialize<Entity>(e.Json)!, StringComparer.Ordinal);
            return Profile(entity, events, documents, others.Select(o => named[o]));
        }

        var prepared = TimelineBuilder.Prepare(store);
        var matches = CorpusEntities.Find(prepared.Resolved, name);
        return matches.Count == 0 ? null : Profile(matches[0], prepared.Render(filter).Events, prepared.Documents, matches.Skip(1));
    }

    private static EntityProfile Profile(Entity entity, IReadOnlyList<TimelineEvent> events, IReadOnlyList<TimelineDocument> documents, IEnumerable<Entity> others)
    {
        var output = TimelineBuilder.ToOutput(entity, documents.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal));
        var articles = entity.Articles.ToHashSet(StringComparer.Ordinal);
        var page = new EntityPage(output, events, documents.Where(d => articles.Contains(d.ArticleId)).ToList());
        return new EntityProfile(page, entity, others.Select(e => $"{e.Name} ({e.Id})").ToList());
    }
}
