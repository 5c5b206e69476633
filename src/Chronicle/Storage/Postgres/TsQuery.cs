using System.Text;

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
    public static string Build(string? query)
    {
        var builder = new StringBuilder();
        foreach (var term in SearchQuery.Parse(query))
        {
            if (builder.Length > 0)
            {
                builder.Append(term.Join switch
                {
                    SearchJoin.Or => " | ",
                    SearchJoin.Not => " & !",
                    _ => " & ",
                });
            }

            if (term.Words.Count == 1)
            {
                builder.Append(Quote(term.Words[0])).Append(term.Prefix ? ":*" : string.Empty);
            }
            else
            {
                builder.Append('(').AppendJoin(" <-> ", term.Words.Select(Quote)).Append(')');
            }
        }

        return builder.ToString();
    }

    private static string Quote(string word) => "'" + word + "'";
}
