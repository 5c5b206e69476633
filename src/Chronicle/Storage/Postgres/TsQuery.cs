namespace Chronicle.Storage.Postgres;

/// <summary>
/// Renders a <see cref="SearchQuery"/> as a PostgreSQL tsquery (for to_tsquery) that can never be a syntax
/// error: every word is quoted (words hold only letters, digits and marks, so no quote can appear in
/// one), a phrase joins its words with &lt;-&gt;, a prefix is 'word':*, and the joins are &amp;, | and &amp; !
/// (tsquery's precedence, ! over &amp; over |, matches FTS5's NOT over AND over OR).
/// </summary>
public static class TsQuery
{
    /// <summary>The tsquery text, or an empty string when the query has no searchable term.</summary>
    public static string Build(string? query) => SearchQuery.Render(query, " & ", " | ", " & !", Term);

    private static string Term(SearchTerm term) =>
        term.Words.Count == 1
            ? Quote(term.Words[0]) + (term.Prefix ? ":*" : string.Empty)
            : "(" + string.Join(" <-> ", term.Words.Select(Quote)) + ")";

    private static string Quote(string word) => "'" + word + "'";
}
