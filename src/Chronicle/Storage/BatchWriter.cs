using System.Data.Common;
using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>
/// The commands of one batch's transaction, created once and reused for every article of the batch.
/// Inserts only: a stored article is never overwritten. The article row is inserted with ON CONFLICT DO
/// NOTHING (both SQLite and PostgreSQL read it), so the insert itself says whether the id was new, even
/// when another process stores the same article at the same moment. Each store adds how its sentences
/// and their search text are written.
/// </summary>
internal abstract class BatchWriter : IDisposable
{
    private readonly BoundCommand insertArticle;
    private readonly BoundCommand insertOrigin;
    private readonly BoundCommand insertLayer;

    protected BatchWriter(DbConnection connection, DbTransaction transaction)
    {
        insertArticle = new BoundCommand(connection, transaction, """
            INSERT INTO articles (id, origin, format, title, outlet, author, url, text, published, published_evidence,
                published_earliest, published_latest, evidence_text, evidence_source, zones, removed, warnings, sentence_count)
            VALUES (@id, @origin, @format, @title, @outlet, @author, @url, @text, @published, @evidence,
                @earliest, @latest, @evidence_text, @evidence_source, @zones, @removed, @warnings, @sentence_count)
            ON CONFLICT (id) DO NOTHING;
            """,
            "@id", "@origin", "@format", "@title", "@outlet", "@author", "@url", "@text", "@published", "@evidence",
            "@earliest", "@latest", "@evidence_text", "@evidence_source", "@zones", "@removed", "@warnings", "@sentence_count");
        insertOrigin = new BoundCommand(connection, transaction,
            "INSERT INTO article_origins (article_id, origin) VALUES (@id, @origin) ON CONFLICT (article_id, origin) DO NOTHING;", "@id", "@origin");
        insertLayer = new BoundCommand(connection, transaction, "INSERT INTO article_layers (article_id, layer, json) VALUES (@id, @layer, @json);", "@id", "@layer", "@json");
    }

    /// <summary>Stores the article with its origin, layers and sentences; false (and nothing written) when its id is already stored.</summary>
    public bool TryInsert(Article article)
    {
        var published = article.Published;
        var inserted = insertArticle.Execute(
            article.Id,
            article.Origin,
            article.Format.ToString(),
            article.Title,
            article.Outlet,
            article.Author,
            article.Url,
            article.Text,
            DateValue(published.Date),
            StoredValues.EvidenceName(published.Evidence),
            DateValue(published.Earliest),
            DateValue(published.Latest),
            published.EvidenceText,
            published.EvidenceSource,
            StoredJson.Zones(article.Zones),
            StoredJson.Removed(article.Removed),
            StoredJson.Strings(article.Warnings),
            article.Sentences.Count);
        if (inserted == 0)
        {
            return false;
        }

        AddOrigin(article.Id, article.Origin);
        foreach (var (layer, json) in article.Layers)
        {
            insertLayer.Execute(article.Id, layer, json);
        }

        InsertSentences(article);
        return true;
    }

    /// <summary>Records one more origin of a stored article (nothing when it is already recorded).</summary>
    public void AddOrigin(string id, string origin) => insertOrigin.Execute(id, origin);

    public virtual void Dispose()
    {
        insertArticle.Dispose();
        insertOrigin.Dispose();
        insertLayer.Dispose();
    }

    /// <summary>A date as this database's date column takes it.</summary>
    protected abstract object? DateValue(DateOnly? date);

    /// <summary>Writes the sentences of a newly stored article, with their tokens and their text for search.</summary>
    protected abstract void InsertSentences(Article article);

    /// <summary>The text of one sentence, as the search index holds it.</summary>
    protected static string SentenceText(Article article, Sentence sentence) => article.Text.Substring(sentence.Span.Start, sentence.Span.Length);
}
