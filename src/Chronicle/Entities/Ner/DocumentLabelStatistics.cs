using Chronicle.Model;

namespace Chronicle.Entities.Ner;

/// <summary>
/// What a first tagger's labels say across one article, for <see cref="DocumentLabelFeatures"/>: how
/// often each word form (exact and in lower case) and each name is tagged O, PER, ORG or LOC; in which
/// longer names a word stands and where; and the kind of each word form's first mention. Kinds are
/// indexed 0 O, 1 PER, 2 ORG, 3 LOC. Immutable once built.
/// </summary>
public sealed class DocumentLabelStatistics
{
    private const int Kinds = 4;

    private readonly Dictionary<ulong, int[]> exact = [];
    private readonly Dictionary<ulong, int[]> lower = [];
    private readonly Dictionary<ulong, int[]> names = [];

    // For a word inside names of two words or more: counts by type x position (first, inner, last).
    private readonly Dictionary<ulong, int[]> longer = [];
    private readonly Dictionary<ulong, (int Sentence, int Token, int Kind)> first = [];

    /// <summary>The statistics of the article's sentences (tokens) and their first-stage BIO labels.</summary>
    public static DocumentLabelStatistics Build(string text, IReadOnlyList<Span[]> sentences, IReadOnlyList<int[]> labels)
    {
        var statistics = new DocumentLabelStatistics();
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            var tags = labels[s];
            for (var i = 0; i < tokens.Length; i++)
            {
                var word = tokens[i].Slice(text);
                var kind = NerLabels.TypeOf(tags[i]) + 1;
                var hash = Exact(word);
                Counts(statistics.exact, hash, Kinds)[kind]++;
                Counts(statistics.lower, FeatureHash.Lower(word), Kinds)[kind]++;
                statistics.first.TryAdd(hash, (s, i, kind));
                var position = DocumentLabelFeatures.LongerPosition(tags, i);
                if (position > 0)
                {
                    Counts(statistics.longer, hash, 9)[((kind - 1) * 3) + position - 1]++;
                }

                if (NerLabels.IsBegin(tags[i]))
                {
                    var end = i + 1;
                    while (end < tokens.Length && NerLabels.IsInside(tags[end]))
                    {
                        end++;
                    }

                    Counts(statistics.names, NameHash(text, tokens.AsSpan(i, end - i)), Kinds)[kind]++;
                }
            }
        }

        return statistics;
    }

    /// <summary>A case-sensitive hash of a word ("Apple" and "apple" differ).</summary>
    public static ulong Exact(ReadOnlySpan<char> word)
    {
        var hash = FeatureHash.Offset;
        foreach (var c in word)
        {
            hash = FeatureHash.Add(hash, c);
        }

        return hash;
    }

    /// <summary>A case-sensitive hash of a name's words in order.</summary>
    public static ulong NameHash(string text, ReadOnlySpan<Span> tokens)
    {
        var hash = FeatureHash.Offset;
        foreach (var token in tokens)
        {
            hash = FeatureHash.Mix(hash, Exact(token.Slice(text)));
        }

        return hash;
    }

    /// <summary>How often the word form (exact case) is tagged with each kind, into <paramref name="counts"/> (4).</summary>
    public void ExactCounts(ulong exactHash, Span<int> counts) => Copy(exact, exactHash, counts);

    /// <summary>How often the word form in lower case is tagged with each kind.</summary>
    public void LowerCounts(ulong lowerHash, Span<int> counts) => Copy(lower, lowerHash, counts);

    /// <summary>How often the name (its <see cref="NameHash"/>) is tagged with each kind (O: never counted).</summary>
    public void NameCounts(ulong nameHash, Span<int> counts) => Copy(names, nameHash, counts);

    /// <summary>
    /// The type and position (type x 3 + position, and the count up to 3, in bits 4+) most of the word's
    /// other places inside longer names have; 0xFFFF when it has none. The token's own place (its label and
    /// <see cref="DocumentLabelFeatures.LongerPosition"/>) is left out.
    /// </summary>
    public ulong LongerName(ulong exactHash, int ownLabel, int ownPosition)
    {
        if (!longer.TryGetValue(exactHash, out var counts))
        {
            return 0xFFFF;
        }

        var own = ownPosition > 0 ? (NerLabels.TypeOf(ownLabel) * 3) + ownPosition - 1 : -1;
        var best = -1;
        var top = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            var count = counts[k] - (k == own ? 1 : 0);
            if (count > top)
            {
                top = count;
                best = k;
            }
        }

        return best < 0 ? 0xFFFF : (ulong)(uint)best | ((ulong)Math.Min(top, 3) << 4);
    }

    /// <summary>The kind of the word form's first mention in the article; -1 when this token is that mention.</summary>
    public int FirstMention(ulong exactHash, int sentence, int token) =>
        first.TryGetValue(exactHash, out var at) && (at.Sentence != sentence || at.Token != token) ? at.Kind : -1;

    private static int[] Counts(Dictionary<ulong, int[]> table, ulong key, int size)
    {
        if (!table.TryGetValue(key, out var counts))
        {
            counts = new int[size];
            table[key] = counts;
        }

        return counts;
    }

    private static void Copy(Dictionary<ulong, int[]> table, ulong key, Span<int> counts)
    {
        if (table.TryGetValue(key, out var found))
        {
            found.CopyTo(counts);
        }
        else
        {
            counts.Clear();
        }
    }
}
