namespace Chronicle.Time;

/// <summary>A case-insensitive word dictionary looked up by character spans without allocating.</summary>
internal sealed class WordMap<T>
{
    private readonly Dictionary<string, T> map = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordMap() => lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();

    public IEnumerable<string> Keys => map.Keys;

    public T this[string key]
    {
        get => map[key];
        set => map[key] = value;
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value) => lookup.TryGetValue(word, out value!);

    public bool Contains(ReadOnlySpan<char> word) => lookup.ContainsKey(word);
}

/// <summary>A case-insensitive word set looked up by character spans without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> set = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet() => lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Add(string word) => set.Add(word);

    public void UnionWith(IEnumerable<string> words) => set.UnionWith(words);

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
