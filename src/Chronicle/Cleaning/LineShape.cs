using Chronicle.Text;

namespace Chronicle.Cleaning;

/// <summary>
/// The measurable features of one input line that the cleaner's rules and scores read: its text
/// without surrounding spaces or bullet marker, word count, end punctuation, capitalisation pattern,
/// blank lines around it. Computed once per line.
/// </summary>
internal sealed class LineShape
{
    private LineShape(int number, string raw, string trimmed, string content, bool isBullet)
    {
        Number = number;
        Raw = raw;
        Trimmed = trimmed;
        Content = content;
        IsBullet = isBullet;
        Key = LineKey.Of(content);
        Words = WordCount.Of(content);
        EndsSentence = EndsLikeSentence(content);
        IsBlank = trimmed.Length == 0;
    }

    /// <summary>1-based line number in the input.</summary>
    public int Number { get; }

    /// <summary>The line as it was (without the line break).</summary>
    public string Raw { get; }

    /// <summary>The line without surrounding whitespace: what the clean text keeps.</summary>
    public string Trimmed { get; }

    /// <summary>The line without surrounding whitespace and without a leading bullet marker.</summary>
    public string Content { get; }

    public string Key { get; }

    public bool IsBlank { get; }

    public bool IsBullet { get; }

    /// <summary>A bullet marker with nothing after it.</summary>
    public bool IsEmptyBullet => IsBullet && Content.Length == 0;

    public int Words { get; }

    /// <summary>Ends with . ! ? or … (closing quotes and brackets after it allowed), as a sentence does.</summary>
    public bool EndsSentence { get; }

    /// <summary>Ends with a full stop before a closing bracket: "(PLO)." belongs to a sentence, not a credit.</summary>
    public bool EndsSentenceAfterParenthesis() => Content.EndsWith(").", StringComparison.Ordinal) || Content.EndsWith(".)", StringComparison.Ordinal);

    public int BlankBefore { get; set; }

    public int BlankAfter { get; set; }

    public static LineShape Create(int number, string raw)
    {
        var trimmed = raw.Trim();
        var content = trimmed;
        var isBullet = false;
        if (trimmed.Length > 0 && IsBulletChar(trimmed[0]) && (trimmed.Length == 1 || char.IsWhiteSpace(trimmed[1])))
        {
            isBullet = true;
            content = trimmed[1..].TrimStart();
        }

        return new LineShape(number, raw, trimmed, content, isBullet);
    }

    /// <summary>Characters that mark a list item when they open a line followed by a space.</summary>
    public static bool IsBulletChar(char c) =>
        c is '•' or '·' or '●' or '○' or '◦' or '▪' or '▫' or '■' or '□' or '‣' or '⁃' or '∙' or '*' or '-' or '–' or '—' or '►' or '▶' or '→';

    /// <summary>Share of the words after the first that start with a capital, ignoring Title Case minor words.</summary>
    public double TitleShare(CleaningLexicon lexicon)
    {
        var counted = 0;
        var capitalised = 0;
        var first = true;
        foreach (var word in WordsOf(Content))
        {
            if (first)
            {
                first = false;
                continue;
            }

            var letterAt = 0;
            while (letterAt < word.Length && !char.IsLetterOrDigit(word[letterAt]))
            {
                letterAt++;
            }

            if (letterAt == word.Length || !char.IsLetter(word[letterAt]))
            {
                continue;
            }

            var letterEnd = letterAt;
            while (letterEnd < word.Length && char.IsLetter(word[letterEnd]))
            {
                letterEnd++;
            }

            var isUpper = char.IsUpper(word[letterAt]);
            if (!isUpper && lexicon.IsTitleCaseMinorWord(word.AsSpan(letterAt, letterEnd - letterAt)))
            {
                continue;
            }

            counted++;
            if (isUpper)
            {
                capitalised++;
            }
        }

        return counted == 0 ? 0 : (double)capitalised / counted;
    }

    public static IEnumerable<string> WordsOf(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool EndsLikeSentence(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or '”' or '’' or ')' or ']' or '»'))
        {
            i--;
        }

        return i >= 0 && text[i] is '.' or '!' or '?' or '…';
    }
}
