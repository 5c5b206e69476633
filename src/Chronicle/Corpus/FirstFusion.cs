using System.Security.Cryptography;
using System.Text;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The first fusion that dates articles without a date line (<see cref="TimelineBuilder.Refine"/>),
/// run block by block and only where something changed. What it learns for an article comes from the
/// events holding that article's mentions, and fusing each block of <see cref="FusionBlocks"/> alone
/// gives the events of fusing everything at once; so an article's refined date depends only on the
/// blocks holding its mentions. Each article not explicitly dated keeps a fingerprint of those blocks
/// (their mentions and links); while it stays the same the stored date stands, and only the blocks of
/// articles whose fingerprint moved are fused, each alone. The events are numbered within their
/// block, which changes only the wording of a refined date's evidence (the index keeps dates without
/// it), not the date.
/// </summary>
public static class FirstFusion
{
    /// <summary>What the first fusion gave: the refined dates, the fingerprints to keep, and how many blocks and mentions it fused.</summary>
    public sealed class Result(Dictionary<string, PublicationDate> dates, Dictionary<string, string> datings, Func<string, UndatedArticleRefiner.Refinement?> refinement)
    {
        /// <summary>The refined date of each article the first fusion dates better.</summary>
        public IReadOnlyDictionary<string, PublicationDate> Dates { get; } = dates;

        /// <summary>The fingerprint of the blocks each article without a stated date was dated from.</summary>
        public IReadOnlyDictionary<string, string> Datings { get; } = datings;

        public int BlocksFused { get; init; }

        public int MentionsFused { get; init; }

        /// <summary>The refinement of an article (its date and its mentions read again against it); null when it has none.</summary>
        public UndatedArticleRefiner.Refinement? Refinement(string articleId) => refinement(articleId);
    }

    /// <summary>What the index knew of an article before this update.</summary>
    /// <param name="State">Its stored state (null for an article new to the index).</param>
    /// <param name="Links">Its stored mention links when they are the links of the article as read before any
    /// refinement under its current entity ids (it was not refined and its ids did not move); else null.</param>
    public sealed record Known(IndexedArticleState? State, IReadOnlyList<(string Json, MentionLink Link)>? Links);

    /// <summary>
    /// Dates the articles of <paramref name="listed"/> that lack a stated date. <paramref name="load"/>
    /// reads an article as fusion sees it before refinement; it is called only for articles whose
    /// stored links cannot stand in for it and for those in a block that is fused.
    /// </summary>
    public static Result Refine(ICorpusIndexStore store, IReadOnlyList<DocumentSummary> listed, IReadOnlyDictionary<string, Known> known, Func<string, DocumentEvents> load, EventFuser fuser, EventOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(load);
        var dates = new Dictionary<string, PublicationDate>(StringComparer.Ordinal);
        var datings = new Dictionary<string, string>(StringComparer.Ordinal);
        var undated = listed.Where(d => d.PublishedEvidence != DateEvidence.Explicit).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        if (undated.Count == 0)
        {
            return new Result(dates, datings, _ => null);
        }

        var mentions = new List<(string ArticleId, int Index, string Json, MentionLink Link)>();
        foreach (var summary in listed)
        {
            if (known.GetValueOrDefault(summary.Id)?.Links is { } stored)
            {
                for (var i = 0; i < stored.Count; i++)
                {
                    mentions.Add((summary.Id, i, stored[i].Json, stored[i].Link));
                }

                continue;
            }

            var doc = load(summary.Id);
            for (var i = 0; i < doc.Mentions.Count; i++)
            {
                var link = MentionLink.Of(doc, doc.Mentions[i], ontology);
                mentions.Add((summary.Id, i, AnnotationLayers.Serialize(link), link));
            }
        }

        // The blocks holding a mention of an undated article, each with its fingerprint.
        var components = FusionBlocks.Components(mentions.Select(m => (m.ArticleId, m.Link)).ToList());
        var blocks = Enumerable.Range(0, mentions.Count).GroupBy(i => components[i])
            .Where(b => b.Any(i => undated.Contains(mentions[i].ArticleId)))
            .Select(b => b.ToList())
            .ToList();
        var fingerprints = blocks.Select(b => Fingerprint(b.Select(i => $"{mentions[i].ArticleId}\u0001{mentions[i].Index}\u0001{mentions[i].Json}").Order(StringComparer.Ordinal))).ToList();
        var blocksOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var b = 0; b < blocks.Count; b++)
        {
            foreach (var articleId in blocks[b].Select(i => mentions[i].ArticleId).Distinct(StringComparer.Ordinal).Where(undated.Contains))
            {
                if (!blocksOf.TryGetValue(articleId, out var list))
                {
                    blocksOf[articleId] = list = [];
                }

                list.Add(b);
            }
        }

        // An article whose blocks are as they were keeps its date; the others are dated again from their blocks.
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var articleId in undated.Order(StringComparer.Ordinal))
        {
            var dating = Fingerprint(blocksOf.GetValueOrDefault(articleId, []).Select(b => fingerprints[b]).Order(StringComparer.Ordinal));
            datings[articleId] = dating;
            var state = known.GetValueOrDefault(articleId)?.State;
            if (state is not null && state.Dating == dating)
            {
                if (state.Refined is { } refined)
                {
                    dates[articleId] = refined;
                }
            }
            else
            {
                changed.Add(articleId);
            }
        }

        var toFuse = changed.SelectMany(a => blocksOf.GetValueOrDefault(a, [])).Distinct().Order().ToList();
        var constraints = new List<UndatedArticleConstraint>();
        foreach (var b in toFuse)
        {
            var blockDocs = blocks[b].GroupBy(i => mentions[i].ArticleId, StringComparer.Ordinal).Select(g =>
            {
                var doc = load(g.Key);
                var wanted = g.Select(i => mentions[i].Index).ToHashSet();
                return doc with { Mentions = doc.Mentions.Where((_, i) => wanted.Contains(i)).ToList() };
            }).ToList();
            constraints.AddRange(fuser.FuseAll(blockDocs).UndatedConstraints);
        }

        var refinements = new Dictionary<string, UndatedArticleRefiner.Refinement?>(StringComparer.Ordinal);
        foreach (var group in constraints.GroupBy(c => DocumentKeys.ArticleId(c.DocumentId), StringComparer.Ordinal).Where(g => changed.Contains(g.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (store.GetArticle(group.Key) is { } article && UndatedArticleRefiner.Default.Refine(article, group.ToList()) is { } refinement)
            {
                refinements[group.Key] = refinement;
                dates[group.Key] = refinement.Published;
            }
        }

        UndatedArticleRefiner.Refinement? Refinement(string articleId)
        {
            if (!dates.TryGetValue(articleId, out var published))
            {
                return null;
            }

            if (!refinements.TryGetValue(articleId, out var refinement))
            {
                // A date kept from an earlier update: read the article again against it.
                refinements[articleId] = refinement = store.GetArticle(articleId) is { } article ? UndatedArticleRefiner.Default.Reread(article, published) : null;
            }

            return refinement;
        }

        return new Result(dates, datings, Refinement) { BlocksFused = toFuse.Count, MentionsFused = toFuse.Sum(b => blocks[b].Count) };
    }

    private static string Fingerprint(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset(), 0, 16);
    }
}
