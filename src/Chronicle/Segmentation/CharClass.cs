using System.Globalization;

namespace Chronicle.Segmentation;

/// <summary>Character classes shared by the tokenizer and the sentence splitter (ASCII fast paths first).</summary>
internal static class CharClass
{
    /// <summary>Characters that separate tokens: any Unicode space, control or invisible format character.</summary>
    public static bool IsSeparator(char c)
    {
        if (c <= ' ')
        {
            return true;
        }

        if (c < 0x7F)
        {
            return false;
        }

        // U+007F..U+009F are controls and U+00A0 is the no-break space.
        if (c <= 0xA0 || char.IsWhiteSpace(c))
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
    }

    /// <summary>A letter, digit, combining mark or underscore: the stuff words and numbers are made of.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>Invisible characters that may sit inside a word (soft hyphen, zero-width joiners).</summary>
    public static bool IsInWordFormat(char c) => c is '\u00AD' or '\u200C' or '\u200D';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Hyphens that join the parts of a word ("Six-Day"); dashes (en, em) do not.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsDash(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Characters the tokenizer calls symbols rather than punctuation (currency, maths, %, &amp;...).</summary>
    public static bool IsSymbol(char c) =>
        c is '%' or '\u2030' or '\u2031' or '&' or '#' or '@' or '*' or '/' or '\\' or '\u00A7' or '\u00B6' or '\u2020' or '\u2021' or '\u2032' or '\u2033'
        || char.IsSymbol(c);

    /// <summary>Quotes and brackets that may open a sentence.</summary>
    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '(' or '[' or '{' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '\u201E' or '\u00BF' or '\u00A1';

    /// <summary>Quotes and brackets that may close a sentence after its final stop.</summary>
    public static bool IsCloser(char c) =>
        c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A';

    /// <summary>Markers that open a bulleted line.</summary>
    public static bool IsBullet(char c) =>
        c is '\u2022' or '\u25CF' or '\u25AA' or '\u25E6' or '\u2023' or '\u2043' or '\u00B7' or '-' or '*' or '\u2013' or '\u2014';
}
