using Chronicle.Entities.Gazetteers;
using Chronicle.Model;

namespace Chronicle.Entities.Linking;

/// <summary>
/// Gathers an article's clustered mentions into its entities: the names each cluster uses, its
/// fullest name, and the roles the text gives its people, dated with the article's date.
/// Immutable and thread-safe.
/// </summary>
public sealed class ArticleEntityLinker
{
    private readonly RoleExtractor roles;

    public ArticleEntityLinker(Gazetteer gazetteer)
    {
        roles = new RoleExtractor(gazetteer);
    }

    private static readonly Lazy<ArticleEntityLinker> DefaultInstance = new(() => new ArticleEntityLinker(Gazetteer.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    public static ArticleEntityLinker Default => DefaultInstance.Value;

    /// <summary>Recognises and links in one go.</summary>
    public ArticleEntities Analyze(EntityRecognizer recognizer, string articleId, DateOnly? date, string text, IReadOnlyList<Sentence> sentences) =>
        Link(articleId, date, text, sentences, recognizer.Recognize(text, sentences));

    public ArticleEntities Link(string articleId, DateOnly? date, string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        text ??= "";
        var clusterRoles = new Dictionary<int, SortedSet<string>>();
        var byStart = IsSortedByStart(mentions);
        foreach (var sentence in sentences ?? [])
        {
            var tokens = sentence.Tokens.Select(t => t.Span).Where(s => s.End <= text.Length && s.Start >= 0).ToList();
            if (tokens.Count == 0)
            {
                continue;
            }

            var inside = Inside(mentions, byStart, tokens[0].Start, tokens[^1].End);
            var covered = new EntityType?[tokens.Count];
            var positions = new List<(EntityMention Mention, int First, int Count)>();
            foreach (var mention in inside)
            {
                var first = tokens.FindIndex(t => t.Start >= mention.Span.Start);
                var last = tokens.FindLastIndex(t => t.End <= mention.Span.End);
                if (first < 0 || last < first)
                {
                    continue;
                }

                for (var i = first; i <= last; i++)
                {
                    covered[i] = mention.Type;
                }

                positions.Add((mention, first, last - first + 1));
            }

            foreach (var (mention, first, count) in positions)
            {
                if (mention.Type != EntityType.Person)
                {
                    continue;
                }

                foreach (var role in roles.Roles(text, tokens, first, count, covered))
                {
                    if (!clusterRoles.TryGetValue(mention.Cluster, out var set))
                    {
                        clusterRoles[mention.Cluster] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(role);
                }
            }
        }

        var entities = new List<ArticleEntity>();
        foreach (var group in mentions.GroupBy(m => m.Cluster).OrderBy(g => g.Key))
        {
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var mention in group)
            {
                var name = NameText.Clean(mention.Text);
                if (name.Length > 0)
                {
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                }
            }

            if (counts.Count == 0)
            {
                continue;
            }

            var type = group.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var fullest = counts.OrderByDescending(c => NameText.Words(c.Key).Length).ThenByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
            var entityRoles = clusterRoles.TryGetValue(group.Key, out var r)
                ? r.Select(text => new EntityRole(text, date, articleId)).ToList()
                : [];
            entities.Add(new ArticleEntity(group.Key, type, fullest, counts.Keys.ToList(), counts.Values.ToList(), entityRoles));
        }

        return new ArticleEntities(articleId, date, mentions, entities);
    }

    private static bool IsSortedByStart(IReadOnlyList<EntityMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Span.Start < mentions[i - 1].Span.Start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The mentions within [start, end), in their order. Mentions sorted by start (as the recogniser
    /// gives them) are found by a binary search instead of a scan of the whole article per sentence.
    /// </summary>
    private static List<EntityMention> Inside(IReadOnlyList<EntityMention> mentions, bool sortedByStart, int start, int end)
    {
        var inside = new List<EntityMention>();
        var from = 0;
        if (sortedByStart)
        {
            var hi = mentions.Count;
            while (from < hi)
            {
                var mid = (from + hi) >>> 1;
                if (mentions[mid].Span.Start < start)
                {
                    from = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
        }

        for (var i = from; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (sortedByStart && m.Span.Start > end)
            {
                break;
            }

            if (m.Span.Start >= start && m.Span.End <= end)
            {
                inside.Add(m);
            }
        }

        return inside;
    }
}
