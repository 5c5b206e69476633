using Chronicle.Model;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>
/// The prepared commands of one batch's transaction, reused for every article of the batch (only their
/// parameter values change). Inserts only: a stored article is never overwritten.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly SqliteCommand exists;
    private readonly SqliteCommand insertArticle;
    private readonly SqliteCommand insertOrigin;
    private readonly SqliteCommand insertSentence;
    private readonly SqliteCommand insertSearchText;
    private readonly SqliteCommand insertLayer;

    public BatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        exists = Prepare(connection, transaction, "SELECT 1 FROM articles WHERE id = $id;", "$id");
        insertArticle = Prepare(connection, transaction, """
            INSERT INTO articles (id, origin, format, title, outlet, author, url, text, published, published_evidence,
                published_earliest, published_latest, evidence_text, evidence_source, zones, removed, warnings, sentence_count)
            VALUES ($id, $origin, $format, $title, $outlet, $author, $url, $text, $published, $evidence,
                $earliest, $latest, $evidence_text, $evidence_source, $zones, $removed, $warnings, $sentence_count);
            """,
            "$id", "$origin", "$format", "$title", "$outlet", "$author", "$url", "$text", "$published", "$evidence",
            "$earliest", "$latest", "$evidence_text", "$evidence_source", "$zones", "$removed", "$warnings", "$sentence_count");
        insertOrigin = Prepare(connection, transaction, "INSERT OR IGNORE INTO article_origins (article_id, origin) VALUES ($id, $origin);", "$id", "$origin");
        insertSentence = Prepare(connection, transaction, "INSERT INTO sentences (article_id, idx, start, \"end\", tokens) VALUES ($id, $idx, $start, $end, $tokens);",
            "$id", "$idx", "$start", "$end", "$tokens");
        insertSearchText = Prepare(connection, transaction, "INSERT INTO sentences_fts (text, article_id, idx) VALUES ($text, $id, $idx);", "$text", "$id", "$idx");
        insertLayer = Prepare(connection, transaction, "INSERT INTO article_layers (article_id, layer, json) VALUES ($id, $layer, $json);", "$id", "$layer", "$json");
    }

    public bool Exists(string id)
    {
        exists.Parameters["$id"].Value = id;
        return exists.ExecuteScalar() is not null;
    }

    public void AddOrigin(string id, string origin)
    {
        insertOrigin.Parameters["$id"].Value = id;
        insertOrigin.Parameters["$origin"].Value = origin;
        insertOrigin.ExecuteNonQuery();
    }

    public void Insert(Article article)
    {
        var published = article.Published;
        var p = insertArticle.Parameters;
        p["$id"].Value = article.Id;
        p["$origin"].Value = article.Origin;
        p["$format"].Value = article.Format.ToString();
        p["$title"].Value = Nullable(article.Title);
        p["$outlet"].Value = Nullable(article.Outlet);
        p["$author"].Value = Nullable(article.Author);
        p["$url"].Value = Nullable(article.Url);
        p["$text"].Value = article.Text;
        p["$published"].Value = Nullable(SqliteArticleStore.FormatDate(published.Date));
        p["$evidence"].Value = published.Evidence.ToString().ToLowerInvariant();
        p["$earliest"].Value = Nullable(SqliteArticleStore.FormatDate(published.Earliest));
        p["$latest"].Value = Nullable(SqliteArticleStore.FormatDate(published.Latest));
        p["$evidence_text"].Value = Nullable(published.EvidenceText);
        p["$evidence_source"].Value = Nullable(published.EvidenceSource);
        p["$zones"].Value = StoredJson.Zones(article.Zones);
        p["$removed"].Value = StoredJson.Removed(article.Removed);
        p["$warnings"].Value = StoredJson.Strings(article.Warnings);
        p["$sentence_count"].Value = article.Sentences.Count;
        insertArticle.ExecuteNonQuery();

        AddOrigin(article.Id, article.Origin);

        foreach (var (layer, json) in article.Layers)
        {
            var l = insertLayer.Parameters;
            l["$id"].Value = article.Id;
            l["$layer"].Value = layer;
            l["$json"].Value = json;
            insertLayer.ExecuteNonQuery();
        }

        foreach (var sentence in article.Sentences)
        {
            var s = insertSentence.Parameters;
            s["$id"].Value = article.Id;
            s["$idx"].Value = sentence.Index;
            s["$start"].Value = sentence.Span.Start;
            s["$end"].Value = sentence.Span.End;
            s["$tokens"].Value = TokenPacking.Pack(sentence.Tokens, sentence.Span.Start);
            insertSentence.ExecuteNonQuery();

            var f = insertSearchText.Parameters;
            f["$text"].Value = article.Text.Substring(sentence.Span.Start, sentence.Span.Length);
            f["$id"].Value = article.Id;
            f["$idx"].Value = sentence.Index;
            insertSearchText.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        exists.Dispose();
        insertArticle.Dispose();
        insertOrigin.Dispose();
        insertSentence.Dispose();
        insertSearchText.Dispose();
        insertLayer.Dispose();
    }

    private static object Nullable(string? value) => value is null ? DBNull.Value : value;

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }
}
