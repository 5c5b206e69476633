using System.Buffers;

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
    private int[]? candidates;
    private int candidateCount;

    public TimeTokens(string text)
        : this(text, null)
    {
    }

    /// <summary>
    /// The tokens of the text; with a filter of the words an expression can start with, also the list of
    /// tokens where one can start (numbers, apostrophes, words the filter may hold), so that the grammar
    /// visits those only.
    /// </summary>
    public TimeTokens(string text, WordFilter? starters)
    {
        Text = text;
        tokens = ArrayPool<TimeToken>.Shared.Rent(Math.Min(text.Length / 5 + 16, 1 << 20));
        if (starters is not null)
        {
            candidates = ArrayPool<int>.Shared.Rent(Math.Min(text.Length / 16 + 16, 1 << 18));
        }

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

                if (starters is not null && starters.MayContain(key))
                {
                    AddCandidate();
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

                if (starters is not null)
                {
                    AddCandidate();
                }

                Add(new TimeToken(start, i, TokenType.Number, i - start <= 9 ? (int)value : -1));
            }
            else
            {
                i++;
                if (starters is not null && c is '\'' or '’')
                {
                    AddCandidate();
                }

                Add(new TimeToken(start, i, TokenType.Punct, -1));
            }
        }
    }

    public string Text { get; }

    /// <summary>The indexes of the tokens where an expression may start, ascending (null without a filter).</summary>
    public ReadOnlySpan<int> Candidates => candidates is null ? default : candidates.AsSpan(0, candidateCount);

    public bool HasCandidates => candidates is not null;

    /// <summary>
    /// Gives the token arrays back to the shared pool (they are rented: a text's tokens take about as
    /// many bytes as its characters, and allocating them afresh for every text costs more than reading
    /// it). The tokens must not be read afterwards.
    /// </summary>
    public void Release()
    {
        ArrayPool<TimeToken>.Shared.Return(tokens);
        tokens = [];
        count = 0;
        if (candidates is not null)
        {
            ArrayPool<int>.Shared.Return(candidates);
            candidates = [];
            candidateCount = 0;
        }
    }

    private static T[] Grow<T>(T[] array, int used)
    {
        var bigger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        Array.Copy(array, bigger, used);
        ArrayPool<T>.Shared.Return(array);
        return bigger;
    }

    /// <summary>Records that the token about to be added may start an expression.</summary>
    private void AddCandidate()
    {
        if (candidateCount == candidates!.Length)
        {
            candidates = Grow(candidates, candidateCount);
        }

        candidates[candidateCount++] = count;
    }

    private void Add(TimeToken token)
    {
        if (count == tokens.Length)
        {
            tokens = Grow(tokens, count);
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
