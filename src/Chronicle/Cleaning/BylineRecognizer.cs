namespace Chronicle.Cleaning;

/// <summary>
/// Recognises a byline: "By Jane Doe", "Written by Jane Doe and John Roe, Staff Writers",
/// "Author: Jane Doe" — a byline label then a few capitalised names, no sentence.
/// </summary>
internal sealed class BylineRecognizer(CleaningLexicon lexicon)
{
    private const int MaxWords = 12;

    public bool IsByline(LineShape shape)
    {
        if (shape.IsBlank || shape.Words > MaxWords || shape.EndsSentence)
        {
            return false;
        }

        var content = shape.Content;
        foreach (var label in lexicon.BylineLabels)
        {
            if (!content.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = content.AsSpan(label.Length);
            if (rest.IsEmpty || char.IsLetterOrDigit(rest[0]))
            {
                continue;
            }

            rest = rest.TrimStart(" :\u00A0".AsSpan());
            return StartsWithName(rest);
        }

        return false;
    }

    /// <summary>The first two words are capitalised names (or an @handle): "Jane Doe", not "the way".</summary>
    private static bool StartsWithName(ReadOnlySpan<char> rest)
    {
        var words = LineShape.WordsOf(rest.ToString()).Take(2).ToArray();
        return words.Length >= 1 && words.All(w => char.IsUpper(w[0]) || w[0] == '@');
    }
}
