using System.Buffers;
using System.Runtime.CompilerServices;
using Chronicle.Entities.Gazetteers;
using Chronicle.Model;

namespace Chronicle.Entities.Ner;

/// <summary>
/// Turns the tokens of one sentence into hashed feature ids, <see cref="FeaturesPerToken"/> per token:
/// the word and its neighbours (+-2) in lower case, shapes, prefixes and suffixes, casing and the
/// sentence-initial flag, gazetteer membership with its position (including title cues before the
/// word), the article's capitalisation evidence, a treebank lexicon class and distributional word classes
/// of the word and its neighbours. Every feature is a hash
/// of spans of the text mixed with a template id, folded into 2^bits buckets: no string is built.
/// Immutable and thread-safe.
/// </summary>
public sealed class NerFeatureExtractor
{
    public const int FeaturesPerToken = 38;

    private const GazetteerKind FeatureKinds = GazetteerKindNames.Political | GazetteerKindNames.Norp | GazetteerKind.FacilityCue | GazetteerKind.Title | GazetteerKind.OrgCue | GazetteerKind.GivenName;
    private static readonly ulong Boundary = FeatureHash.Lower("<s>");
    private static readonly ulong[] TemplateSeeds = Enumerable.Range(0, FeaturesPerToken).Select(t => FeatureHash.Mix(0x5EED_0000UL + (ulong)t, 0xC0FFEEUL)).ToArray();

    private readonly Gazetteer gazetteer;
    private readonly WordLexicon lexicon;
    private readonly WordClusters clusters;
    private readonly ulong mask;

    public NerFeatureExtractor(Gazetteer gazetteer, WordLexicon lexicon, int bucketBits, WordClusters? clusters = null)
    {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.clusters = clusters ?? WordClusters.Empty;
        BucketBits = bucketBits;
        mask = (1UL << bucketBits) - 1;
    }

    public int BucketBits { get; }

    public Gazetteer Gazetteer => gazetteer;

    public WordLexicon Lexicon => lexicon;

    /// <summary>Writes tokens.Length x <see cref="FeaturesPerToken"/> bucket ids into <paramref name="features"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Extract(string text, ReadOnlySpan<Span> tokens, DocumentCasing casing, Span<int> features)
    {
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        // One rented buffer for the four per-token arrays: four rents of one size per sentence
        // overflowed the pool's per-thread slot and went through its shared, locked stacks.
        var rented = ArrayPool<ulong>.Shared.Rent(4 * n);
        var lower = rented.AsSpan(0, n);
        var shape = rented.AsSpan(n, n);
        var info = rented.AsSpan(2 * n, n);
        var cluster = rented.AsSpan(3 * n, n);
        try
        {
            var initial = WordShape.FirstWordIndex(text, tokens);
            for (var i = 0; i < n; i++)
            {
                var word = tokens[i].Slice(text);
                lower[i] = FeatureHash.Lower(word);
                cluster[i] = (ulong)clusters.ClassOf(lower[i]);
                shape[i] = WordShape.ShapeHash(word);
                var kind = WordShape.Casing(word);
                var lex = lexicon.ClassOf(lower[i]);
                var length = Math.Min(word.Length, 12);
                var doc = (casing.SeenCapitalisedMidSentence(lower[i]) ? 1UL : 0) | (casing.SeenLowerCase(lower[i]) ? 2UL : 0);

                // info packs: casing (3 bits), initial (1), doc evidence (2), lexicon class (8), length (4), gazetteer (16 + 2 position)
                info[i] = (ulong)kind | ((i == initial ? 1UL : 0) << 3) | (doc << 4) | ((ulong)lex << 6) | ((ulong)length << 14);
            }

            MarkGazetteer(text, tokens, info, n);
            for (var i = 0; i < n; i++)
            {
                var word = tokens[i].Slice(text);
                var row = features.Slice(i * FeaturesPerToken, FeaturesPerToken);
                var l0 = lower[i];
                var lm1 = i > 0 ? lower[i - 1] : Boundary;
                var lm2 = i > 1 ? lower[i - 2] : Boundary;
                var lp1 = i + 1 < n ? lower[i + 1] : Boundary;
                var lp2 = i + 2 < n ? lower[i + 2] : Boundary;
                var s0 = shape[i];
                var sm1 = i > 0 ? shape[i - 1] : Boundary;
                var sp1 = i + 1 < n ? shape[i + 1] : Boundary;
                var inf = info[i];
                var casing0 = inf & 0xF;
                var casingM1 = i > 0 ? info[i - 1] & 7 : 7;
                var casingP1 = i + 1 < n ? info[i + 1] & 7 : 7;
                var doc0 = (inf >> 4) & 3;
                var lex0 = (inf >> 6) & 0xFF;
                var length0 = (inf >> 14) & 0xF;
                var gaz0 = inf >> 18;
                var gazM1 = i > 0 ? (info[i - 1] >> 20) : 0x10000UL;
                var gazP1 = i + 1 < n ? (info[i + 1] >> 20) : 0x10000UL;
                var gazM2 = i > 1 ? (info[i - 2] >> 20) : 0x10000UL;

                row[0] = Bucket(0, 1);
                row[1] = Bucket(1, l0);
                row[2] = Bucket(2, lm1);
                row[3] = Bucket(3, lp1);
                row[4] = Bucket(4, lm2);
                row[5] = Bucket(5, lp2);
                row[6] = Bucket(6, s0);
                row[7] = Bucket(7, sm1);
                row[8] = Bucket(8, sp1);
                // The prefixes' hashes grow one character at a time (FNV-1a reads left to right): the
                // same values as hashing each prefix on its own.
                var prefix = FeatureHash.Offset;
                for (var k = 1; k <= 4; k++)
                {
                    var m = Math.Min(k, word.Length);
                    if (k <= word.Length)
                    {
                        prefix = FeatureHash.Add(prefix, char.ToLowerInvariant(word[k - 1]));
                    }

                    row[8 + k] = Bucket(8 + k, FeatureHash.Mix(prefix, (ulong)k));
                    row[12 + k] = Bucket(12 + k, FeatureHash.Mix(FeatureHash.Lower(word[^m..]), (ulong)k));
                }

                row[17] = Bucket(17, casing0);
                row[18] = Bucket(18, FeatureHash.Mix(lm1, l0));
                row[19] = Bucket(19, FeatureHash.Mix(l0, lp1));
                row[20] = Bucket(20, FeatureHash.Mix(sm1, s0, sp1));
                row[21] = Bucket(21, gaz0);
                row[22] = Bucket(22, gazM1);
                row[23] = Bucket(23, gazP1);
                row[24] = Bucket(24, gazM2);
                row[25] = Bucket(25, casing0 | (doc0 << 4));
                row[26] = Bucket(26, lex0);
                row[27] = Bucket(27, lex0 | (casing0 << 8));
                row[28] = Bucket(28, FeatureHash.Mix(l0, casing0));
                row[29] = Bucket(29, casingM1 | (casing0 << 4) | (casingP1 << 8));
                row[30] = Bucket(30, FeatureHash.Mix(lm1, casing0));
                row[31] = Bucket(31, FeatureHash.Mix(lp1, casing0));
                row[32] = Bucket(32, gaz0 | (casing0 << 20));
                row[33] = Bucket(33, length0 | (casing0 << 4) | (doc0 << 8));
                var cm1 = i > 0 ? cluster[i - 1] : 0xFFFFUL;
                var cp1 = i + 1 < n ? cluster[i + 1] : 0xFFFFUL;
                row[34] = Bucket(34, cluster[i]);
                row[35] = Bucket(35, cluster[i] | (casing0 << 16));
                row[36] = Bucket(36, cm1 | (casing0 << 16));
                row[37] = Bucket(37, cp1 | (casing0 << 16));
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>Greedy longest gazetteer matches, left to right; bits 18-19 of info: position (1 single, 2 first, 3 later), 20+: kinds.</summary>
    private void MarkGazetteer(string text, ReadOnlySpan<Span> tokens, Span<ulong> info, int n)
    {
        var i = 0;
        while (i < n)
        {
            var length = gazetteer.LongestMatch(text, tokens, i, out var kinds);
            if (length == 0)
            {
                i++;
                continue;
            }

            var matched = Effective(kinds, text, tokens.Slice(i, length));
            if (matched == GazetteerKind.None)
            {
                i++;
                continue;
            }

            for (var k = 0; k < length; k++)
            {
                var position = length == 1 ? 1UL : k == 0 ? 2UL : 3UL;
                info[i + k] |= (position | ((ulong)matched << 2)) << 18;
            }

            i += length;
        }
    }

    /// <summary>Country codes count only in capitals ("US", not "us"); everything else as listed.</summary>
    internal static GazetteerKind Effective(GazetteerKind kinds, string text, ReadOnlySpan<Span> tokens)
    {
        var result = kinds & FeatureKinds;
        if ((kinds & GazetteerKind.CountryCode) != 0 && tokens.Length == 1 && WordShape.Casing(tokens[0].Slice(text)) == CasingKind.Upper)
        {
            result |= GazetteerKind.Country;
        }

        return result;
    }

    private int Bucket(int template, ulong value) => (int)(FeatureHash.Mix(TemplateSeeds[template], value) & mask);
}
