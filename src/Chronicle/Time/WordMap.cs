using System.Runtime.CompilerServices;

namespace Chronicle.Time;

/// <summary>
/// The case-insensitive key of a word that the tokeniser computes while it reads the word, so that
/// looking a token up in a word list costs one probe and, only on a key hit, one comparison. The key
/// mixes the word's length and its first eight lower-cased characters (a longer word: its first four and
/// last four), packed sixteen bits each: the tokeniser reads a word of up to eight ASCII letters as one
/// vector and gets its key without a loop over the letters. Words that share a key are told apart by the
/// comparison.
/// </summary>
internal static class WordKey
{
    /// <summary>The lower-case bit of each of four packed ASCII characters.</summary>
    public const ulong FoldBits = 0x0020_0020_0020_0020UL;

    public static uint Of(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        ulong head = 0;
        ulong tail = 0;
        if (n <= 8)
        {
            for (var k = 0; k < n; k++)
            {
                if (k < 4)
                {
                    head |= (ulong)Fold(word[k]) << (16 * k);
                }
                else
                {
                    tail |= (ulong)Fold(word[k]) << (16 * (k - 4));
                }
            }
        }
        else
        {
            for (var k = 0; k < 4; k++)
            {
                head |= (ulong)Fold(word[k]) << (16 * k);
                tail |= (ulong)Fold(word[n - 4 + k]) << (16 * k);
            }
        }

        return Mix(head, tail, n);
    }

    /// <summary>The key of a word of length n whose packed lower-cased characters are head (0 to 3) and tail (4 to 7, or the last four).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(ulong head, ulong tail, int n)
    {
        var x = (head * 0x9E37_79B9_7F4A_7C15UL) ^ ((tail + (ulong)n) * 0xC2B2_AE3D_27D4_EB4FUL);
        x ^= x >> 29;
        return (uint)(x >> 32) ^ (uint)x;
    }

    /// <summary>ASCII letters fold with a bit; other characters by the invariant culture.</summary>
    private static char Fold(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c : char.ToLowerInvariant(c);

    /// <summary>
    /// Whether the characters are the word, ignoring case: ASCII compared here; past ASCII, the
    /// characters must fold alike (as for the key) and compare equal as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> compares them.
    /// </summary>
    public static bool Same(ReadOnlySpan<char> chars, string word)
    {
        if (chars.Length != word.Length)
        {
            return false;
        }

        var k = AsciiMismatch(chars, word);
        return k < 0 || ((chars[k] >= 128 || word[k] >= 128) && FoldAlike(chars, word) && chars.Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Where two texts of one length first differ other than by the case of an ASCII letter, or -1: the
    /// comparison both the word lists and the grammar's literals make before anything past ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int AsciiMismatch(ReadOnlySpan<char> chars, string word)
    {
        for (var k = 0; k < chars.Length; k++)
        {
            var c = chars[k];
            var l = word[k];
            if (c != l && ((c | 0x20) != (l | 0x20) || (uint)((c | 0x20) - 'a') > 'z' - 'a'))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool FoldAlike(ReadOnlySpan<char> chars, string word)
    {
        for (var k = 0; k < chars.Length; k++)
        {
            if (Fold(chars[k]) != Fold(word[k]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// A case-insensitive word dictionary looked up by character spans, or by a token and the key the
/// tokeniser computed for it, without allocating: open addressing over <see cref="WordKey"/> hashes.
/// Filled once while the word lists load, then only read (safe to share across threads).
/// </summary>
internal sealed class WordMap<T>
{
    /// <summary>The words and values of the entries, by entry index (the first <see cref="Count"/> are used).</summary>
    private string[] words = [];
    private T[] values = [];

    /// <summary>
    /// Slots of a key and its entry index + 1 (0: empty); a power of two at most half full. The key sits
    /// in the slot, so that a probe that meets another word's key reads no entry.
    /// </summary>
    private (uint Key, int Entry)[] slots = new (uint, int)[16];

    public IEnumerable<string> Keys => words.Take(Count);

    public int Count { get; private set; }

    public T this[string key]
    {
        get => TryGet(key, out var v) ? v : throw new KeyNotFoundException(key);
        set => Set(key, value);
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value) => TryGet(word, WordKey.Of(word), out value);

    /// <summary>The token's text: a word by the key the tokeniser computed, another token by its characters.</summary>
    public bool TryGet(TimeTokens t, int index, out T value)
    {
        if ((uint)index >= (uint)t.Count)
        {
            value = default!;
            return false;
        }

        var chars = t.Chars(index);
        var key = t.KeyOf(index);
        return TryGet(chars, key != 0 ? key : WordKey.Of(chars), out value);
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGet(word, out _);

    public bool Contains(TimeTokens t, int index) => TryGet(t, index, out _);

    private bool TryGet(ReadOnlySpan<char> word, uint key, out T value)
    {
        var table = slots;
        var mask = table.Length - 1;
        for (var s = (int)(key & (uint)mask); table[s].Entry != 0; s = (s + 1) & mask)
        {
            if (table[s].Key == key)
            {
                var e = table[s].Entry - 1;
                if (WordKey.Same(word, words[e]))
                {
                    value = values[e];
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    private void Set(string word, T value)
    {
        var key = WordKey.Of(word);
        var mask = slots.Length - 1;
        var s = (int)(key & (uint)mask);
        for (; slots[s].Entry != 0; s = (s + 1) & mask)
        {
            var e = slots[s].Entry - 1;
            if (slots[s].Key == key && word.AsSpan().Equals(words[e], StringComparison.OrdinalIgnoreCase))
            {
                values[e] = value;
                return;
            }
        }

        if (Count == words.Length)
        {
            Array.Resize(ref words, Math.Max(8, words.Length * 2));
            Array.Resize(ref values, words.Length);
        }

        words[Count] = word;
        values[Count] = value;
        Count++;
        slots[s] = (key, Count);
        if (Count * 2 > slots.Length)
        {
            Grow();
        }
    }

    private void Grow()
    {
        var old = slots;
        slots = new (uint, int)[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var (key, entry) in old)
        {
            if (entry == 0)
            {
                continue;
            }

            var s = (int)(key & (uint)mask);
            while (slots[s].Entry != 0)
            {
                s = (s + 1) & mask;
            }

            slots[s] = (key, entry);
        }
    }
}

/// <summary>A case-insensitive word set looked up by character spans or tokens without allocating.</summary>
internal sealed class WordSet
{
    private readonly WordMap<bool> map = new();

    public IEnumerable<string> Words => map.Keys;

    public static WordSet Of(IEnumerable<string> words)
    {
        var set = new WordSet();
        set.UnionWith(words);
        return set;
    }

    public void Add(string word) => map[word] = true;

    public void UnionWith(IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            Add(w);
        }
    }

    public bool Contains(ReadOnlySpan<char> word) => map.Contains(word);

    public bool Contains(TimeTokens t, int index) => map.Contains(t, index);
}

/// <summary>
/// A bit table over word keys (a one-hash Bloom filter): MayContain is false for every word never
/// added, and true for the added ones and a few others. The tokeniser asks it for every word, at the
/// cost of one memory read, so that the grammar need not look most words up at all.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 1 << 16;
    private readonly ulong[] table = new ulong[Bits / 64];

    public void Add(string word) => Set(WordKey.Of(word));

    /// <summary>The bit table, for the tokeniser's loop, which tests it inline (<see cref="MayContain(ulong[], uint)"/>).</summary>
    public ulong[] Table => table;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(uint key) => MayContain(table, key);

    /// <summary>
    /// The test on a table itself: inlined into the tokeniser's loop, where a call (the JIT did not inline
    /// the instance method there) made it keep its state on the stack around every word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayContain(ulong[] table, uint key)
    {
        var bit = Slot(key);
        return (table[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Slot(uint key) => (int)((key ^ (key >> 16)) & (Bits - 1));

    private void Set(uint key)
    {
        var bit = Slot(key);
        table[bit >> 6] |= 1UL << (bit & 63);
    }
}
