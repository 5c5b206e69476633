using System.IO.Compression;
using System.Runtime.CompilerServices;
using Chronicle.Model;
using Chronicle.Resources;

namespace Chronicle.Entities.Gazetteers;

/// <summary>
/// Names (one or several words) mapped to what they are known as: countries, cities, regions,
/// demonyms, group words, facility cues and titles. Immutable and safe to share across threads;
/// lookups are case-insensitive and allocate nothing.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The longest name, in tokens, that <see cref="LongestMatch"/> tries.</summary>
    public const int MaxTokens = 6;

    private const int MaxKeyChars = 96;

    private readonly Dictionary<string, GazetteerKind> names;
    private readonly Dictionary<string, GazetteerKind>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly HashSet<string> multiWordStarts;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> startLookup;

    // Most words are in neither table: a small bit filter over the tables' case-insensitive hashes
    // answers "not there" for them from the cache, before the tables' own look-ups (which miss it).
    private readonly HashFilter nameFilter;
    private readonly HashFilter startFilter;

    public Gazetteer(IEnumerable<KeyValuePair<string, GazetteerKind>> entries)
    {
        names = new Dictionary<string, GazetteerKind>(StringComparer.OrdinalIgnoreCase);
        multiWordStarts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, kind) in entries)
        {
            var key = name.Trim();
            if (key.Length == 0 || key.Length > MaxKeyChars)
            {
                continue;
            }

            names[key] = names.GetValueOrDefault(key) | kind;
            var space = key.IndexOf(' ');
            if (space > 0)
            {
                multiWordStarts.Add(key[..space]);
            }
        }

        lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        startLookup = multiWordStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        nameFilter = new HashFilter(names.Keys);
        startFilter = new HashFilter(multiWordStarts);
    }

    public int Count => names.Count;

    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The gazetteer shipped in the library (built by <see cref="GazetteerBuilder"/>) plus the stage's word lists.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    public const string ResourcePath = "Entities/Resources/gazetteer.tsv.gz";

    private static Gazetteer LoadDefault()
    {
        var entries = new List<KeyValuePair<string, GazetteerKind>>();
        using (var stream = new GZipStream(ResourceFiles.Open(ResourcePath), CompressionMode.Decompress))
        {
            entries.AddRange(ReadTsv(stream));
        }

        entries.AddRange(WordList("Entities/Resources/norp-groups.txt", GazetteerKind.Group));
        entries.AddRange(WordList("Entities/Resources/facility-cues.txt", GazetteerKind.FacilityCue));
        entries.AddRange(WordList("Entities/Resources/titles.txt", GazetteerKind.Title));
        entries.AddRange(WordList("Entities/Resources/org-cues.txt", GazetteerKind.OrgCue));
        entries.AddRange(WordList("Entities/Resources/given-names.txt", GazetteerKind.GivenName));
        entries.AddRange(WordList("Entities/Resources/place-cues.txt", GazetteerKind.PlaceCue));
        entries.AddRange(ResourceFiles.ReadDataLines("Entities/Resources/nicknames.txt")
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(name => KeyValuePair.Create(name, GazetteerKind.GivenName)));
        return new Gazetteer(entries);
    }

    private static IEnumerable<KeyValuePair<string, GazetteerKind>> WordList(string path, GazetteerKind kind) =>
        ResourceFiles.ReadDataLines(path).Select(line => KeyValuePair.Create(line, kind));

    /// <summary>Reads "name TAB kinds" lines.</summary>
    public static IEnumerable<KeyValuePair<string, GazetteerKind>> ReadTsv(Stream stream)
    {
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0 || line[0] == '#')
            {
                continue;
            }

            yield return KeyValuePair.Create(line[..tab], GazetteerKindNames.Parse(line.AsSpan(tab + 1)));
        }
    }

    public GazetteerKind Lookup(ReadOnlySpan<char> name) =>
        nameFilter.MayContain(HashFilter.Hash(name)) && lookup.TryGetValue(name, out var kind) ? kind : GazetteerKind.None;

    /// <summary>
    /// The longest name that starts at token <paramref name="start"/>: its length in tokens (0 when none)
    /// and its kinds. Tokens are joined with one space where the text has any gap between them, and
    /// with nothing where it has none ("D.C.", "al-Aqsa").
    /// </summary>
    public int LongestMatch(string text, ReadOnlySpan<Span> tokens, int start, out GazetteerKind kinds)
    {
        kinds = GazetteerKind.None;
        if (start < 0 || start >= tokens.Length)
        {
            return 0;
        }

        var first = tokens[start].Slice(text);
        var hash = HashFilter.Hash(first);
        var best = 0;
        if (nameFilter.MayContain(hash) && lookup.TryGetValue(first, out var single))
        {
            best = 1;
            kinds = single;
        }

        if (!startFilter.MayContain(hash) || !startLookup.Contains(first))
        {
            return best;
        }

        Span<char> key = stackalloc char[MaxKeyChars];
        var length = 0;
        for (var i = start; i < tokens.Length && i - start < MaxTokens; i++)
        {
            var token = tokens[i].Slice(text);
            var gap = i > start && tokens[i].Start > tokens[i - 1].End;
            if (length + token.Length + (gap ? 1 : 0) > MaxKeyChars)
            {
                break;
            }

            if (gap)
            {
                key[length++] = ' ';
            }

            token.CopyTo(key[length..]);
            length += token.Length;
            if (i > start && nameFilter.MayContain(HashFilter.Hash(key[..length])) && lookup.TryGetValue(key[..length], out var found))
            {
                best = i - start + 1;
                kinds = found;
            }
        }

        return best;
    }

    /// <summary>
    /// A two-probe Bloom filter over strings' <see cref="StringComparison.OrdinalIgnoreCase"/> hash
    /// codes, about 16 bits per string. Strings equal ignoring case have the same hash code, so a
    /// string the filter rejects is in none of the strings it was built from; one it passes may be.
    /// </summary>
    private sealed class HashFilter
    {
        private readonly ulong[] bits;
        private readonly int shift;

        public HashFilter(IReadOnlyCollection<string> keys)
        {
            var log = 6;
            while ((1L << log) < Math.Max(64L, keys.Count * 16L))
            {
                log++;
            }

            bits = new ulong[1 << (log - 6)];
            shift = 64 - log;
            foreach (var key in keys)
            {
                var (a, b) = Positions(Hash(key));
                bits[a >> 6] |= 1UL << a;
                bits[b >> 6] |= 1UL << b;
            }
        }

        public static int Hash(ReadOnlySpan<char> value) => string.GetHashCode(value, StringComparison.OrdinalIgnoreCase);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayContain(int hash)
        {
            var (a, b) = Positions(hash);
            return (bits[a >> 6] & (1UL << a)) != 0 && (bits[b >> 6] & (1UL << b)) != 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private (int A, int B) Positions(int hash)
        {
            var x = (uint)hash * 0x9E3779B97F4A7C15UL;
            var mask = (1 << (64 - shift)) - 1;
            return ((int)(x >> shift), (int)(x >> 7) & mask);
        }
    }
}
