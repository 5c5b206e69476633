using System.Buffers;
using System.Globalization;
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
/// (their mentions and links); while it stays the same the stored date stands. Where it moved, only
/// the blocks the article has no stored constraints from are fused (each alone; constraints are kept
/// by block fingerprint), and the article is dated again only when the constraints its blocks put on
/// it changed. The events are numbered within their block, which changes only the wording of a refined
/// date's evidence (the index keeps dates without it), not the date. The mentions of a refined article,
/// read again against its date, are stored too, so that fusing its blocks later does not read and
/// analyse the article again.
/// </summary>
public static class FirstFusion
{
    /// <summary>
    /// What an article without a stated date was dated from: the fingerprint of its blocks, of the
    /// constraints they put on it (event numbers left out), and those constraints block by block (by
    /// block fingerprint), so that a later update fuses only the blocks that changed.
    /// </summary>
    public sealed record Dating(string Blocks, string? Constraints, SortedDictionary<string, List<UndatedArticleConstraint>>? ByBlock);

    /// <summary>What the first fusion gave: the refined dates, what each article was dated from, and how many blocks and mentions it fused.</summary>
    public sealed class Result(Dictionary<string, PublicationDate> dates, Dictionary<string, Dating> datings, Func<string, UndatedArticleRefiner.Refinement?> refinement, Func<Dictionary<string, string>> computed)
    {
        /// <summary>The refined date of each article the first fusion dates better.</summary>
        public IReadOnlyDictionary<string, PublicationDate> Dates { get; } = dates;

        /// <summary>What each article without a stated date was dated from.</summary>
        public IReadOnlyDictionary<string, Dating> Datings => datings;

        /// <summary>Lets what the articles were dated from go once their states are written out (every block's constraints, in a build).</summary>
        public void ForgetDatings() => datings.Clear();

        public int BlocksFused { get; init; }

        public int MentionsFused { get; init; }

        /// <summary>How many articles were dated again (their constraints changed).</summary>
        public int Redated { get; init; }

        /// <summary>The refinement of an article (its date and its mentions read again against it); null when it has none.</summary>
        public UndatedArticleRefiner.Refinement? Refinement(string articleId) => refinement(articleId);

        /// <summary>The refined mentions worked out in this update (JSON, by article), for the store to keep.</summary>
        public Dictionary<string, string> ComputedRefinements() => computed();
    }

    /// <summary>What the index knew of an article before this update.</summary>
    /// <param name="State">Its stored state (null for an article new to the index).</param>
    /// <param name="Links">Its stored mention links when they are the links of the article as read before any
    /// refinement under its current entity ids (it was not refined and its ids did not move); else null.</param>
    public sealed record Known(IndexedArticleState? State, IReadOnlyList<(string Json, MentionLink Link)>? Links);

    /// <summary>
    /// Dates the articles of <paramref name="listed"/> that lack a stated date. <paramref name="load"/>
    /// reads an article as fusion sees it before refinement; it is called only for articles whose
    /// stored links cannot stand in for it (all mentions) and for those in a block that is fused (the block's mentions).
    /// </summary>
    public static Result Refine(ICorpusIndexStore store, IReadOnlyList<DocumentSummary> listed, IReadOnlyDictionary<string, Known> known, DocumentLoad load, EventFuser fuser, EventOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(load);
        var dates = new Dictionary<string, PublicationDate>(StringComparer.Ordinal);
        var datings = new Dictionary<string, Dating>(StringComparer.Ordinal);
        var undated = listed.Where(d => d.PublishedEvidence != DateEvidence.Explicit).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        if (undated.Count == 0)
        {
            return new Result(dates, datings, _ => null, () => []);
        }

        // Each mention's links, with their JSON where stored (a new link's is written out when its block is fingerprinted).
        var mentions = new List<(string ArticleId, int Index, string? Json, MentionLink Link)>();
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

            var doc = load(summary.Id, null);
            for (var i = 0; i < doc.Mentions.Count; i++)
            {
                var link = MentionLink.Of(doc, doc.Mentions[i], ontology);
                mentions.Add((summary.Id, i, null, link));
            }
        }

        // The blocks holding a mention of an undated article, each with its fingerprint.
        var components = FusionBlocks.Components(mentions.Select(m => (m.ArticleId, m.Link)).ToList());
        var blocks = Enumerable.Range(0, mentions.Count).GroupBy(i => components[i])
            .Where(b => b.Any(i => undated.Contains(mentions[i].ArticleId)))
            .Select(b => b.ToList())
            .ToList();
        // A block's fingerprint hashes its mentions in (article, index) order, piece by piece: building and
        // sorting one string per mention was a sixth of an addition's first fusion.
        var fingerprints = blocks.Select(b => Fingerprint(b.OrderBy(i => mentions[i].ArticleId, StringComparer.Ordinal).ThenBy(i => mentions[i].Index)
            .SelectMany(i => new[] { mentions[i].ArticleId, "\u0001", mentions[i].Index.ToString(CultureInfo.InvariantCulture), "\u0001", mentions[i].Json ?? AnnotationLayers.Serialize(mentions[i].Link), "\n" }), separator: false)).ToList();
        // From here on a mention is its article and index: the links (a third of the heap in a build) go
        // before the blocks' documents are read.
        var at = mentions.Select(m => (m.ArticleId, m.Index)).ToArray();
        mentions.Clear();
        mentions.TrimExcess();
        var blocksOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var b = 0; b < blocks.Count; b++)
        {
            foreach (var articleId in blocks[b].Select(i => at[i].ArticleId).Distinct(StringComparer.Ordinal).Where(undated.Contains))
            {
                if (!blocksOf.TryGetValue(articleId, out var list))
                {
                    blocksOf[articleId] = list = [];
                }

                list.Add(b);
            }
        }

        // An article whose blocks are as they were keeps its date and what it was dated from.
        var changed = new List<string>();
        foreach (var articleId in undated.Order(StringComparer.Ordinal))
        {
            var dating = Fingerprint(blocksOf.GetValueOrDefault(articleId, []).Select(b => fingerprints[b]).Order(StringComparer.Ordinal));
            var state = known.GetValueOrDefault(articleId)?.State;
            if (state is not null && state.Dating == dating)
            {
                datings[articleId] = new Dating(dating, state.Constraints, state.ByBlock);
                if (state.Refined is { } refined)
                {
                    dates[articleId] = refined;
                }
            }
            else
            {
                datings[articleId] = new Dating(dating, null, null);
                changed.Add(articleId);
            }
        }

        // Of the blocks of a changed article, only those it has no stored constraints from are fused:
        // a block's constraints depend on its mentions alone, which its fingerprint names.
        var toFuse = changed
            .SelectMany(a => blocksOf.GetValueOrDefault(a, []).Where(b => known.GetValueOrDefault(a)?.State?.ByBlock?.ContainsKey(fingerprints[b]) != true))
            .Distinct().Order().ToList();
        var fusedConstraints = new Dictionary<(string ArticleId, int Block), List<UndatedArticleConstraint>>();
        foreach (var b in toFuse)
        {
            var blockDocs = blocks[b].GroupBy(i => at[i].ArticleId, StringComparer.Ordinal).Select(g => load(g.Key, g.Select(i => at[i].Index).ToHashSet())).ToList();
            foreach (var c in fuser.UndatedConstraints(blockDocs))
            {
                var key = (DocumentKeys.ArticleId(c.DocumentId), b);
                if (!fusedConstraints.TryGetValue(key, out var list))
                {
                    fusedConstraints[key] = list = [];
                }

                list.Add(c);
            }
        }

        // A changed article is dated again only when what its blocks say of it changed; the event
        // numbers within a block are left out of that comparison, since they shift with every event an
        // addition brings and only word the evidence.
        var refinements = new Dictionary<string, UndatedArticleRefiner.Refinement?>(StringComparer.Ordinal);
        var computed = new HashSet<string>(StringComparer.Ordinal);
        var redated = 0;
        foreach (var articleId in changed)
        {
            var state = known.GetValueOrDefault(articleId)?.State;
            var byBlock = new SortedDictionary<string, List<UndatedArticleConstraint>>(StringComparer.Ordinal);
            foreach (var b in blocksOf.GetValueOrDefault(articleId, []))
            {
                byBlock[fingerprints[b]] = state?.ByBlock?.GetValueOrDefault(fingerprints[b]) ?? fusedConstraints.GetValueOrDefault((articleId, b)) ?? [];
            }

            var constraints = byBlock.Values.SelectMany(c => c).ToList();
            var said = Fingerprint(constraints.OrderBy(c => c.EventId, StringComparer.Ordinal).Select(c => AnnotationLayers.Serialize(c with { EventId = string.Empty })));
            datings[articleId] = datings[articleId] with { Constraints = said, ByBlock = byBlock };
            dates.Remove(articleId);
            if (state is not null && state.Constraints == said)
            {
                if (state.Refined is { } refined)
                {
                    dates[articleId] = refined;
                }

                continue;
            }

            redated++;
            if (constraints.Count > 0 && store.GetArticle(articleId) is { } article && UndatedArticleRefiner.Default.Refine(article, constraints) is { } refinement)
            {
                refinements[articleId] = refinement;
                computed.Add(articleId);
                dates[articleId] = refinement.Published;
            }
        }

        // The result holds only what it answers from (a closure here would keep every mention and block alive).
        var cache = new Refinements(store, dates, refinements, computed);
        return new Result(dates, datings, cache.Of, cache.Computed) { BlocksFused = toFuse.Count, MentionsFused = toFuse.Sum(b => blocks[b].Count), Redated = redated };
    }

    /// <summary>The refinements of the dated articles: worked out in this update, stored by an earlier one, or read again.</summary>
    private sealed class Refinements(ICorpusIndexStore store, Dictionary<string, PublicationDate> dates, Dictionary<string, UndatedArticleRefiner.Refinement?> refinements, HashSet<string> computed)
    {
        public UndatedArticleRefiner.Refinement? Of(string articleId)
        {
            if (!dates.TryGetValue(articleId, out var published))
            {
                return null;
            }

            if (!refinements.TryGetValue(articleId, out var refinement))
            {
                // A date kept from an earlier update: its mentions as they were read against it then
                // (stored), else read again.
                var stored = store.ReadRefinedEvents(articleId);
                refinement = stored is not null
                    ? new UndatedArticleRefiner.Refinement(published, EventJsonReader.ReadMentions(stored))
                    : store.GetArticle(articleId) is { } article ? UndatedArticleRefiner.Default.Reread(article, published) : null;
                refinements[articleId] = refinement;
                if (refinement is not null && stored is null)
                {
                    computed.Add(articleId);
                }
            }

            return refinement;
        }

        public Dictionary<string, string> Computed() =>
            computed.ToDictionary(id => id, id => AnnotationLayers.Serialize(refinements[id]!.Mentions), StringComparer.Ordinal);
    }

    private static string Fingerprint(IEnumerable<string> parts, bool separator = true)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        foreach (var part in parts)
        {
            if (Encoding.UTF8.GetMaxByteCount(part.Length) > buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(part.Length));
            }

            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(part, buffer));
            if (separator)
            {
                hash.AppendData("\n"u8);
            }
        }

        ArrayPool<byte>.Shared.Return(buffer);
        return Convert.ToHexString(hash.GetHashAndReset(), 0, 16);
    }
}
