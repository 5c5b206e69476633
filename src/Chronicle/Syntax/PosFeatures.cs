using System.Runtime.CompilerServices;
using Chronicle.Model;

namespace Chronicle.Syntax;

/// <summary>
/// The perceptron's features as hashed buckets. Each token's word, affix and shape hashes are computed
/// once per sentence (no strings are made); a feature is a template number mixed with those hashes and,
/// for the history features, the tags already chosen to the left.
/// </summary>
internal static class PosFeatures
{
    public const int Count = 23;
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Per-token hashes of one sentence.</summary>
    public struct TokenHashes
    {
        public ulong Word;
        public ulong Exact;
        public ulong Suffix1;
        public ulong Suffix2;
        public ulong Suffix3;
        public ulong Suffix4;
        public ulong Prefix1;
        public ulong Prefix2;
        public ulong Shape;
    }

    public static void Hash(ReadOnlySpan<char> text, ReadOnlySpan<Span> spans, Span<TokenHashes> output)
    {
        for (var i = 0; i < spans.Length; i++)
        {
            var s = spans[i];
            var start = Math.Clamp(s.Start, 0, text.Length);
            var end = Math.Clamp(s.End, start, text.Length);
            output[i] = HashWord(text[start..end]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TokenHashes HashWord(ReadOnlySpan<char> w)
    {
        var h = new TokenHashes { Word = Offset, Exact = Offset };
        bool upperFirst = w.Length > 0 && char.IsUpper(w[0]), allUpper = w.Length > 0, anyDigit = false, anyHyphen = false, anyLetter = false;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            h.Exact = (h.Exact ^ c) * Prime;
            h.Word = (h.Word ^ Normal(c)) * Prime;
            anyDigit |= char.IsDigit(c);
            anyHyphen |= c == '-';
            if (char.IsLetter(c))
            {
                anyLetter = true;
                allUpper &= char.IsUpper(c);
            }
        }

        h.Suffix1 = Affix(w, w.Length - 1, w.Length, 1);
        h.Suffix2 = Affix(w, w.Length - 2, w.Length, 2);
        h.Suffix3 = Affix(w, w.Length - 3, w.Length, 3);
        h.Suffix4 = Affix(w, w.Length - 4, w.Length, 4);
        h.Prefix1 = Affix(w, 0, 1, 5);
        h.Prefix2 = Affix(w, 0, 2, 6);
        var shape = (upperFirst ? 1 : 0) | (allUpper && anyLetter ? 2 : 0) | (anyDigit ? 4 : 0) | (anyHyphen ? 8 : 0) | (anyLetter ? 16 : 0) | (Math.Min(w.Length, 4) << 5);
        h.Shape = Mix((ulong)shape, 7);
        return h;
    }

    /// <summary>Fills <paramref name="features"/> with the bucket hashes of token i given the two tags before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Extract(ReadOnlySpan<TokenHashes> tokens, int i, int prev, int prev2, Span<ulong> features)
    {
        var none = new TokenHashes { Word = 11, Suffix3 = 13, Shape = 17 };
        var t = tokens[i];
        var p1 = i > 0 ? tokens[i - 1] : none;
        var p2 = i > 1 ? tokens[i - 2] : none;
        var n1 = i + 1 < tokens.Length ? tokens[i + 1] : none;
        var n2 = i + 2 < tokens.Length ? tokens[i + 2] : none;
        var tp1 = (ulong)(prev + 1);
        var tp2 = (ulong)(prev2 + 1);
        features[0] = Mix(1, 0);
        features[1] = Mix(2, t.Word);
        features[2] = Mix(3, t.Suffix1);
        features[3] = Mix(4, t.Suffix2);
        features[4] = Mix(5, t.Suffix3);
        features[5] = Mix(6, t.Suffix4);
        features[6] = Mix(7, t.Prefix1);
        features[7] = Mix(8, t.Prefix2);
        features[8] = Mix(9, t.Shape ^ (i == 0 ? 0x9E3779B97F4A7C15UL : 0));
        features[9] = Mix(10, tp1);
        features[10] = Mix(11, (tp2 * 31) + tp1);
        features[11] = Mix(12, t.Word ^ (tp1 * 0x9E3779B97F4A7C15UL));
        features[12] = Mix(13, p1.Word);
        features[13] = Mix(14, p1.Suffix3);
        features[14] = Mix(15, p2.Word);
        features[15] = Mix(16, n1.Word);
        features[16] = Mix(17, n1.Suffix3);
        features[17] = Mix(18, n2.Word);
        features[18] = Mix(19, n1.Shape ^ (p1.Shape * 3));
        features[19] = Mix(20, t.Word ^ (n1.Word * 0xC2B2AE3D27D4EB4FUL));
        features[20] = Mix(21, n1.Word ^ (tp1 * 0x9E3779B97F4A7C15UL));
        features[21] = Mix(22, t.Suffix3 ^ (tp1 * 0x9E3779B97F4A7C15UL));
        features[22] = Mix(23, t.Word ^ (p1.Word * 0xC2B2AE3D27D4EB4FUL));
    }

    private static char Normal(char c) => char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);

    private static ulong Affix(ReadOnlySpan<char> w, int start, int end, ulong template)
    {
        if (start < 0 || end > w.Length)
        {
            return Mix(template, 0xFFFF);
        }

        var h = Offset;
        for (var i = start; i < end; i++)
        {
            h = (h ^ Normal(w[i])) * Prime;
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong template, ulong value)
    {
        // splitmix64 finaliser over the template and value: spreads every bit across the bucket index.
        var z = value + (template * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
