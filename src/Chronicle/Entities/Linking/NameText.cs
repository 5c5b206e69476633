using System.Text;

namespace Chronicle.Entities.Linking;

/// <summary>Normal forms of a name as written: the words without a leading "the", a trailing possessive or odd spaces.</summary>
public static class NameText
{
    /// <summary>"the  Norvia's" gives "Norvia"; non-breaking and repeated spaces become one space.</summary>
    public static string Clean(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c is '\u2019' or '\u2018' ? '\'' : c);
        }

        var text = builder.ToString();
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        // "Labour-dominated City Council": a leading compound modifier is not part of the name.
        var firstSpace = text.IndexOf(' ');
        if (firstSpace > 0 && LeadingModifier(text.AsSpan(0, firstSpace)))
        {
            text = text[(firstSpace + 1)..];
        }

        if (text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && text.Length > 3)
        {
            text = text[..^2];
        }
        else if (text.EndsWith("s'", StringComparison.Ordinal) && text.Length > 3)
        {
            text = text[..^1];
        }

        return text.TrimEnd('.', ',', ';', ':');
    }

    private static readonly string[] ModifierEndings = ["-dominated", "-led", "-based", "-backed", "-run", "-owned", "-linked", "-affiliated", "-controlled", "-allied", "-funded", "-sponsored"];

    private static bool LeadingModifier(ReadOnlySpan<char> word)
    {
        foreach (var ending in ModifierEndings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a cleaned name.</summary>
    public static string[] Words(string cleaned) => cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "de", "du", "des", "la", "le", "in", "on", "&" };

    /// <summary>Whether <paramref name="acronym"/> (letters in capitals, dots allowed) spells the initials of <paramref name="name"/>.</summary>
    public static bool IsAcronymOf(string acronym, string name) =>
        AcronymLetters(acronym) is { } letters && Initials(name).Contains(letters, StringComparer.Ordinal);

    /// <summary>The letters an acronym spells ("U.N." gives "UN"), or null when it has a letter not in capitals, a character other than a letter or dot, or fewer than two letters.</summary>
    public static string? AcronymLetters(string acronym)
    {
        var letters = new StringBuilder();
        foreach (var c in acronym)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return null;
                }

                letters.Append(c);
            }
            else if (c != '.')
            {
                return null;
            }
        }

        return letters.Length < 2 ? null : letters.ToString();
    }

    /// <summary>
    /// The initials an acronym of the name can spell, in capitals: those of its content words, then
    /// those of all its words (words split at spaces and hyphens); none for a name of fewer than two words.
    /// </summary>
    public static string[] Initials(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return [];
        }

        var content = string.Concat(words.Where(w => !FunctionWords.Contains(w)).Select(w => char.ToUpperInvariant(w[0])));
        var all = string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
        return [content, all];
    }

    /// <summary>Whether a word is written like an acronym: 2 to 8 letters, all capitals, dots allowed.</summary>
    public static bool LooksLikeAcronym(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8;
    }
}
