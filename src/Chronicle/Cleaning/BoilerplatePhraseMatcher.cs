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

        foreach (var (phrase, reason) in lexicon.BoilerplatePhrases)
        {
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

    /// <summary>"copyright 2023 ..." : the word and a year.</summary>
    private static bool StartsWithCopyrightYear(string key) =>
        key.StartsWith("copyright ", StringComparison.Ordinal) && key.Length > 14
        && key.AsSpan(10).TrimStart("© ".AsSpan()).Length >= 4 && char.IsAsciiDigit(key.AsSpan(10).TrimStart("© ".AsSpan())[0]);
}
