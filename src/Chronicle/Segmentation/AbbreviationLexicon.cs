using Chronicle.Resources;

namespace Chronicle.Segmentation;

/// <summary>How an abbreviation written with a final period behaves at a possible sentence end.</summary>
public enum AbbreviationKind
{
    /// <summary>Not an abbreviation: a period after it is a full stop.</summary>
    None,

    /// <summary>Comes before what it qualifies ("Dr.", "e.g."): a sentence never ends after it.</summary>
    Never,

    /// <summary>An abbreviation only before a number ("No. 5"); a sentence never ends after it then.</summary>
    BeforeNumber,

    /// <summary>May end a sentence ("Inc.", "Jan.", "U.S."); it does when a sentence-starter word follows.</summary>
    May,
}

/// <summary>
/// The abbreviations that keep their period (data file Segmentation/Resources/abbreviations.txt),
/// looked up by a span of text without allocating. Immutable and shared across threads.
/// </summary>
public sealed class AbbreviationLexicon
{
    private const string ResourcePath = "Segmentation/Resources/abbreviations.txt";

    private readonly Dictionary<string, AbbreviationKind> entries;
    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public static AbbreviationLexicon Default { get; } = FromLines(ResourceFiles.ReadDataLines(ResourcePath));

    private AbbreviationLexicon(Dictionary<string, AbbreviationKind> entries)
    {
        this.entries = entries;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => entries.Count;

    /// <summary>Builds a lexicon from data lines "Abbr.&lt;TAB&gt;kind" (kind: never, number or may; default may).</summary>
    public static AbbreviationLexicon FromLines(IEnumerable<string> lines)
    {
        var entries = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var fields = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            var word = fields[0].TrimEnd('.');
            if (word.Length == 0)
            {
                continue;
            }

            entries[word] = fields.Length > 1 ? ParseKind(fields[1]) : AbbreviationKind.May;
        }

        return new AbbreviationLexicon(entries);
    }

    /// <summary>The kind of the abbreviation spelled by <paramref name="word"/> (without its final period).</summary>
    public AbbreviationKind Lookup(ReadOnlySpan<char> word) =>
        lookup.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    private static AbbreviationKind ParseKind(string field) => field.ToLowerInvariant() switch
    {
        "never" => AbbreviationKind.Never,
        "number" => AbbreviationKind.BeforeNumber,
        _ => AbbreviationKind.May,
    };
}
