using System.Globalization;
using System.Text;
using Chronicle.Model;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// Sentence search over the tsvector column: ranked by ts_rank_cd (the hit's Rank is its negation, so
/// lower is better as with SQLite's bm25), ties by article id and sentence index, snippets by
/// ts_headline for the returned rows only.
/// </summary>
internal static class PostgresSearch
{
    // Private-use characters mark the matches inside PostgreSQL; the caller's markers replace them here,
    // so no marker text ever has to survive ts_headline's option syntax.
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    public static List<SearchHit> Run(NpgsqlConnection connection, string tsQuery, int limit, SearchOptions options)
    {
        var words = Math.Clamp(options.SnippetTokens, 2, 64);
        using var command = new NpgsqlCommand("""
            SELECT h.article_id, h.idx, h.start, h."end", h.text, ts_headline('chronicle_search', h.text, q, @options), h.score
            FROM (
                SELECT s.article_id, s.idx, s.start, s."end", s.text, ts_rank_cd(s.document, q) AS score
                FROM sentences AS s, to_tsquery('chronicle_search', @query) AS q
                WHERE s.document @@ q
                ORDER BY score DESC, s.article_id, s.idx
                LIMIT @limit
            ) AS h, to_tsquery('chronicle_search', @query) AS q
            ORDER BY h.score DESC, h.article_id, h.idx;
            """, connection);
        command.Parameters.AddWithValue("query", tsQuery);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("options", string.Create(CultureInfo.InvariantCulture,
            $"StartSel={Open}, StopSel={Close}, MaxWords={words}, MinWords={Math.Max(1, words / 2)}, ShortWord=0"));
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            var snippet = Snippet(reader.GetString(4), reader.GetString(5), options);
            hits.Add(new SearchHit(reader.GetString(0), reader.GetInt32(1), new Span(reader.GetInt32(2), reader.GetInt32(3)), snippet, -reader.GetFloat(6)));
        }

        return hits;
    }

    /// <summary>The headline with the caller's markers, and the ellipsis on each side where it cut the sentence.</summary>
    internal static string Snippet(string sentence, string headline, SearchOptions options)
    {
        var plain = headline.Replace(Open.ToString(), string.Empty, StringComparison.Ordinal).Replace(Close.ToString(), string.Empty, StringComparison.Ordinal);
        var at = plain.Length == 0 ? -1 : sentence.IndexOf(plain, StringComparison.Ordinal);
        var builder = new StringBuilder();
        if (at > 0 && sentence.AsSpan(0, at).Trim().Length > 0)
        {
            builder.Append(options.Ellipsis);
        }

        builder.Append(headline.Replace(Open.ToString(), options.OpenMarker, StringComparison.Ordinal).Replace(Close.ToString(), options.CloseMarker, StringComparison.Ordinal));
        if (at >= 0 && sentence.AsSpan(at + plain.Length).Trim().Length > 0)
        {
            builder.Append(options.Ellipsis);
        }

        return builder.ToString();
    }
}
