using Chronicle.Model;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>
/// SQLite's part of a batch: prepared commands run once per row (in-process, a row costs no round trip),
/// ISO text dates, and each sentence as a row plus a row of the FTS5 index.
/// </summary>
internal sealed class SqliteBatchWriter : BatchWriter
{
    private readonly BoundCommand insertArticle;
    private readonly BoundCommand insertOrigin;
    private readonly BoundCommand insertLayer;
    private readonly BoundCommand insertSentence;
    private readonly BoundCommand insertSearchText;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        insertArticle = new BoundCommand(connection, transaction,
            $"INSERT INTO articles ({ArticleColumns.Names}) VALUES ({string.Join(", ", ArticleColumns.Parameters)}) ON CONFLICT (id) DO NOTHING;",
            ArticleColumns.Parameters);
        insertOrigin = new BoundCommand(connection, transaction,
            "INSERT INTO article_origins (article_id, origin) VALUES (@id, @origin) ON CONFLICT (article_id, origin) DO NOTHING;", "@id", "@origin");
        insertLayer = new BoundCommand(connection, transaction, "INSERT INTO article_layers (article_id, layer, json) VALUES (@id, @layer, @json);", "@id", "@layer", "@json");
        insertSentence = new BoundCommand(connection, transaction, "INSERT INTO sentences (article_id, idx, start, \"end\", tokens) VALUES (@id, @idx, @start, @end, @tokens);",
            "@id", "@idx", "@start", "@end", "@tokens");
        insertSearchText = new BoundCommand(connection, transaction, "INSERT INTO sentences_fts (text, article_id, idx) VALUES (@text, @id, @idx);", "@text", "@id", "@idx");
    }

    public override IReadOnlySet<string> InsertNew(IReadOnlyList<Article> articles)
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var values = ArticleColumns.All.Select(c => c.Kind == ColumnKind.Date ? StoredValues.FormatDate((DateOnly?)c.Value(article)) : c.Value(article)).ToArray();
            if (insertArticle.Execute(values) == 0)
            {
                continue;
            }

            inserted.Add(article.Id);
            insertOrigin.Execute(article.Id, article.Origin);
            foreach (var (layer, json) in article.Layers)
            {
                insertLayer.Execute(article.Id, layer, json);
            }

            foreach (var sentence in article.Sentences)
            {
                insertSentence.Execute(article.Id, sentence.Index, sentence.Span.Start, sentence.Span.End, TokenPacking.Pack(sentence.Tokens, sentence.Span.Start));
                insertSearchText.Execute(SentenceText(article, sentence), article.Id, sentence.Index);
            }
        }

        return inserted;
    }

    public override void AddOrigins(IReadOnlyList<(string Id, string Origin)> origins)
    {
        foreach (var (id, origin) in origins)
        {
            insertOrigin.Execute(id, origin);
        }
    }

    public override void Dispose()
    {
        insertArticle.Dispose();
        insertOrigin.Dispose();
        insertLayer.Dispose();
        insertSentence.Dispose();
        insertSearchText.Dispose();
    }
}
