using Chronicle.Resources;

namespace Chronicle.Reading;

/// <summary>
/// A data file of "field alias alias ..." lines, read once: which field each alias names and how
/// strongly it is preferred (earlier aliases win). Aliases match case-insensitively.
/// </summary>
internal sealed class FieldTable
{
    private readonly Dictionary<string, (string Field, int Rank)> byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string[]> aliasesByField = new(StringComparer.Ordinal);

    public FieldTable(string resourcePath)
    {
        foreach (var line in ResourceFiles.ReadDataLines(resourcePath))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var field = parts[0];
            var aliases = parts[1..];
            aliasesByField[field] = aliasesByField.TryGetValue(field, out var known) ? [.. known, .. aliases] : aliases;
            for (var i = 0; i < aliases.Length; i++)
            {
                byAlias.TryAdd(aliases[i], (field, byAlias.Count));
            }
        }
    }

    /// <summary>The field an alias names and its rank (lower is preferred), if the alias is known.</summary>
    public bool TryGetField(string alias, out string field, out int rank)
    {
        if (byAlias.TryGetValue(alias, out var entry))
        {
            (field, rank) = entry;
            return true;
        }

        (field, rank) = (string.Empty, int.MaxValue);
        return false;
    }

    /// <summary>The aliases of a field in order of preference, for messages.</summary>
    public IReadOnlyList<string> Aliases(string field) => aliasesByField.TryGetValue(field, out var aliases) ? aliases : [];

    /// <summary>"a, b or c", to list a field's aliases in an error message.</summary>
    public string Describe(string field)
    {
        var aliases = Aliases(field);
        return aliases.Count <= 1 ? string.Join(string.Empty, aliases) : string.Join(", ", aliases.Take(aliases.Count - 1)) + " or " + aliases[^1];
    }
}
