using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The first fusion that dates articles without a date line (<see cref="TimelineBuilder.Refine"/>),
/// run block by block. What it learns for an article comes from the events holding that article's
/// mentions, and fusing each block of <see cref="FusionBlocks"/> alone gives the events of fusing
/// everything at once, so only the blocks holding a mention of an article not explicitly dated are
/// fused, each alone: the cost falls from the square of the corpus's mentions to the sum of the
/// squares of those blocks. The events are numbered within their block, which changes only the
/// wording of a refined date's evidence (the index keeps dates without it), not the date.
/// </summary>
public static class FirstFusion
{
    /// <summary>The articles of unknown or inferred date that the first fusion dates better, by article id; <paramref name="load"/> reads an article as fusion sees it, unrefined.</summary>
    public static Dictionary<string, UndatedArticleRefiner.Refinement> Refine(IArticleStore store, IReadOnlyList<DocumentSummary> listed, Func<string, DocumentEvents?> load, EventFuser fuser, EventOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(load);
        var refinements = new Dictionary<string, UndatedArticleRefiner.Refinement>(StringComparer.Ordinal);
        var undated = listed.Where(d => d.PublishedEvidence != DateEvidence.Explicit).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        if (undated.Count == 0)
        {
            return refinements;
        }

        var docs = new Dictionary<string, DocumentEvents>(StringComparer.Ordinal);
        var mentions = new List<(string ArticleId, int Index, MentionLink Link)>();
        foreach (var summary in listed)
        {
            if (load(summary.Id) is not { } doc)
            {
                continue;
            }

            docs[summary.Id] = doc;
            for (var i = 0; i < doc.Mentions.Count; i++)
            {
                mentions.Add((summary.Id, i, MentionLink.Of(doc, doc.Mentions[i], ontology)));
            }
        }

        var components = FusionBlocks.Components(mentions.Select(m => (m.ArticleId, m.Link)).ToList());
        var constraints = new List<UndatedArticleConstraint>();
        foreach (var block in Enumerable.Range(0, mentions.Count).GroupBy(i => components[i]))
        {
            if (!block.Any(i => undated.Contains(mentions[i].ArticleId)))
            {
                continue; // no article here to date
            }

            var blockDocs = block.GroupBy(i => mentions[i].ArticleId, StringComparer.Ordinal).Select(g =>
            {
                var doc = docs[g.Key];
                var wanted = g.Select(i => mentions[i].Index).ToHashSet();
                return doc with { Mentions = doc.Mentions.Where((_, i) => wanted.Contains(i)).ToList() };
            }).ToList();
            constraints.AddRange(fuser.FuseAll(blockDocs).UndatedConstraints);
        }

        foreach (var group in constraints.GroupBy(c => DocumentKeys.ArticleId(c.DocumentId), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (store.GetArticle(group.Key) is { } article && UndatedArticleRefiner.Default.Refine(article, group.ToList()) is { } refinement)
            {
                refinements[group.Key] = refinement;
            }
        }

        return refinements;
    }
}
