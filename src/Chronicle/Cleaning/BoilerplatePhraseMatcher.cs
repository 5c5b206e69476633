namespace Chronicle.Cleaning;

/// <summary>
/// Finds the furniture phrases of the lexicon ("we use cookies", "all rights reserved", "follow us
/// on", "sign up for our") inside a short line, as whole words.
/// </summary>
internal sealed class BoilerplatePhraseMatcher(CleaningLexicon lexicon)
{
    /// <summary>A line longer than this is prose, whatever phrase it contains.</summary>
    public const int MaxWords = 45;

    /// <summary>Inside the body only a line this short is judged by a phrase (a cookie banner, not a sentence about cookies).</summary>
    public const int MaxWordsInBody = 12;

    // Each phrase's first two characters as one of 4,096 bits (none for a phrase shorter than two, which
    // is always searched): a phrase whose bit is not among the line's pairs of adjacent characters cannot
    // be in it, so most phrases are passed over without a search.
    private const int PairBits = 4096;
    private readonly int[] firstPairs = lexicon.BoilerplatePhrases.Select(p => p.Phrase.Length < 2 ? -1 : Pair(p.Phrase[0], p.Phrase[1])).ToArray();

    /// <summary>The reason of the first phrase the line contains, or null.</summary>
    public string? Match(LineShape shape)
    {
        if (shape.IsBlank || shape.Words > MaxWords)
        {
            return null;
        }

        var key = shape.Key;
        if (key.StartsWith('©') || key.StartsWith("(c) ", StringComparison.Ordinal) || StartsWithCopyrightYear(key))
        {
            return "footer";
        }

        Span<ulong> pairs = stackalloc ulong[PairBits / 64];
        pairs.Clear();
        for (var i = 1; i < key.Length; i++)
        {
            var pair = Pair(key[i - 1], key[i]);
            pairs[pair >> 6] |= 1UL << pair;
        }

        var phrases = lexicon.BoilerplatePhrases;
        for (var p = 0; p < phrases.Count; p++)
        {
            var first = firstPairs[p];
            if (first >= 0 && (pairs[first >> 6] & (1UL << first)) == 0)
            {
                continue;
            }

            var (phrase, reason) = phrases[p];
            var at = key.IndexOf(phrase, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + phrase.Length;
                var startsWord = at == 0 || !char.IsLetterOrDigit(key[at - 1]);
                var endsWord = end == key.Length || !char.IsLetterOrDigit(key[end]) || !char.IsLetterOrDigit(phrase[^1]);
                if (startsWord && endsWord)
                {
                    return reason;
                }

                at = key.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            }
        }

        return null;
    }

    private static int Pair(char first, char second) => ((first * 67) + second) & (PairBits - 1);

    /// <summary>"copyright 2023 ..." : the word and a year.</summary>
    private static bool StartsWithCopyrightYear(string key) =>
        key.StartsWith("copyright ", StringComparison.Ordinal) && key.Length > 14
        && key.AsSpan(10).TrimStart("© ".AsSpan()).Length >= 4 && char.IsAsciiDigit(key.AsSpan(10).TrimStart("© ".AsSpan())[0]);
}
