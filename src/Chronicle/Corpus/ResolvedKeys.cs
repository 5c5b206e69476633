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
        var maps = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (articleId, map) in MapEach(articles, resolved))
        {
            maps[articleId] = map;
        }

        return maps;
    }

    /// <summary>
    /// <see cref="Map"/> an article at a time, as it is enumerated: an index build keeps each map in a
    /// smaller form, and every article's sorted dictionary at once was a peak of its own.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, SortedDictionary<string, string>>> MapEach(IReadOnlyList<ArticleEntities> articles, IReadOnlyList<Entity> resolved)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(resolved);
        // Each name's entities in their order, and an entity's articles searched in its sorted list: a
        // table of every (article, name) pair was hundreds of MB at 100,000 articles.
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var sorted = new bool[resolved.Count];
        for (var e = 0; e < resolved.Count; e++)
        {
            sorted[e] = IsSorted(resolved[e].Articles);
            foreach (var name in resolved[e].AllNames)
            {
                if (!byName.TryGetValue(name, out var list))
                {
                    byName[name] = list = [];
                }

                if (list.Count == 0 || list[^1] != e)
                {
                    list.Add(e);
                }
            }
        }

        string? IdOf(string articleId, string name)
        {
            foreach (var e in byName.GetValueOrDefault(name) ?? [])
            {
                if (sorted[e] ? SortedContains(resolved[e].Articles, articleId) : resolved[e].Articles.Contains(articleId, StringComparer.Ordinal))
                {
                    return resolved[e].Id;
                }
            }

            return null;
        }

        foreach (var article in articles)
        {
            var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var entity in article.Entities)
            {
                if (IdOf(article.ArticleId, entity.Name) is { } id)
                {
                    map[EventInputs.LocalKey(entity.Cluster)] = id;
                }
            }

            yield return new(article.ArticleId, map);
        }
    }

    private static bool IsSorted(IReadOnlyList<string> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (string.CompareOrdinal(list[i - 1], list[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a list sorted by ordinal order holds <paramref name="value"/>.</summary>
    private static bool SortedContains(IReadOnlyList<string> sorted, string value)
    {
        var (low, high) = (0, sorted.Count - 1);
        while (low <= high)
        {
            var mid = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(sorted[mid], value);
            if (order == 0)
            {
                return true;
            }

            (low, high) = order < 0 ? (mid + 1, high) : (low, mid - 1);
        }

        return false;
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
