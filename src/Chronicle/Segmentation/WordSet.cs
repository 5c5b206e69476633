using Chronicle.Resources;

namespace Chronicle.Segmentation;

/// <summary>An immutable, case-sensitive set of words read from a data file, queried by span without allocating.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>Words that commonly open a sentence (Segmentation/Resources/sentence-starters.txt).</summary>
    public static WordSet SentenceStarters { get; } = FromLines(ResourceFiles.ReadDataLines("Segmentation/Resources/sentence-starters.txt"));

    private WordSet(HashSet<string> words)
    {
        this.words = words;
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => words.Count;

    public static WordSet FromLines(IEnumerable<string> lines) => new(new HashSet<string>(lines, StringComparer.Ordinal));

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
