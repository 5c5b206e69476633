using System.Globalization;
using System.Text;

namespace Chronicle.Storage;

/// <summary>How a term of a search query joins the one before it.</summary>
public enum SearchJoin
{
    /// <summary>Both must match (juxtaposition or an explicit AND).</summary>
    And,

    /// <summary>Either may match.</summary>
    Or,

    /// <summary>The left side must match and this term must not.</summary>
    Not,
}

/// <summary>One term of a search query: a word, a phrase of several words, or a word prefix (ending in *).</summary>
/// <param name="Join">How it joins the term before it (ignored for the first term).</param>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix, SearchJoin Join);

/// <summary>
/// What a user typed, read the same way for every store: "a phrase" stays a phrase, a term ending in *
/// is a prefix search, an upper-case OR or NOT between two terms is kept as the operator and AND is
/// implied; all other punctuation (a stray quote included) only separates words, as the full-text
/// tokenizers do. Stores render the terms in their own query language (<see cref="FtsQuery"/>,
/// Postgres.TsQuery), so that no input can be a syntax error there.
/// </summary>
public static class SearchQuery
{
    /// <summary>The terms of the query in order; empty when it has no searchable word.</summary>
    public static IReadOnlyList<SearchTerm> Parse(string? query)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return terms;
        }

        SearchJoin? pending = null;
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (c == '"' && query.IndexOf('"', i + 1) is var close and > 0)
            {
                var words = Words(query.AsSpan(i + 1, close - i - 1));
                if (words.Count > 0)
                {
                    Add(words, prefix: false);
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
                // An operator counts only between two terms; one at the start is dropped.
                pending = terms.Count > 0 ? (term == "OR" ? SearchJoin.Or : SearchJoin.Not) : null;
            }
            else if (term == "AND" && !prefix)
            {
                // AND is what juxtaposition means already.
            }
            else
            {
                Add([term], prefix);
            }
        }

        return terms;

        void Add(List<string> words, bool prefix)
        {
            terms.Add(new SearchTerm(words, prefix, pending ?? SearchJoin.And));
            pending = null;
        }
    }

    /// <summary>
    /// The query in a store's own syntax: each term as <paramref name="term"/> writes it, joined to the one
    /// before by <paramref name="and"/>, <paramref name="or"/> or <paramref name="not"/>; empty when there is no term.
    /// </summary>
    public static string Render(string? query, string and, string or, string not, Func<SearchTerm, string> term)
    {
        var builder = new StringBuilder();
        foreach (var t in Parse(query))
        {
            if (builder.Length > 0)
            {
                builder.Append(t.Join switch
                {
                    SearchJoin.Or => or,
                    SearchJoin.Not => not,
                    _ => and,
                });
            }

            builder.Append(term(t));
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

    private static bool IsTermChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
