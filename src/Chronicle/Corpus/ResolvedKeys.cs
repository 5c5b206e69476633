using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;
using Chronicle.Events;
using Chronicle.Pipeline;

namespace Chronicle.Corpus;

/// <summary>
/// Maps the article-local participant keys ("c3") of event mentions to the resolved entities' ids, by
/// the names each article used; a participant no entity took in keeps a key of its own ("ARTICLE:c3").
/// </summary>
public static class ResolvedKeys
{
    /// <summary>For each article, its local keys to resolved entity ids (sorted by key).</summary>
    public static Dictionary<string, SortedDictionary<string, string>> Map(IReadOnlyList<ArticleEntities> articles, IReadOnlyList<Entity> resolved)
    {
        var byName = ByArticleName(resolved);
        var maps = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var entity in article.Entities)
            {
                if (byName.TryGetValue((article.ArticleId, entity.Name), out var id))
                {
                    map[EventInputs.LocalKey(entity.Cluster)] = id;
                }
            }

            maps[article.ArticleId] = map;
        }

        return maps;
    }

    /// <summary>(article id, a name it used) to the resolved entity that name belongs to there (the first entity wins).</summary>
    public static Dictionary<(string Article, string Name), string> ByArticleName(IReadOnlyList<Entity> resolved)
    {
        var byName = new Dictionary<(string Article, string Name), string>();
        foreach (var entity in resolved)
        {
            foreach (var article in entity.Articles)
            {
                foreach (var name in entity.AllNames)
                {
                    byName.TryAdd((article, name), entity.Id);
                }
            }
        }

        return byName;
    }

    /// <summary>The article's mentions with every participant key resolved.</summary>
    public static List<EventMention> Apply(string articleId, IEnumerable<EventMention> mentions, IReadOnlyDictionary<string, string> keys)
    {
        EventParticipantMention Remap(EventParticipantMention p) =>
            p with { EntityKey = keys.TryGetValue(p.EntityKey, out var id) ? id : articleId + ":" + p.EntityKey };

        return mentions
            .Select(m => m with
            {
                Actors = m.Actors.Select(Remap).ToList(),
                Targets = m.Targets.Select(Remap).ToList(),
                Location = m.Location is null ? null : Remap(m.Location),
                Attribution = m.Attribution with
                {
                    Speaker = m.Attribution.Speaker is null ? null : Remap(m.Attribution.Speaker),
                    Source = m.Attribution.Source is null ? null : Remap(m.Attribution.Source),
                },
            })
            .ToList();
    }
}
