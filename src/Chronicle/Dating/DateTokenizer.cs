namespace Chronicle.Dating;

internal enum DateTokenKind
{
    Number,
    Word,
    Punctuation,
}

/// <summary>A run of digits, of letters, or one other non-space character of a date string.</summary>
internal readonly record struct DateToken(DateTokenKind Kind, int Start, int End, int Value)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text[Start..End];
}

/// <summary>Splits a date string into digit runs, letter runs and single punctuation marks; spaces separate.</summary>
internal static class DateTokenizer
{
    /// <summary>Digit runs longer than this are not part of a written date; their value is not read.</summary>
    private const int MaxDigits = 8;

    public static List<DateToken> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<DateToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                var value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (i - start < MaxDigits)
                    {
                        value = (value * 10) + (text[i] - '0');
                    }

                    i++;
                }

                tokens.Add(new DateToken(DateTokenKind.Number, start, i, i - start <= MaxDigits ? value : -1));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new DateToken(DateTokenKind.Word, start, i, 0));
            }
            else
            {
                tokens.Add(new DateToken(DateTokenKind.Punctuation, i, i + 1, 0));
                i++;
            }
        }

        return tokens;
    }
}
