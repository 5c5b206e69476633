using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

        // News text has about one token per five characters; a quarter leaves room, so the array is
        // rarely grown (and copied) while reading.
        tokens = ArrayPool<TimeToken>.Shared.Rent(Math.Min(text.Length / 4 + 16, 1 << 20));
        if (starters is not null)
        {
            candidates = ArrayPool<int>.Shared.Rent(Math.Min(text.Length / 16 + 16, 1 << 18));
        }

        Scan(text, starters);
    }

    private const byte Space = 1;
    private const byte Letter = 2;
    private const byte Digit = 3;

    /// <summary>
    /// The class of every ASCII character: 0 other, 1 space as the tokeniser reads it (' ', \t, \n, \v,
    /// \f, \r), 2 letter, 3 digit. Constant data, so that a look-up after a test for ASCII needs no
    /// bounds check.
    /// </summary>
    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// Reads the tokens: runs of ASCII text in <see cref="ScanAscii"/>, a loop without calls (so that the
    /// JIT keeps its state in registers; with calls in the loop it kept the word hash and position on
    /// the stack, a store and a load per letter), and whatever stops it (a character past ASCII, a full
    /// array) one token at a time in <see cref="ScanOne"/>.
    /// </summary>
    private void Scan(string text, WordFilter? starters)
    {
        var toks = tokens;
        var n = 0;
        var cands = candidates;
        var candCount = 0;
        var span = text.AsSpan();
        var i = 0;
        while (true)
        {
            i = ScanAscii(span, i, toks, ref n, cands, ref candCount, starters);
            if (i >= span.Length)
            {
                break;
            }

            if (n == toks.Length)
            {
                toks = Grow(toks, n);
            }

            if (cands is not null && candCount == cands.Length)
            {
                cands = Grow(cands, candCount);
            }

            i = ScanOne(span, i, toks, ref n, cands, ref candCount, starters);
        }

        tokens = toks;
        count = n;
        candidates = cands;
        candidateCount = candCount;
    }

    /// <summary>
    /// Reads tokens of ASCII characters from i on, and returns where it stopped: the end of the text, or
    /// the start of a token it leaves to <see cref="ScanOne"/> (one with a character past ASCII, or one
    /// that the arrays have no room for). Not inlined: inside a larger method its state would share the
    /// registers with that method's.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static int ScanAscii(ReadOnlySpan<char> span, int i, TimeToken[] toks, ref int count, int[]? cands, ref int candidateCount, WordFilter? starters)
    {
        var filter = starters?.Table;
        var n = count;
        var candCount = candidateCount;
        while (i < span.Length)
        {
            if (Vector128.IsHardwareAccelerated && span.Length - i >= WindowLength + 8 && toks.Length - n >= WindowLength && (cands is null || cands.Length - candCount >= WindowLength))
            {
                // The tokens that end within the next 64 characters, from bit masks of their classes, with no
                // branch per character or per token class: the k-th token starts at the k-th bit of starts
                // and ends after the k-th bit of lasts. A token that reaches the window's last character may
                // go on past it, so the next window starts there.
                var covered = ClassifyWindow(span, i, out var letters, out var digits, out var others);
                var starts = (letters & ~(letters << 1)) | (digits & ~(digits << 1)) | others;
                var lasts = (letters & ~(letters >> 1)) | (digits & ~(digits >> 1)) | others;
                var stop = BitOperations.TrailingZeroCount(~covered);
                var complete = stop == 0 ? 0 : BitOperations.PopCount(lasts & ((1UL << (stop - 1)) - 1));
                for (var k = 0; k < complete; k++)
                {
                    var p = BitOperations.TrailingZeroCount(starts);
                    var end = BitOperations.TrailingZeroCount(lasts) + 1;
                    starts &= starts - 1;
                    lasts &= lasts - 1;
                    var at = i + p;
                    var length = end - p;
                    var word = (uint)(letters >> p) & 1;
                    var number = (uint)(digits >> p) & 1;

                    // A word's key as WordKey.Of makes it (eight characters from at on are in the text, by the
                    // window's condition); other tokens' key is 0.
                    var folded = (Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span)), (nuint)at) | Vector128.Create((ushort)0x20))
                        & Vector128.GreaterThan(Vector128.Create((ushort)Math.Min(length, 8)), LaneIndexes);
                    var head = folded.AsUInt64().GetElement(0);
                    var tail = length < 8 ? folded.AsUInt64().GetElement(1)
                        : Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(span), at + length - 4))) | WordKey.FoldBits;
                    var key = WordKey.Mix(head, tail, length) & (0u - word);
                    var value = -1;
                    if (number != 0)
                    {
                        NumberEnd(span, at, out value);
                    }

                    if (cands is not null)
                    {
                        // Appended always, counted only where an expression can start: a word the filter may
                        // hold, a number, an apostrophe before a digit.
                        var slot = WordFilter.Slot(key);
                        var filtered = filter is null ? 0u : (uint)(filter[slot >> 6] >> (slot & 63)) & 1;
                        var apostrophe = span[at] == '\'' && char.IsAsciiDigit(span[at + 1]) ? 1u : 0u;
                        cands[candCount] = n;
                        candCount += (int)((word & filtered) | number | apostrophe);
                    }

                    toks[n++] = new TimeToken(at, i + end, (TokenType)((1 - word) * (2 - number)), value, key);
                }

                var next = starts == 0 ? stop : BitOperations.TrailingZeroCount(starts);
                if (next > 0)
                {
                    i += next;
                    continue;
                }

                // A token as long as the window, or a character past ASCII at i: read one token as below.
            }

            var c = span[i];
            if (c >= 128)
            {
                break;
            }

            var cls = AsciiClasses[c];
            if (cls == Space)
            {
                i++;
                continue;
            }

            if (n == toks.Length || (cands is not null && candCount == cands.Length))
            {
                break;
            }

            var start = i;
            if (cls == Letter)
            {
                if (!Vector128.IsHardwareAccelerated || span.Length - start < 8)
                {
                    // Near the end of the text (or without vectors): ScanOne reads the word.
                    break;
                }

                // Eight characters at once: the letters among them, the word's length up to eight and, for
                // a word that short, its key from the folded letters, with no branch per letter.
                var folded = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span)), (nuint)start) | Vector128.Create((ushort)0x20);
                var letters = Vector128.LessThanOrEqual(folded - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                var length = BitOperations.TrailingZeroCount(~letters.ExtractMostSignificantBits());
                uint key;
                if (length < 8)
                {
                    i = start + length;
                    var word = (folded & Vector128.GreaterThan(Vector128.Create((ushort)length), LaneIndexes)).AsUInt64();
                    key = WordKey.Mix(word.GetElement(0), word.GetElement(1), length);
                }
                else
                {
                    // A longer word: its first four letters and its last four.
                    i = AsciiLettersEnd(span, start + 8);
                    var tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(span), i - 4))) | WordKey.FoldBits;
                    key = WordKey.Mix(folded.AsUInt64().GetElement(0), tail, i - start);
                }

                if (i < span.Length && span[i] >= 128)
                {
                    // The word may go on past ASCII: ScanOne reads it.
                    i = start;
                    break;
                }

                if (cands is not null && filter is not null && WordFilter.MayContain(filter, key))
                {
                    cands[candCount++] = n;
                }

                toks[n++] = new TimeToken(start, i, TokenType.Word, -1, key);
            }
            else if (cls == Digit)
            {
                i = NumberEnd(span, i, out var value);
                if (cands is not null)
                {
                    cands[candCount++] = n;
                }

                toks[n++] = new TimeToken(start, i, TokenType.Number, value);
            }
            else
            {
                i++;
                if (cands is not null && c == '\'' && StartsTwoDigitYear(span, i))
                {
                    cands[candCount++] = n;
                }

                toks[n++] = new TimeToken(start, i, TokenType.Punct, -1);
            }
        }

        count = n;
        candidateCount = candCount;
        return i;
    }

    private const int WindowLength = 64;

    /// <summary>
    /// The classes of the 64 characters from i on as bit masks (bit k for character i + k): letters,
    /// digits and other characters (each a token of its own; spaces are in none). The window covers the
    /// characters before the first one past ASCII, whose class needs <see cref="ScanOne"/>: the return
    /// value has a bit for each character it covers, and the masks none past them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ClassifyWindow(ReadOnlySpan<char> span, int i, out ulong letters, out ulong digits, out ulong others)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(span), i));
        ulong wide = 0;
        letters = 0;
        digits = 0;
        var spaces = 0UL;
        for (var k = 0; k < WindowLength; k += 16)
        {
            var low = Vector128.LoadUnsafe(ref first, (nuint)k);
            var high = Vector128.LoadUnsafe(ref first, (nuint)(k + 8));
            var past = Vector128.Narrow(Vector128.GreaterThan(low, Vector128.Create((ushort)127)), Vector128.GreaterThan(high, Vector128.Create((ushort)127)));
            var bytes = Vector128.Narrow(low, high);
            var letter = Vector128.LessThanOrEqual((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')));
            var digit = Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
            var space = Vector128.Equals(bytes, Vector128.Create((byte)' ')) | Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'\t'), Vector128.Create((byte)('\r' - '\t')));
            wide |= (ulong)past.ExtractMostSignificantBits() << k;
            letters |= (ulong)(letter & ~past).ExtractMostSignificantBits() << k;
            digits |= (ulong)(digit & ~past).ExtractMostSignificantBits() << k;
            spaces |= (ulong)space.ExtractMostSignificantBits() << k;
        }

        var covered = wide == 0 ? ulong.MaxValue : (1UL << BitOperations.TrailingZeroCount(wide)) - 1;
        letters &= covered;
        digits &= covered;
        others = covered & ~(letters | digits | spaces);
        return covered;
    }

    /// <summary>Reads the token (or space) at i, which the arrays have room for, and returns where it ends.</summary>
    private static int ScanOne(ReadOnlySpan<char> span, int i, TimeToken[] toks, ref int n, int[]? cands, ref int candCount, WordFilter? starters)
    {
        var c = span[i];
        var cls = c < 128 ? AsciiClasses[c] : NonAsciiClass(c);
        var start = i;
        if (cls == Space)
        {
            return i + 1;
        }

        if (cls == Letter)
        {
            i = WordEnd(span, i, out var key);
            if (cands is not null && starters!.MayContain(key))
            {
                cands[candCount++] = n;
            }

            toks[n++] = new TimeToken(start, i, TokenType.Word, -1, key);
        }
        else if (cls == Digit)
        {
            i = NumberEnd(span, i, out var value);
            if (cands is not null)
            {
                cands[candCount++] = n;
            }

            toks[n++] = new TimeToken(start, i, TokenType.Number, value);
        }
        else
        {
            i++;

            // An apostrophe starts an expression only before a two-digit year ('98, '90s).
            if (cands is not null && c is '\'' or '’' && StartsTwoDigitYear(span, i))
            {
                cands[candCount++] = n;
            }

            toks[n++] = new TimeToken(start, i, TokenType.Punct, -1);
        }

        return i;
    }

    /// <summary>Whether a digit is at i (an apostrophe just before it may start '98 or '90s).</summary>
    private static bool StartsTwoDigitYear(ReadOnlySpan<char> span, int i) => i < span.Length && char.IsAsciiDigit(span[i]);

    /// <summary>The end of the run of digits at i and its value (-1 past nine digits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NumberEnd(ReadOnlySpan<char> span, int i, out int value)
    {
        var start = i;
        var v = 0L;
        for (; i < span.Length; i++)
        {
            var c = span[i];
            if (!char.IsAsciiDigit(c))
            {
                break;
            }

            if (v <= 999_999_999L)
            {
                v = v * 10 + (c - '0');
            }
        }

        value = i - start <= 9 ? (int)v : -1;
        return i;
    }

    /// <summary>The lane numbers of a vector of eight characters.</summary>
    private static Vector128<ushort> LaneIndexes => Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7);

    /// <summary>The end of the run of ASCII letters from i on (inlined: no call in the tokeniser's loop).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AsciiLettersEnd(ReadOnlySpan<char> span, int i)
    {
        for (; i < span.Length; i++)
        {
            var c = span[i];
            if (c >= 128 || AsciiClasses[c] != Letter)
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The end of the word that starts at i (letters of any script), and its <see cref="WordKey"/>.</summary>
    private static int WordEnd(ReadOnlySpan<char> span, int i, out uint key)
    {
        var start = i;
        for (; i < span.Length; i++)
        {
            var c = span[i];
            if (c < 128 ? AsciiClasses[c] != Letter : !char.IsLetter(c))
            {
                break;
            }
        }

        key = WordKey.Of(span[start..i]);
        return i;
    }

    private static byte NonAsciiClass(char c) => char.IsWhiteSpace(c) ? Space : char.IsLetter(c) ? Letter : (byte)0;

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

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T[] Grow<T>(T[] array, int used)
    {
        var bigger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        Array.Copy(array, bigger, used);
        ArrayPool<T>.Shared.Return(array);
        return bigger;
    }

    public int Count => count;

    /// <summary>The token at index, by reference (a token is 20 bytes; the grammar mostly reads one field of it).</summary>
    public ref readonly TimeToken this[int index] => ref tokens[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Chars(int index)
    {
        ref readonly var token = ref tokens[index];
        return Text.AsSpan(token.Start, token.End - token.Start);
    }

    /// <summary>The word key of token index (0 for a number or other character, whose key is worked out from its characters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint KeyOf(int index) => tokens[index].Key;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int index) => (uint)index < (uint)count && tokens[index].Type == TokenType.Word;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNumber(int index) => (uint)index < (uint)count && tokens[index].Type == TokenType.Number;

    /// <summary>
    /// Whether token index is the word, ignoring case. The grammar asks this a few hundred times per
    /// expression, nearly always of a token of another length: the lengths are compared inline (a literal's
    /// length is a constant there), the characters only when they agree (<see cref="SameWord"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int index, string lower) =>
        (uint)index < (uint)count && tokens[index].End - tokens[index].Start == lower.Length && SameWord(tokens[index].Start, lower);

    /// <summary>
    /// Whether the text from start on holds the word, ignoring case: ASCII compared here, anything else as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> compares it.
    /// </summary>
    private bool SameWord(int start, string lower)
    {
        var chars = Text.AsSpan(start, lower.Length);
        var k = WordKey.AsciiMismatch(chars, lower);
        return k < 0 || ((chars[k] >= 128 || lower[k] >= 128) && chars.Equals(lower, StringComparison.OrdinalIgnoreCase));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsPunct(int index, char c) =>
        (uint)index < (uint)count && tokens[index].Type == TokenType.Punct && Text[tokens[index].Start] == c;

    public bool IsCapitalised(int index) =>
        index >= 0 && index < count && char.IsUpper(Text[tokens[index].Start]);

    /// <summary>True when token index+1 follows token index with no character between them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Adjacent(int index) =>
        index >= 0 && index + 1 < count && tokens[index].End == tokens[index + 1].Start;

    /// <summary>True when a blank line (two line breaks) lies between the end of token from and the start of token to.</summary>
    public bool ParagraphBreakBetween(int from, int to)
    {
        if (from < 0 || to >= count || from >= to)
        {
            return false;
        }

        var breaks = 0;
        for (var p = tokens[from].End; p < tokens[to].Start; p++)
        {
            if (Text[p] == '\n' && ++breaks == 2)
            {
                return true;
            }
        }

        return false;
    }

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
