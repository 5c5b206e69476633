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

    public ICorpusIndexStore? OpenSideReader()
    {
        // Read-only and without the schema steps, which the first handle applied: WAL lets it read while
        // the first handle reads or writes.
        var side = new SqliteConnection(new SqliteConnectionStringBuilder(connection.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString());
        try
        {
            side.Open();
            Execute(side, "PRAGMA busy_timeout = 30000;");
            return new SqliteArticleStore(side);
        }
        catch
        {
            side.Dispose();
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
                return StoreReads.Count(connection);
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
            using var transaction = connection.BeginTransaction();
            using var writer = new SqliteBatchWriter(connection, transaction);
            var outcomes = StoreBatch.Write(articles, writer, ArticleValidator.Problem);

            // Disposing the transaction without a commit (an exception above) rolls the batch back.
            transaction.Commit();
            return outcomes;
        }
    }

    /// <summary>Rows of one layer read under the lock at a time (<see cref="ReadLayer"/>).</summary>
    private const int LayerPage = 256;

    public IEnumerable<(string ArticleId, string Json)> ReadLayer(string layer)
    {
        // A page at a time, each read whole under the lock (the connection is shared, so no reader may
        // stay open across calls): a corpus's layer is never held at once (an entity layer of 100,000
        // articles is gigabytes of JSON).
        string? after = null;
        while (true)
        {
            List<(string ArticleId, string Json)> page;
            lock (gate)
            {
                page = StoreReads.ReadLayerPage(connection, layer ?? string.Empty, after, LayerPage);
            }

            foreach (var row in page)
            {
                yield return row;
            }

            if (page.Count < LayerPage)
            {
                yield break;
            }

            after = page[^1].ArticleId;
        }
    }

    public IReadOnlyList<DocumentSummary> ListDocuments()
    {
        lock (gate)
        {
            return StoreReads.ListDocuments(connection);
        }
    }

    public IReadOnlyList<string> ResolveIds(string idOrPrefix)
    {
        if (string.IsNullOrWhiteSpace(idOrPrefix))
        {
            return [];
        }

        lock (gate)
        {
            return StoreReads.ResolveIds(connection, idOrPrefix.Trim(), MaxResolvedIds);
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
            return StoreReads.GetOrigins(connection, id ?? string.Empty);
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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
