using Chronicle.Resources;

namespace Chronicle.Language;

/// <summary>The language an article's text looks like, and how sure the guess is.</summary>
public sealed record LanguageGuess(string Code, string Name, double Share, bool IsEnglish);

/// <summary>
/// Tells English text from text in other languages by the share of each language's function words
/// among the words. Chronicle's later stages are built for English: an article in another language is
/// flagged rather than tagged with nonsense. Cheap (one pass, no allocation per word beyond lookups)
/// and immutable.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>Fewer words than this say too little to judge: such a text is taken as English.</summary>
    private const int MinimumWords = 20;

    /// <summary>Another language must beat English's share by this factor before the text is flagged.</summary>
    private const double Margin = 1.5;

    private readonly (string Code, string Name, HashSet<string> Words)[] languages;

    // Each function word with the languages that list it (bit l for languages[l]): one look-up per
    // word of the text instead of one per language.
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> languagesOf;

    public LanguageIdentifier()
    {
        languages = ResourceFiles.ReadDataLines("Language/Resources/function-words.tsv")
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 3)
            .Select(parts => (parts[0], parts[1], new HashSet<string>(parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)))
            .ToArray();
        if (languages.Length > 64)
        {
            throw new InvalidDataException("function-words.tsv: more than 64 languages.");
        }

        var masks = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var l = 0; l < languages.Length; l++)
        {
            foreach (var word in languages[l].Words)
            {
                masks[word] = masks.GetValueOrDefault(word) | (1UL << l);
            }
        }

        languagesOf = masks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static LanguageIdentifier Default { get; } = new();

    public LanguageGuess Identify(string text)
    {
        var counts = new int[languages.Length];
        var total = 0;
        Span<char> lower = stackalloc char[32];
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var length = i - start;
            if (length == 0 || length > lower.Length)
            {
                continue;
            }

            total++;
            var word = lower[..length];
            text.AsSpan(start, length).ToLowerInvariant(word);
            if (languagesOf.TryGetValue(word, out var mask))
            {
                for (; mask != 0; mask &= mask - 1)
                {
                    counts[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
                }
            }
        }

        var english = Array.FindIndex(languages, l => l.Code == "en");
        var best = 0;
        for (var l = 1; l < languages.Length; l++)
        {
            if (counts[l] > counts[best])
            {
                best = l;
            }
        }

        double Share(int l) => total == 0 ? 0 : (double)counts[l] / total;
        var englishWins = total < MinimumWords || best == english || counts[best] < counts[english] * Margin;
        var chosen = englishWins ? english : best;
        return new LanguageGuess(languages[chosen].Code, languages[chosen].Name, Share(chosen), englishWins);
    }
}
