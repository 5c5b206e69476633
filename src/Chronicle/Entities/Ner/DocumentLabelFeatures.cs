using System.Runtime.CompilerServices;
using Chronicle.Model;

namespace Chronicle.Entities.Ner;

/// <summary>
/// The features a second-stage tagger reads from a first tagger's labels over the whole article
/// (two-stage stacking, Krishnan and Manning 2006; context aggregation, Ratinov and Roth 2009): the
/// first stage's label of the word and its neighbours, the type the same word and the same name get
/// elsewhere in the article, whether the word is part of a longer name elsewhere ("Okafor" after
/// "Grace Okafor"), and the type of the word's first mention. The first stage sees one sentence at a
/// time; these let the second make one article's mentions of a name agree. <see cref="Count"/> bucket
/// ids per token, hashed like <see cref="NerFeatureExtractor"/>'s.
/// </summary>
public static class DocumentLabelFeatures
{
    public const int Count = 8;

    /// <summary>
    /// The features hash into the first 2^16 buckets of the second stage's table: they take few values (label
    /// kinds and small counts), so this many keeps them apart, and their rows stay near each other in memory.
    /// </summary>
    public const int BucketBits = 16;

    // Counts by kind: 0 O, 1 PER, 2 ORG, 3 LOC (the label's type plus one).
    private const int Kinds = 4;
    private const ulong None = 0xFFFF;
    private const ulong Mask = (1UL << BucketBits) - 1;

    private static readonly ulong[] TemplateSeeds = Enumerable.Range(0, Count).Select(t => FeatureHash.Mix(0xD0C0_0000UL + (ulong)t, 0xBEEFUL)).ToArray();

    /// <summary>
    /// Writes, for sentence <paramref name="sentence"/> of the article, tokens.Length x <see cref="Count"/> bucket
    /// ids into <paramref name="features"/>, from the first stage's BIO labels of every sentence (<paramref name="labels"/>).
    /// </summary>
    public static void Extract(string text, DocumentLabelStatistics statistics, int sentence, ReadOnlySpan<Span> tokens, ReadOnlySpan<int> labels, Span<int> features)
    {
        var n = tokens.Length;
        Span<int> others = stackalloc int[Kinds];
        for (var i = 0; i < n; i++)
        {
            var row = features.Slice(i * Count, Count);
            var word = tokens[i].Slice(text);
            var own = labels[i];
            var kind = (ulong)(NerLabels.TypeOf(own) + 1);
            var previous = i > 0 ? (ulong)labels[i - 1] : 15;
            var next = i + 1 < n ? (ulong)labels[i + 1] : 15;
            var exact = DocumentLabelStatistics.Exact(word);
            var lower = FeatureHash.Lower(word);
            var casing = (ulong)WordShape.Casing(word);

            statistics.ExactCounts(exact, others);
            others[(int)kind]--;
            row[0] = Bucket(0, (ulong)own);
            row[1] = Bucket(1, previous | ((ulong)own << 4) | (next << 8));
            row[2] = Bucket(2, Majority(others));
            row[3] = Bucket(3, Present(others) | (casing << 4));

            statistics.LowerCounts(lower, others);
            others[(int)kind]--;
            row[4] = Bucket(4, Majority(others));

            row[5] = Bucket(5, NameMajority(text, statistics, tokens, labels, i));
            row[6] = Bucket(6, statistics.LongerName(exact, own, LongerPosition(labels, i)) | ((ulong)own << 8));
            var first = statistics.FirstMention(exact, sentence, i);
            row[7] = Bucket(7, (first < 0 ? None : (ulong)(uint)first) | ((ulong)own << 16));
        }
    }

    /// <summary>For a token inside a first-stage name: whether it opens it, and the type other mentions of the same name get.</summary>
    private static ulong NameMajority(string text, DocumentLabelStatistics statistics, ReadOnlySpan<Span> tokens, ReadOnlySpan<int> labels, int i)
    {
        if (labels[i] == 0)
        {
            return None;
        }

        var start = i;
        while (start > 0 && NerLabels.IsInside(labels[start]))
        {
            start--;
        }

        var end = i + 1;
        while (end < labels.Length && NerLabels.IsInside(labels[end]))
        {
            end++;
        }

        Span<int> others = stackalloc int[Kinds];
        statistics.NameCounts(DocumentLabelStatistics.NameHash(text, tokens[start..end]), others);
        others[NerLabels.TypeOf(labels[i]) + 1]--;
        return Majority(others) | ((ulong)(i == start ? 1 : 2) << 8);
    }

    /// <summary>0 outside a name of two words or more, else 1 first word, 2 inner word, 3 last word.</summary>
    internal static int LongerPosition(ReadOnlySpan<int> labels, int i)
    {
        if (labels[i] == 0)
        {
            return 0;
        }

        var opens = !NerLabels.IsInside(labels[i]);
        var continues = i + 1 < labels.Length && NerLabels.IsInside(labels[i + 1]);
        return opens ? (continues ? 1 : 0) : continues ? 2 : 3;
    }

    /// <summary>The kind most of the counts have and how many (1, 2, 3 or more); <see cref="None"/> when there are none.</summary>
    private static ulong Majority(ReadOnlySpan<int> counts)
    {
        var best = -1;
        var top = 0;
        for (var k = 0; k < Kinds; k++)
        {
            if (counts[k] > top)
            {
                top = counts[k];
                best = k;
            }
        }

        return best < 0 ? None : (ulong)(uint)best | ((ulong)Math.Min(top, 3) << 2);
    }

    /// <summary>Which kinds occur among the counts, one bit each.</summary>
    private static ulong Present(ReadOnlySpan<int> counts)
    {
        var bits = 0UL;
        for (var k = 0; k < Kinds; k++)
        {
            if (counts[k] > 0)
            {
                bits |= 1UL << k;
            }
        }

        return bits;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(int template, ulong value) => (int)(FeatureHash.Mix(TemplateSeeds[template], value) & Mask);
}
