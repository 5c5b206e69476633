using System.IO.Compression;
using Chronicle.Resources;

namespace Chronicle.Entities.Ner;

/// <summary>
/// Distributional word classes: words that occur in similar contexts of unlabeled text share a class
/// ("airlines" with "carriers", "said" with "told"), so the tagger generalises from the few names
/// its training data holds to words it saw only in raw text. Keyed by the hash of the lower-case
/// form; built by <see cref="WordClusterBuilder"/>. Immutable and thread-safe.
/// </summary>
public sealed class WordClusters
{
    public const string ResourcePath = "Entities/Resources/word-clusters.tsv.gz";

    /// <summary>The class of a word the clusters do not know.</summary>
    public const int Unknown = 0;

    private readonly Dictionary<ulong, int> classes;

    public WordClusters(IEnumerable<KeyValuePair<string, int>> words)
    {
        classes = [];
        foreach (var (word, cluster) in words ?? [])
        {
            classes[FeatureHash.Lower(word)] = cluster + 1;
        }
    }

    public static WordClusters Empty { get; } = new([]);

    private static readonly Lazy<WordClusters> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The classes shipped in the library.</summary>
    public static WordClusters Default => DefaultInstance.Value;

    public int Count => classes.Count;

    /// <summary>1 + the class of the word with this lower-case hash, or <see cref="Unknown"/>.</summary>
    public int ClassOf(ulong lowerHash) => classes.TryGetValue(lowerHash, out var c) ? c : Unknown;

    private static WordClusters LoadDefault()
    {
        using var stream = new GZipStream(ResourceFiles.Open(ResourcePath), CompressionMode.Decompress);
        return Read(stream);
    }

    /// <summary>Reads "word TAB class" lines.</summary>
    public static WordClusters Read(Stream stream)
    {
        var words = new List<KeyValuePair<string, int>>();
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && line[0] != '#' && int.TryParse(line.AsSpan(tab + 1), out var cluster) && cluster >= 0)
            {
                words.Add(KeyValuePair.Create(line[..tab], cluster));
            }
        }

        return new WordClusters(words);
    }
}
