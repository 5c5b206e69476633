namespace Chronicle.Time;

internal enum TokenType : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// A token of the time tagger: a run of letters, a run of digits, or one other character. Key is a
/// word's <see cref="WordKey"/> (0 for other tokens), for word-list look-ups without re-hashing.
/// </summary>
internal readonly record struct TimeToken(int Start, int End, TokenType Type, int Number, uint Key = 0)
{
    public int Length => End - Start;
}

/// <summary>
/// The tokens of one text for the time tagger. Letters and digits are split into separate runs, so
/// "28th" is a number followed, without a gap, by the word "th"; every other non-space character is
/// a token of its own. Numbers longer than nine digits keep Number = -1.
/// </summary>
internal sealed class TimeTokens
{
    private TimeToken[] tokens;
    private int count;

    public TimeTokens(string text)
    {
        Text = text;
        tokens = new TimeToken[Math.Min(text.Length / 4 + 4, 1 << 20)];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || (c < 128 ? c is '\n' or '\r' or '\t' or '\f' or '\v' : char.IsWhiteSpace(c)))
            {
                i++;
                continue;
            }

            var start = i;
            if (IsLetter(c))
            {
                var key = WordKey.Seed;
                while (i < text.Length && IsLetter(text[i]))
                {
                    key = WordKey.Step(key, text[i]);
                    i++;
                }

                Add(new TimeToken(start, i, TokenType.Word, -1, key));
            }
            else if (char.IsAsciiDigit(c))
            {
                var value = 0L;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (value <= 999_999_999L)
                    {
                        value = value * 10 + (text[i] - '0');
                    }

                    i++;
                }

                Add(new TimeToken(start, i, TokenType.Number, i - start <= 9 ? (int)value : -1));
            }
            else
            {
                i++;
                Add(new TimeToken(start, i, TokenType.Punct, -1));
            }
        }
    }

    public string Text { get; }

    private void Add(TimeToken token)
    {
        if (count == tokens.Length)
        {
            Array.Resize(ref tokens, tokens.Length * 2);
        }

        tokens[count++] = token;
    }

    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    public int Count => count;

    public TimeToken this[int index] => tokens[index];

    public ReadOnlySpan<char> Chars(int index) => Text.AsSpan(tokens[index].Start, tokens[index].Length);

    public bool IsWord(int index) => index >= 0 && index < count && tokens[index].Type == TokenType.Word;

    public bool IsNumber(int index) => index >= 0 && index < count && tokens[index].Type == TokenType.Number;

    public bool Is(int index, string lower) =>
        index >= 0 && index < count && Chars(index).Equals(lower, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int index, char c) =>
        index >= 0 && index < count && tokens[index].Type == TokenType.Punct && Text[tokens[index].Start] == c;

    public bool IsCapitalised(int index) =>
        index >= 0 && index < count && char.IsUpper(Text[tokens[index].Start]);

    /// <summary>True when token index+1 follows token index with no character between them.</summary>
    public bool Adjacent(int index) =>
        index >= 0 && index + 1 < count && tokens[index].End == tokens[index + 1].Start;

    /// <summary>True when a line break separates token index from token index+1.</summary>
    public bool LineBreakAfter(int index)
    {
        if (index < 0 || index + 1 >= count)
        {
            return false;
        }

        for (var p = tokens[index].End; p < tokens[index + 1].Start; p++)
        {
            if (Text[p] == '\n')
            {
                return true;
            }
        }

        return false;
    }
}
