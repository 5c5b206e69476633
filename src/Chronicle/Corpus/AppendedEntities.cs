using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The entities of appended articles, resolved against the stored ones without resolving the corpus
/// again: each article's entity goes to the stored entity the alias index finds by one of its names
/// (a person by a full name; a person known only by one word only when one stored entity has that
/// word); the rest are resolved among the new articles and become entities of their own. Spelling
/// variants the store never saw stay apart until the exact update resolves the blocks again.
/// </summary>
internal sealed class AppendedEntities
{
    private readonly ICorpusIndexStore store;
    private readonly Dictionary<string, Entity?> stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> changed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entity>> takes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> matches = new(StringComparer.Ordinal);

    private AppendedEntities(ICorpusIndexStore store) => this.store = store;

    /// <summary>Each new article's local keys to resolved entity ids.</summary>
    public Dictionary<string, SortedDictionary<string, string>> Keys { get; private set; } = [];

    /// <summary>The entities to store: stored ones that took new names or articles, and new ones.</summary>
    public IReadOnlyList<NewStoredEntity> Upserts { get; private set; } = [];

    public static AppendedEntities Resolve(ICorpusIndexStore store, EntityResolver resolver, IReadOnlyList<ArticleEntities> articles)
    {
        var result = new AppendedEntities(store);
        var placed = new List<Entity>();

        // Each article's entities are matched to the stored ones on their own first: resolving the new
        // articles together would let a bare surname in one join the one full name of the batch that
        // ends with it, when the store holds two people of that name.
        var unmatched = new List<ArticleEntities>();
        foreach (var article in articles)
        {
            var left = new List<ArticleEntity>();
            foreach (var unit in article.Entities)
            {
                var local = resolver.Resolve([article with { Entities = [unit] }]).Single();
                if (result.Match(local) is { } match)
                {
                    placed.Add(local with { Id = result.Merge(match, local).Id });
                }
                else
                {
                    left.Add(unit);
                }
            }

            if (left.Count > 0)
            {
                unmatched.Add(article with { Entities = left });
            }
        }

        foreach (var (id, locals) in result.takes)
        {
            result.changed[id] = Merged(result.Stored(id)!, locals);
        }

        // What the store does not know is resolved across the new articles, as the exact resolution would.
        foreach (var local in resolver.Resolve(unmatched))
        {
            placed.Add(local with { Id = result.Add(local).Id });
        }

        result.Keys = ResolvedKeys.Map(articles, placed);
        result.Upserts = result.changed.Values
            .Select(e => new NewStoredEntity(e.Id, e.Mentions, AnnotationLayers.Serialize(e), e.AllNames.Select(CorpusEntities.Normalise).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        return result;
    }

    /// <summary>The stored entity that takes <paramref name="local"/>, if one does.</summary>
    private Entity? Match(Entity local)
    {
        // The same names come back in many new articles ("U.S.", a story's main actors): matched once.
        var key = string.Join('\u0001', local.AllNames.Order(StringComparer.Ordinal).Prepend(local.Name).Prepend(local.Type.ToString()));
        if (!matches.TryGetValue(key, out var id))
        {
            matches[key] = id = FindMatch(local)?.Id;
        }

        return id is null ? null : Stored(id);
    }

    private Entity? FindMatch(Entity local)
    {
        var person = local.Type == EntityType.Person;
        var full = local.AllNames.Where(n => NameKey.Words(n).Length >= 2).ToList();
        var byFullName = person && full.Count > 0;
        var names = byFullName ? full : local.AllNames.ToList();
        var candidates = names
            .SelectMany(n => store.FindEntityIds(CorpusEntities.Normalise(n)))
            .Distinct(StringComparer.Ordinal)
            .Select(Stored)
            .OfType<Entity>()
            .Where(e => EntityTypeNames.Compatible(e.Type, local.Type))
            .ToList();
        if (person && !byFullName && candidates.Count != 1)
        {
            return null; // "Jackson" alone, with two Jacksons in the store: nothing tells which
        }

        var canonical = CorpusEntities.Normalise(local.Name);
        return candidates
            .OrderByDescending(e => e.AllNames.Any(n => CorpusEntities.Normalise(n) == canonical))
            .ThenByDescending(e => e.Mentions)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Notes that <paramref name="local"/> goes to the stored entity <paramref name="into"/>; the merge is made once per entity (<see cref="Merged"/>).</summary>
    private Entity Merge(Entity into, Entity local)
    {
        if (!takes.TryGetValue(into.Id, out var list))
        {
            takes[into.Id] = list = [];
        }

        list.Add(local);
        return into;
    }

    /// <summary>
    /// A stored entity with everything the new articles brought it, merged at once: a country named in
    /// every new article is one sort of its articles, not one per article. A merge already recorded is
    /// not recorded again, so that an entity's evidence does not grow with every addition.
    /// </summary>
    private static Entity Merged(Entity into, List<Entity> locals)
    {
        var names = into.AllNames.ToHashSet(StringComparer.Ordinal);
        var evidence = into.MergeEvidence.ToHashSet();
        var added = locals.SelectMany(l => l.MergeEvidence.Append(new MergeEvidence("alias-index", l.Name, into.Name, 1))).Where(evidence.Add).ToList();
        return into with
        {
            Aliases = into.Aliases.Concat(locals.SelectMany(l => l.AllNames).Where(names.Add)).ToList(),
            Roles = into.Roles.Concat(locals.SelectMany(l => l.Roles)).DistinctBy(r => (r.Text, r.ArticleId))
                .OrderBy(r => r.Date ?? DateOnly.MaxValue).ThenBy(r => r.Text, StringComparer.Ordinal).ThenBy(r => r.ArticleId, StringComparer.Ordinal).ToList(),
            Articles = into.Articles.Concat(locals.SelectMany(l => l.Articles)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            FirstSeen = locals.Select(l => l.FirstSeen).Aggregate(into.FirstSeen, Fusion.FusionDates.Min),
            LastSeen = locals.Select(l => l.LastSeen).Aggregate(into.LastSeen, Fusion.FusionDates.Max),
            MergeEvidence = [.. into.MergeEvidence, .. added],
            Mentions = into.Mentions + locals.Sum(l => l.Mentions),
        };
    }

    /// <summary>A new entity, under its own id unless the store (or this append) already uses it.</summary>
    private Entity Add(Entity local)
    {
        var stem = local.Id;
        var id = stem;
        for (var k = 2; changed.ContainsKey(id) || Stored(id) is not null; k++)
        {
            id = stem + "-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var entity = local with { Id = id };
        stored[id] = entity;
        changed[id] = entity;
        return entity;
    }

    private Entity? Stored(string id)
    {
        if (!stored.TryGetValue(id, out var entity))
        {
            stored[id] = entity = store.ReadEntities([id]).Select(e => AnnotationLayers.Deserialize<Entity>(e.Json)).FirstOrDefault();
        }

        return entity;
    }
}
