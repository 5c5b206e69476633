using Chronicle.Collections;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;
using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Timeline;

/// <summary>
/// The cross-article entity phase: reads every stored article's entity layer and resolves them into
/// one entity per real-world referent. A pure function of the store's contents.
/// </summary>
public static class CorpusEntities
{
    public static IReadOnlyList<Entity> Resolve(IArticleStore store) =>
        EntityResolver.Default.Resolve(ReadArticleEntities(store));

    /// <summary>
    /// Every stored article's entities, without their mentions (<see cref="ArticleEntities.Mentions"/> is
    /// empty): resolution reads the entities alone, and the mentions are most of the layer's JSON. Each
    /// distinct name and role is one string however many articles use it (a corpus repeats its names
    /// in thousands of articles, and resolution holds every article's entities at once).
    /// </summary>
    public static IEnumerable<ArticleEntities> ReadArticleEntities(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var pool = new StringPool();
        var lists = new NameLists();

        foreach (var row in store.ReadLayer(AnnotationLayers.Entities))
        {
            if (Read(row.Json, pool.Share, lists) is { } article)
            {
                yield return article;
            }
        }
    }

    /// <summary>One article's entity layer as resolution reads it (<see cref="ReadArticleEntities"/>), each string passed through <paramref name="share"/>.</summary>
    public static ArticleEntities? Read(string json, Func<string, string> share) => Read(json, share, null);

    /// <summary>As <see cref="Read(string, Func{string, string})"/>, with one-name lists and their counts shared through <paramref name="lists"/>.</summary>
    internal static ArticleEntities? Read(string json, Func<string, string> share, NameLists? lists)
    {
        ArgumentNullException.ThrowIfNull(share);
        if (AnnotationLayers.Deserialize<EntitiesOnly>(json) is not { } e)
        {
            return null;
        }


        var entities = new ArticleEntity[e.Entities.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            var entity = e.Entities[i];
            entities[i] = entity with
            {
                Name = share(entity.Name),
                Names = lists is not null && entity.Names.Count == 1 ? lists.One(share(entity.Names[0])) : entity.Names.Select(share).ToArray(),
                NameCounts = lists is not null && entity.NameCounts.Count == 1 ? lists.Count(entity.NameCounts[0]) : entity.NameCounts.ToArray(),
                Roles = entity.Roles.Count == 0 ? [] : entity.Roles.Select(r => r with { Text = share(r.Text), ArticleId = r.ArticleId == e.ArticleId ? e.ArticleId : share(r.ArticleId) }).ToArray(),
            };
        }

        return new ArticleEntities(e.ArticleId, e.Date, [], entities);
    }

    /// <summary>
    /// One list for each name that entities go by alone, and one count list for each small count: most
    /// of an article's entities have one name, and a corpus of 100,000 articles holds three million of
    /// them at once for resolution (two small arrays each: the resolution phase's peak went from 0.97 to
    /// 0.83 GB). Nothing changes a read entity's lists.
    /// </summary>
    internal sealed class NameLists
    {
        private readonly Dictionary<string, string[]> names = new(StringComparer.Ordinal);
        private readonly int[]?[] counts = new int[]?[64];

        public string[] One(string name)
        {
            if (!names.TryGetValue(name, out var list))
            {
                names[name] = list = [name];
            }

            return list;
        }

        public int[] Count(int count) =>
            count >= 0 && count < counts.Length ? counts[count] ??= [count] : [count];
    }

    /// <summary>An entity layer as read for resolution: the serializer skips the mentions instead of building them.</summary>
    private sealed record EntitiesOnly(string ArticleId, DateOnly? Date, IReadOnlyList<ArticleEntity> Entities);

    /// <summary>The entities any of whose names is <paramref name="name"/> (case and spacing aside), best first.</summary>
    public static IReadOnlyList<Entity> Find(IReadOnlyList<Entity> entities, string name)
    {
        var wanted = Normalise(name);
        var exact = entities.Where(e => e.AllNames.Any(n => Normalise(n) == wanted)).ToList();
        if (exact.Count > 0)
        {
            return exact.OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        }

        // A spelling variant the corpus never used ("Sergei" for "Sergey") still finds the entity.
        var scores = SimilarNames(entities.SelectMany(e => e.AllNames.Select(n => (Normalise(n), e.Id))), name);
        return entities
            .Where(e => scores.ContainsKey(e.Id))
            .OrderByDescending(e => scores[e.Id])
            .ThenByDescending(e => e.Mentions)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The entities with a name spelt close enough to <paramref name="name"/> (similarity 0.9 or more), each
    /// with its best similarity, from (normalised name, entity id) pairs: the alias index's own rows, so
    /// that a store finds a misspelt entity from its names alone.
    /// </summary>
    public static Dictionary<string, double> SimilarNames(IEnumerable<(string Name, string EntityId)> names, string name)
    {
        var words = NameKey.Words(Normalise(name));
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (alias, id) in names)
        {
            var score = EntityResolver.NameSimilarity(words, NameKey.Words(alias));
            if (score >= 0.9 && score > scores.GetValueOrDefault(id))
            {
                scores[id] = score;
            }
        }

        return scores;
    }

    /// <summary>A name as the alias index keeps it: lower case, single spaces.</summary>
    public static string Normalise(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
