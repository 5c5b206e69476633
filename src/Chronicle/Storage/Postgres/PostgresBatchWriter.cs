using Chronicle.Model;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// PostgreSQL's part of a batch: every table written with one INSERT over unnest(arrays) for the whole
/// batch, so a batch costs four round trips to the server however many articles and sentences it holds.
/// Rows go in the arrays' order, which is id order, so concurrent writers lock rows in the same order.
/// The sentences' tsvector is a generated column.
/// </summary>
internal sealed class PostgresBatchWriter(NpgsqlConnection connection, NpgsqlTransaction transaction) : BatchWriter
{
    private static readonly string InsertArticlesSql = $"""
        INSERT INTO articles ({ArticleColumns.Names})
        SELECT * FROM unnest({string.Join(", ", ArticleColumns.All.Select((c, n) => $"@c{n}::{SqlType(c.Kind)}[]"))})
        ON CONFLICT (id) DO NOTHING
        RETURNING id;
        """;

    public override IReadOnlySet<string> InsertNew(IReadOnlyList<Article> articles)
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        if (articles.Count == 0)
        {
            return inserted;
        }

        using (var command = new NpgsqlCommand(InsertArticlesSql, connection, transaction))
        {
            for (var n = 0; n < ArticleColumns.All.Count; n++)
            {
                command.Parameters.AddWithValue("c" + n, ColumnArray(ArticleColumns.All[n], articles));
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                inserted.Add(reader.GetString(0));
            }
        }

        var stored = articles.Where(a => inserted.Contains(a.Id)).ToList();
        AddOrigins(stored.Select(a => (a.Id, a.Origin)).ToList());
        InsertLayers(stored);
        InsertSentences(stored);
        return inserted;
    }

    public override void AddOrigins(IReadOnlyList<(string Id, string Origin)> origins)
    {
        if (origins.Count == 0)
        {
            return;
        }

        Execute("""
            INSERT INTO article_origins (article_id, origin)
            SELECT * FROM unnest(@id::text[], @origin::text[])
            ON CONFLICT (article_id, origin) DO NOTHING;
            """,
            ("id", origins.Select(o => o.Id).ToArray()),
            ("origin", origins.Select(o => o.Origin).ToArray()));
    }

    public override void Dispose()
    {
        // Commands are created per call and disposed there; the connection and transaction belong to the store.
    }

    private void InsertLayers(List<Article> articles)
    {
        var layers = articles.SelectMany(a => a.Layers.Select(l => (a.Id, l.Key, l.Value))).ToList();
        if (layers.Count == 0)
        {
            return;
        }

        Execute("INSERT INTO article_layers (article_id, layer, json) SELECT * FROM unnest(@id::text[], @layer::text[], @json::text[]);",
            ("id", layers.Select(l => l.Id).ToArray()),
            ("layer", layers.Select(l => l.Key).ToArray()),
            ("json", layers.Select(l => l.Value).ToArray()));
    }

    private void InsertSentences(List<Article> articles)
    {
        var rows = articles.SelectMany(a => a.Sentences.Select(s => (Article: a, Sentence: s))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        Execute("""
            INSERT INTO sentences (article_id, idx, start, "end", tokens, text)
            SELECT * FROM unnest(@id::text[], @idx::integer[], @start::integer[], @end::integer[], @tokens::bytea[], @text::text[]);
            """,
            ("id", rows.Select(r => r.Article.Id).ToArray()),
            ("idx", rows.Select(r => r.Sentence.Index).ToArray()),
            ("start", rows.Select(r => r.Sentence.Span.Start).ToArray()),
            ("end", rows.Select(r => r.Sentence.Span.End).ToArray()),
            ("tokens", rows.Select(r => TokenPacking.Pack(r.Sentence.Tokens, r.Sentence.Span.Start)).ToArray()),
            ("text", rows.Select(r => SentenceText(r.Article, r.Sentence)).ToArray()));
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    /// <summary>One column's values for the whole batch, as an array of the type Npgsql sends for it.</summary>
    private static object ColumnArray(ArticleColumn column, IReadOnlyList<Article> articles) => column.Kind switch
    {
        ColumnKind.Date => articles.Select(a => (DateOnly?)column.Value(a)).ToArray(),
        ColumnKind.Integer => articles.Select(a => (int)column.Value(a)!).ToArray(),
        _ => articles.Select(a => (string?)column.Value(a)).ToArray(),
    };

    private static string SqlType(ColumnKind kind) => kind switch
    {
        ColumnKind.Date => "date",
        ColumnKind.Integer => "integer",
        _ => "text",
    };
}
