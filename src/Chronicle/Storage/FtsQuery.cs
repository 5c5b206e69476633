using System.Text;

namespace Chronicle.Storage;

/// <summary>
/// Turns what a user typed into an FTS5 query that can never be a syntax error: every term is quoted;
/// "a phrase" stays a phrase, a term ending in * is a prefix search, an upper-case OR or NOT between two
/// terms is kept as the operator and AND is implied; all other punctuation (a stray quote included) only
/// separates terms, as the unicode61 tokenizer does.
/// </summary>
public static class FtsQuery
{
    /// <summary>The FTS5 MATCH expression, or an empty string when the query has no searchable term.</summary>
    public static string Build(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return string.Empty;
        }

        var parts = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (c == '"' && query.IndexOf('"', i + 1) is var close and > 0)
            {
                var words = Words(query.AsSpan(i + 1, close - i - 1));
                if (words.Count > 0)
                {
                    parts.Add(Quote(string.Join(' ', words)));
                }

                i = close + 1;
                continue;
            }

            if (!IsTermChar(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < query.Length && IsTermChar(query[i]))
            {
                i++;
            }

            var term = query[start..i];
            var prefix = i < query.Length && query[i] == '*';
            if (term is "OR" or "NOT" && !prefix)
            {
                parts.Add(term);
            }
            else if (term == "AND" && !prefix)
            {
                // AND is what juxtaposition means already.
            }
            else
            {
                parts.Add(Quote(term) + (prefix ? "*" : string.Empty));
            }
        }

        return Join(parts);
    }

    /// <summary>Terms joined by spaces (implicit AND), with each OR or NOT kept only between two terms.</summary>
    private static string Join(List<string> parts)
    {
        var builder = new StringBuilder();
        string? pendingOperator = null;
        foreach (var part in parts)
        {
            if (part is "OR" or "NOT")
            {
                pendingOperator = builder.Length > 0 ? part : null;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(pendingOperator is null ? " " : $" {pendingOperator} ");
            }

            builder.Append(part);
            pendingOperator = null;
        }

        return builder.ToString();
    }

    private static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTermChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsTermChar(text[i]))
            {
                i++;
            }

            words.Add(text[start..i].ToString());
        }

        return words;
    }

    private static bool IsTermChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
