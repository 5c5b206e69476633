using System.Data.Common;
using System.Globalization;

namespace Chronicle.Storage;

/// <summary>
/// The read queries both stores share, in SQL that SQLite and PostgreSQL read alike (the ids, origins
/// and layer names compare byte-wise in both: SQLite's default, a "C" collation in PostgreSQL).
/// </summary>
internal static class StoreReads
{
    public static int Count(DbConnection connection)
    {
        using var command = new BoundCommand(connection, null, "SELECT COUNT(*) FROM articles;");
        return Convert.ToInt32(command.Scalar(), CultureInfo.InvariantCulture);
    }

    internal const string DocumentColumns = "id, origin, published, published_evidence, published_earliest, published_latest, outlet, title, sentence_count";

    public static List<DocumentSummary> ListDocuments(DbConnection connection)
    {
        using var command = new BoundCommand(connection, null, $"SELECT {DocumentColumns} FROM articles ORDER BY published IS NULL, published, id;");
        using var reader = command.Reader();
        var documents = new List<DocumentSummary>();
        while (reader.Read())
        {
            documents.Add(ReadDocument(reader));
        }

        return documents;
    }

    internal static DocumentSummary ReadDocument(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        StoredValues.ReadDate(reader, 2),
        StoredValues.ParseEvidence(reader.GetString(3)),
        StoredValues.ReadDate(reader, 4),
        StoredValues.ReadDate(reader, 5),
        StoredValues.ReadText(reader, 6),
        StoredValues.ReadText(reader, 7),
        reader.GetInt32(8));

    /// <summary>The id equal to <paramref name="key"/>, or else the ids starting with it (at most <paramref name="limit"/>).</summary>
    public static List<string> ResolveIds(DbConnection connection, string key, int limit)
    {
        using (var exact = new BoundCommand(connection, null, "SELECT id FROM articles WHERE id = @id;", "@id"))
        {
            if (exact.Scalar(key) is string id)
            {
                return [id];
            }
        }

        // A range over the primary key finds the prefix without scanning: [key, key + U+FFFF).
        using var command = new BoundCommand(connection, null, "SELECT id FROM articles WHERE id >= @low AND id < @high ORDER BY id LIMIT @limit;", "@low", "@high", "@limit");
        using var reader = command.Reader(key, key + "\uFFFF", limit);
        var ids = new List<string>();
        while (reader.Read())
        {
            var candidate = reader.GetString(0);
            if (candidate.StartsWith(key, StringComparison.Ordinal))
            {
                ids.Add(candidate);
            }
        }

        return ids;
    }

    public static List<string> GetOrigins(DbConnection connection, string id)
    {
        using var command = new BoundCommand(connection, null, "SELECT origin FROM article_origins WHERE article_id = @id ORDER BY origin;", "@id");
        using var reader = command.Reader(id);
        var origins = new List<string>();
        while (reader.Read())
        {
            origins.Add(reader.GetString(0));
        }

        return origins;
    }

    /// <summary>Up to <paramref name="limit"/> rows of one layer, in article id order, after the article id <paramref name="after"/> (from the first when null).</summary>
    public static List<(string ArticleId, string Json)> ReadLayerPage(DbConnection connection, string layer, string? after, int limit)
    {
        var page = new List<(string ArticleId, string Json)>(limit);
        using var command = new BoundCommand(connection, null, "SELECT article_id, json FROM article_layers WHERE layer = @layer AND article_id > @after ORDER BY article_id LIMIT @limit;", "@layer", "@after", "@limit");
        using var reader = command.Reader(layer, after ?? string.Empty, limit);
        while (reader.Read())
        {
            page.Add((reader.GetString(0), reader.GetString(1)));
        }

        return page;
    }

    /// <summary>Streams one layer's rows in article id order; the connection stays busy until the enumeration ends.</summary>
    public static IEnumerable<(string ArticleId, string Json)> ReadLayer(DbConnection connection, string layer)
    {
        using var command = new BoundCommand(connection, null, "SELECT article_id, json FROM article_layers WHERE layer = @layer ORDER BY article_id;", "@layer");
        using var reader = command.Reader(layer);
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetString(1));
        }
    }
}
