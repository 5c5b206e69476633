using Chronicle.Model;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>Reads one stored article back, every field, with its sentences and their tokens.</summary>
internal static class StoredArticleLoader
{
    public static Article? Read(SqliteConnection connection, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT origin, format, title, outlet, author, url, text, published, published_evidence, published_earliest,
                   published_latest, evidence_text, evidence_source, zones, removed, warnings
            FROM articles WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var published = new PublicationDate(
            SqliteArticleStore.ReadDate(reader, 7),
            SqliteArticleStore.ParseEvidence(reader.GetString(8)),
            SqliteArticleStore.ReadDate(reader, 9),
            SqliteArticleStore.ReadDate(reader, 10),
            SqliteArticleStore.ReadText(reader, 11),
            SqliteArticleStore.ReadText(reader, 12));

        return new Article(
            id,
            reader.GetString(0),
            Enum.TryParse<ArticleFormat>(reader.GetString(1), out var format) ? format : ArticleFormat.Text,
            SqliteArticleStore.ReadText(reader, 2),
            SqliteArticleStore.ReadText(reader, 3),
            SqliteArticleStore.ReadText(reader, 4),
            SqliteArticleStore.ReadText(reader, 5),
            reader.GetString(6),
            StoredJson.Zones(reader.GetString(13)),
            StoredJson.Removed(reader.GetString(14)),
            published,
            ReadSentences(connection, id))
        {
            Warnings = StoredJson.Strings(reader.GetString(15)),
            Layers = ReadLayers(connection, id),
        };
    }

    private static SortedDictionary<string, string> ReadLayers(SqliteConnection connection, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT layer, json FROM article_layers WHERE article_id = $id;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var layers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            layers[reader.GetString(0)] = reader.GetString(1);
        }

        return layers;
    }

    private static Sentence[] ReadSentences(SqliteConnection connection, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT idx, start, \"end\", tokens FROM sentences WHERE article_id = $id ORDER BY idx;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var sentences = new List<Sentence>();
        while (reader.Read())
        {
            var start = reader.GetInt32(1);
            var blob = (byte[])reader.GetValue(3);
            sentences.Add(new Sentence(reader.GetInt32(0), new Span(start, reader.GetInt32(2)), TokenPacking.Unpack(blob, start)));
        }

        return sentences.ToArray();
    }
}
