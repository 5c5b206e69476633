namespace Chronicle.Storage;

/// <summary>
/// Renders a <see cref="SearchQuery"/> as an SQLite FTS5 query that can never be a syntax error: every
/// word is quoted, a phrase is one quoted string, a prefix is a quoted word followed by *, and OR / NOT
/// are FTS5's own operators (AND is implied).
/// </summary>
public static class FtsQuery
{
    /// <summary>The FTS5 MATCH expression, or an empty string when the query has no searchable term.</summary>
    public static string Build(string? query) =>
        SearchQuery.Render(query, " ", " OR ", " NOT ", term => Quote(string.Join(' ', term.Words)) + (term.Prefix ? "*" : string.Empty));

    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
