using System.Text;

namespace Chronicle.Entities.Resolution;

/// <summary>
/// Orthographic keys that make transliteration variants of a name word meet: lower case, no
/// diacritics, no Arabic article (al-, el-), ou/oo to u, ee/ei/ey/ie to i, ph to f, q and ck to k,
/// kh to k, double letters collapsed; the key is then the first letter plus the consonants
/// ("Yusuf", "Yousef", "Yusof" share one key; "Mohammed", "Muhammad" give "mhmd").
/// </summary>
public static class NameKey
{
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěğìíîïīįıłñńňòóôõöøōőŕřśşšţťùúûüūůűųýÿźżžßḩḥṣṭẓ";
    private const string Plain = "aaaaaaaaacccddeeeeeeeegiiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzzshhstz";

    private static readonly string[] Articles = ["al-", "el-", "al ", "el ", "al\u2019", "al'"];

    /// <summary>
    /// Keys already made, by word: entity resolution asks for the same corpus words' keys over and over
    /// (every rule, every pair of candidates), and building one allocates several strings. The corpus
    /// has far fewer distinct name words than lookups; past <see cref="MaxCached"/> words the caches are
    /// no longer filled.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Spellings = new(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> NameWords = new(StringComparer.Ordinal);

    private const int MaxCached = 1 << 20;

    private static int cachedCount;

    /// <summary>The cached value for <paramref name="word"/>, made and remembered on first asking.</summary>
    private static T Cached<T>(System.Collections.Concurrent.ConcurrentDictionary<string, T> cache, string word, Func<string, T> make)
    {
        if (cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var value = make(word);
        if (Volatile.Read(ref cachedCount) < MaxCached && cache.TryAdd(word, value))
        {
            Interlocked.Increment(ref cachedCount);
        }

        return value;
    }

    /// <summary>The word lower-cased, without diacritics, article, apostrophes or hyphens, with the spelling rules applied (vowels kept).</summary>
    public static string Spelling(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Cached(Spellings, word, MakeSpelling);
    }

    private static string MakeSpelling(string word)
    {
        var lower = new StringBuilder(word.Length);
        foreach (var ch in word)
        {
            var c = char.ToLowerInvariant(ch);
            var accent = Accented.IndexOf(c);
            if (accent >= 0)
            {
                c = Plain[accent];
            }

            lower.Append(c);
        }

        var s = lower.ToString();
        foreach (var article in Articles)
        {
            if (s.StartsWith(article, StringComparison.Ordinal) && s.Length > article.Length + 1)
            {
                s = s[article.Length..];
                break;
            }
        }

        var letters = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(c);
            }
        }

        s = letters.ToString()
            .Replace("ou", "u", StringComparison.Ordinal)
            .Replace("oo", "u", StringComparison.Ordinal)
            .Replace("ee", "i", StringComparison.Ordinal)
            .Replace("ei", "i", StringComparison.Ordinal)
            .Replace("ey", "i", StringComparison.Ordinal)
            .Replace("ie", "i", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("kh", "k", StringComparison.Ordinal)
            .Replace('q', 'k')
            .Replace('z', 's');
        if (s.EndsWith('y') && s.Length > 2)
        {
            s = s[..^1] + "i";
        }

        var collapsed = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (collapsed.Length == 0 || collapsed[^1] != c)
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }

    /// <summary>The consonant skeleton of <see cref="Spelling"/>: first letter, then the consonants, collapsed.</summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Cached(Keys, word, MakeKey);
    }

    private static string MakeKey(string word)
    {
        var spelling = Spelling(word);
        if (spelling.Length == 0)
        {
            return "";
        }

        var key = new StringBuilder(spelling.Length);
        key.Append(spelling[0]);
        for (var i = 1; i < spelling.Length; i++)
        {
            var c = spelling[i];
            if ("aeiouyhw".Contains(c) || key[^1] == c)
            {
                continue;
            }

            key.Append(c);
        }

        return key.ToString();
    }

    /// <summary>
    /// The words of a name that carry it: the Arabic article as its own word ("al Rashidi") is dropped.
    /// The array is shared by every caller asking for the same name: read it, never change it.
    /// </summary>
    public static string[] Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Cached(NameWords, name, MakeWords);
    }

    private static string[] MakeWords(string name) =>
        name.Split([' '], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !(w.Equals("al", StringComparison.OrdinalIgnoreCase) || w.Equals("el", StringComparison.OrdinalIgnoreCase)))
            .ToArray();
}
