using Chronicle.Events;

namespace Chronicle.Web.Api;

/// <summary>
/// One event type of the ontology as the page shows it: its CAMEO code and PLOVER type (null where the
/// ontology maps none, which its file writes "-") and the family within which fusion merges mentions.
/// </summary>
public sealed record OntologyType(string Type, string? Cameo, string? Plover, string Family);

public static class OntologyView
{
    /// <summary>Every type of <paramref name="ontology"/>, by name.</summary>
    public static IReadOnlyList<OntologyType> Types(EventOntology ontology) =>
        ontology.Types
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new OntologyType(t.Name, Code(t.Cameo), Code(t.Plover), t.Family))
            .ToList();

    /// <summary>A code as given, or null for the ontology's "-" (none) and for a blank.</summary>
    public static string? Code(string? value) => string.IsNullOrWhiteSpace(value) || value.Trim() == "-" ? null : value.Trim();
}
