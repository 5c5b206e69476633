using System.Globalization;
using Chronicle.Model;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>
/// The article store in one SQLite file (WAL, so readers are never blocked by a writer). Articles are
/// keyed by their content-hash id and never overwritten: a batch only inserts. One instance holds one
/// connection and serialises its own calls; open one instance per process or thread that needs one.
/// </summary>
public sealed partial class SqliteArticleStore : ICorpusIndexStore
{
    /// <summary>The most ids <see cref="ResolveIds"/> returns.</summary>
    public const int MaxResolvedIds = 100;

    private const string DateFormat = "yyyy-MM-dd";

    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    private SqliteArticleStore(SqliteConnection connection)
    {
        this.connection = connection;
    }

    /// <summary>Opens (creating it if absent) the store at <paramref name="path"/> and brings its schema up to date.</summary>
    /// <exception cref="StoreSchemaException">The file was written by a newer Chronicle.</exception>
    public static SqliteArticleStore Open(string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;");
            SchemaMigrations.Apply(connection);
            return new SqliteArticleStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Deletes a closed store's files (the database and its WAL and shared-memory files).</summary>
    public static void DeleteFiles(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM articles;";
                return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
        }
    }

    public IReadOnlyList<StoreOutcome> AddBatch(IReadOnlyList<Article> articles)
    {
        if (articles is null || articles.Count == 0)
        {
            return [];
        }

        lock (gate)
        {
            var outcomes = new StoreOutcome[articles.Count];
            using var transaction = connection.BeginTransaction();
            using var writer = new BatchWriter(connection, transaction);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var n = 0; n < articles.Count; n++)
            {
                var article = articles[n];
                if (ArticleValidator.Problem(article) is { } problem)
                {
                    outcomes[n] = new StoreOutcome(article?.Id ?? string.Empty, article?.Origin ?? string.Empty, StoreStatus.Rejected, problem);
                    continue;
                }

                if (!seen.Add(article.Id) || writer.Exists(article.Id))
                {
                    writer.AddOrigin(article.Id, article.Origin);
                    outcomes[n] = new StoreOutcome(article.Id, article.Origin, StoreStatus.Duplicate);
                    continue;
                }

                writer.Insert(article);
                outcomes[n] = new StoreOutcome(article.Id, article.Origin, StoreStatus.Added);
            }

            // Disposing the transaction without a commit (an exception above) rolls the batch back.
            transaction.Commit();
            return outcomes;
        }
    }

    public IEnumerable<(string ArticleId, string Json)> ReadLayer(string layer)
    {
        // Materialised under the lock: the connection is shared, so no reader may stay open across calls.
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT article_id, json FROM article_layers WHERE layer = $layer ORDER BY article_id;";
            command.Parameters.AddWithValue("$layer", layer);
            using var reader = command.ExecuteReader();
            var rows = new List<(string, string)>();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1)));
            }

            return rows;
        }
    }

    public IReadOnlyList<DocumentSummary> ListDocuments()
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT id, origin, published, published_evidence, published_earliest, published_latest, outlet, title, sentence_count
                FROM articles
                ORDER BY published IS NULL, published, id;
                """;
            using var reader = command.ExecuteReader();
            var documents = new List<DocumentSummary>();
            while (reader.Read())
            {
                documents.Add(new DocumentSummary(
                    reader.GetString(0),
                    reader.GetString(1),
                    ReadDate(reader, 2),
                    ParseEvidence(reader.GetString(3)),
                    ReadDate(reader, 4),
                    ReadDate(reader, 5),
                    ReadText(reader, 6),
                    ReadText(reader, 7),
                    reader.GetInt32(8)));
            }

            return documents;
        }
    }

    public IReadOnlyList<string> ResolveIds(string idOrPrefix)
    {
        if (string.IsNullOrWhiteSpace(idOrPrefix))
        {
            return [];
        }

        var key = idOrPrefix.Trim();
        lock (gate)
        {
            using var exact = connection.CreateCommand();
            exact.CommandText = "SELECT id FROM articles WHERE id = $id;";
            exact.Parameters.AddWithValue("$id", key);
            if (exact.ExecuteScalar() is string id)
            {
                return [id];
            }

            // A range over the primary key finds the prefix without scanning: [key, key + U+FFFF).
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM articles WHERE id >= $low AND id < $high ORDER BY id LIMIT $limit;";
            command.Parameters.AddWithValue("$low", key);
            command.Parameters.AddWithValue("$high", key + "\uFFFF");
            command.Parameters.AddWithValue("$limit", MaxResolvedIds);
            using var reader = command.ExecuteReader();
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
    }

    public Article? GetArticle(string idOrUniquePrefix)
    {
        var ids = ResolveIds(idOrUniquePrefix);
        if (ids.Count != 1)
        {
            return null;
        }

        lock (gate)
        {
            return StoredArticleLoader.Read(connection, ids[0]);
        }
    }

    public IReadOnlyList<string> GetOrigins(string id)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT origin FROM article_origins WHERE article_id = $id ORDER BY origin;";
            command.Parameters.AddWithValue("$id", id ?? string.Empty);
            using var reader = command.ExecuteReader();
            var origins = new List<string>();
            while (reader.Read())
            {
                origins.Add(reader.GetString(0));
            }

            return origins;
        }
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit) => Search(query, limit, SearchOptions.Default);

    public IReadOnlyList<SearchHit> Search(string query, int limit, SearchOptions options)
    {
        var match = FtsQuery.Build(query);
        if (match.Length == 0 || limit <= 0)
        {
            return [];
        }

        options ??= SearchOptions.Default;
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT f.article_id, f.idx, s.start, s."end",
                       snippet(sentences_fts, 0, $open, $close, $ellipsis, $tokens), bm25(sentences_fts) AS score
                FROM sentences_fts AS f
                JOIN sentences AS s ON s.article_id = f.article_id AND s.idx = f.idx
                WHERE sentences_fts MATCH $match
                ORDER BY score, f.article_id, f.idx
                LIMIT $limit;
                """;
            command.Parameters.AddWithValue("$open", options.OpenMarker ?? "[");
            command.Parameters.AddWithValue("$close", options.CloseMarker ?? "]");
            command.Parameters.AddWithValue("$ellipsis", options.Ellipsis ?? string.Empty);
            command.Parameters.AddWithValue("$tokens", Math.Clamp(options.SnippetTokens, 1, 64));
            command.Parameters.AddWithValue("$match", match);
            command.Parameters.AddWithValue("$limit", limit);
            using var reader = command.ExecuteReader();
            var hits = new List<SearchHit>();
            while (reader.Read())
            {
                hits.Add(new SearchHit(
                    reader.GetString(0),
                    reader.GetInt32(1),
                    new Span(reader.GetInt32(2), reader.GetInt32(3)),
                    reader.GetString(4),
                    reader.GetDouble(5)));
            }

            return hits;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }

    internal static string? FormatDate(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    internal static DateOnly? ReadDate(SqliteDataReader reader, int ordinal) =>
        !reader.IsDBNull(ordinal) && DateOnly.TryParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    internal static string? ReadText(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    internal static DateEvidence ParseEvidence(string value) =>
        Enum.TryParse<DateEvidence>(value, ignoreCase: true, out var evidence) ? evidence : DateEvidence.Unknown;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
