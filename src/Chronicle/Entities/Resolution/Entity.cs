using System.Globalization;
using System.Text;
using Chronicle.Entities.Linking;

namespace Chronicle.Entities.Resolution;

/// <summary>Why two names were put in one entity: the rule, the two names and a score in [0, 1].</summary>
public sealed record MergeEvidence(string Rule, string NameA, string NameB, double Score);

/// <summary>One real-world referent across the articles.</summary>
/// <param name="Id">Stable id derived from the type and canonical name ("person:grace-okafor").</param>
/// <param name="Name">The canonical name: the most frequent full form, then the longest.</param>
/// <param name="Aliases">The other names, sorted.</param>
/// <param name="Articles">The ids of the articles that mention it, sorted.</param>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<EntityRole> Roles,
    IReadOnlyList<string> Articles,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    IReadOnlyList<MergeEvidence> MergeEvidence,
    int Mentions)
{
    /// <summary>Every name, canonical first.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);

    /// <summary>The entity and each merge that built it, one per line (for `chronicle entities --explain`).</summary>
    public string Explain()
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.Append(c, $"{Id}\t{EntityTypeNames.Label(Type)}\t{Name}");
        if (Aliases.Count > 0)
        {
            b.Append(c, $"\taliases: {string.Join("; ", Aliases)}");
        }

        b.AppendLine();
        foreach (var role in Roles)
        {
            b.Append(c, $"  role: {role.Text} ({role.Date?.ToString("yyyy-MM-dd", c) ?? "undated"}; {role.ArticleId})").AppendLine();
        }

        foreach (var e in MergeEvidence)
        {
            b.Append(c, $"  merged by {e.Rule}: \"{e.NameA}\" ~ \"{e.NameB}\" ({e.Score:0.00})").AppendLine();
        }

        return b.ToString();
    }
}
