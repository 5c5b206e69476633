using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Chronicle.Corpus;

/// <summary>
/// One article's local entity keys ("c3") to resolved entity ids, held as two arrays sorted by key
/// (ordinal): the index keeps one for every article through an update, and a sorted dictionary per
/// article was tens of bytes a key more.
/// </summary>
internal sealed class KeyMap : IReadOnlyDictionary<string, string>
{
    private readonly string[] keys;
    private readonly string[] ids;

    /// <summary>From a map sorted by key (ordinal), each string passed through <paramref name="share"/>.</summary>
    public KeyMap(SortedDictionary<string, string> sorted, Func<string, string> share)
    {
        keys = new string[sorted.Count];
        ids = new string[sorted.Count];
        var i = 0;
        foreach (var (key, id) in sorted)
        {
            keys[i] = share(key);
            ids[i] = share(id);
            i++;
        }
    }

    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<string> Values => ids;

    public string this[string key] => TryGetValue(key, out var id) ? id : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var i = Array.BinarySearch(keys, key, StringComparer.Ordinal);
        value = i >= 0 ? ids[i] : null;
        return i >= 0;
    }

    /// <summary>The map as the article's stored state holds it.</summary>
    public SortedDictionary<string, string> ToSorted()
    {
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            sorted[keys[i]] = ids[i];
        }

        return sorted;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new KeyValuePair<string, string>(keys[i], ids[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
