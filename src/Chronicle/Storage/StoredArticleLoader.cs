using System.Data.Common;
using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>Reads one stored article back, every field, with its sentences, their tokens and its layers (either store).</summary>
internal static class StoredArticleLoader
{
    public static Article? Read(DbConnection connection, string id) => Read(connection, id, null);

    /// <summary>
    /// The article with only one of its layers and no sentences when <paramref name="onlyLayer"/> is set
    /// (what fusion reads of it: text, date and event layer; a fraction of the bytes of the whole).
    /// </summary>
    public static Article? Read(DbConnection connection, string id, string? onlyLayer)
    {
        using var command = new BoundCommand(connection, null, """
            SELECT origin, format, title, outlet, author, url, text, published, published_evidence, published_earliest,
                   published_latest, evidence_text, evidence_source, zones, removed, warnings
            FROM articles WHERE id = @id;
            """, "@id");
        using var reader = command.Reader(id);
        if (!reader.Read())
        {
            return null;
        }

        var published = new PublicationDate(
            StoredValues.ReadDate(reader, 7),
            StoredValues.ParseEvidence(reader.GetString(8)),
            StoredValues.ReadDate(reader, 9),
            StoredValues.ReadDate(reader, 10),
            StoredValues.ReadText(reader, 11),
            StoredValues.ReadText(reader, 12));

        var origin = reader.GetString(0);
        var format = Enum.TryParse<ArticleFormat>(reader.GetString(1), out var parsed) ? parsed : ArticleFormat.Text;
        var title = StoredValues.ReadText(reader, 2);
        var outlet = StoredValues.ReadText(reader, 3);
        var author = StoredValues.ReadText(reader, 4);
        var url = StoredValues.ReadText(reader, 5);
        var text = reader.GetString(6);
        var zones = StoredJson.Zones(reader.GetString(13));
        var removed = StoredJson.Removed(reader.GetString(14));
        var warnings = StoredJson.Strings(reader.GetString(15));

        // One open reader per connection (PostgreSQL allows no second): the article row is read before its children.
        reader.Close();
        return new Article(id, origin, format, title, outlet, author, url, text, zones, removed, published, onlyLayer is null ? ReadSentences(connection, id) : [])
        {
            Warnings = warnings,
            Layers = ReadLayers(connection, id, onlyLayer),
        };
    }

    private const string AllLayersOf = """
        WITH RECURSIVE names (layer) AS (
            SELECT MIN(layer) FROM article_layers
            UNION ALL
            SELECT (SELECT MIN(a.layer) FROM article_layers a WHERE a.layer > names.layer) FROM names WHERE names.layer IS NOT NULL)
        SELECT l.layer, l.json FROM names JOIN article_layers l ON l.layer = names.layer AND l.article_id = @id;
        """;

    private static SortedDictionary<string, string> ReadLayers(DbConnection connection, string id, string? onlyLayer)
    {
        // The table's key is (layer, article_id): "WHERE article_id = @id" alone scanned every layer of every
        // article (SQLite and PostgreSQL 15 do not skip over the leading column), which made each whole-article
        // read cost the size of the store. The few layer names are walked on the key instead, each looked up with the id.
        using var command = onlyLayer is null
            ? new BoundCommand(connection, null, AllLayersOf, "@id")
            : new BoundCommand(connection, null, "SELECT layer, json FROM article_layers WHERE article_id = @id AND layer = @layer;", "@id", "@layer");
        using var reader = onlyLayer is null ? command.Reader(id) : command.Reader(id, onlyLayer);
        var layers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            layers[reader.GetString(0)] = reader.GetString(1);
        }

        return layers;
    }

    private static Sentence[] ReadSentences(DbConnection connection, string id)
    {
        using var command = new BoundCommand(connection, null, "SELECT idx, start, \"end\", tokens FROM sentences WHERE article_id = @id ORDER BY idx;", "@id");
        using var reader = command.Reader(id);
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
