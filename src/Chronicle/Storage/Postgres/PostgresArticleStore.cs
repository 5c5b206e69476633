using Chronicle.Model;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// The article store in a PostgreSQL database, with the SQLite store's semantics (content-hash ids, each
/// article once with all its origins, layers, ranked sentence search). Several processes may write to
/// one database at once: articles go in with INSERT ... ON CONFLICT DO NOTHING in id order (so the
/// insert decides Added or Duplicate even under a race, and writers cannot deadlock each other), and a
/// batch that the server still aborts for a deadlock or serialization failure is retried whole. It also
/// keeps the cross-article index (<see cref="ICorpusIndexStore"/>), in the same tables as the SQLite store.
/// Thread-safe: every call borrows a pooled connection.
/// </summary>
public sealed partial class PostgresArticleStore : ICorpusIndexStore
{
    /// <summary>How many times a batch is tried when the server aborts it for a deadlock or serialization failure.</summary>
    public const int MaxBatchAttempts = 5;

    private readonly NpgsqlDataSource dataSource;

    private PostgresArticleStore(NpgsqlDataSource dataSource, string describedAs)
    {
        this.dataSource = dataSource;
        DescribedAs = describedAs;
    }

    /// <summary>The server and database, for messages (user@host:port/database; never the password).</summary>
    public string DescribedAs { get; }

    /// <summary>Connects to the database named by a postgres:// URL or an Npgsql connection string and brings its schema up to date.</summary>
    /// <exception cref="StoreUnavailableException">The location is malformed, or the server cannot be reached or refuses the login.</exception>
    /// <exception cref="StoreSchemaException">The database was written by a newer Chronicle.</exception>
    public static PostgresArticleStore Open(string db)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = PostgresLocation.Parse(db);
        }
        catch (ArgumentException ex)
        {
            throw new StoreUnavailableException($"{Redacted(db)}: {ex.Message}", ex);
        }

        if (builder.MaxAutoPrepare == 0)
        {
            // The batch's commands run once per article: let Npgsql prepare them on the server.
            builder.MaxAutoPrepare = 16;
        }


        // The store changes no session state (its advisory locks end with their transactions): a pooled
        // connection need not be reset on every return, which an index build does once per article read.
        builder.NoResetOnClose = true;

        var describedAs = PostgresLocation.Describe(builder);
        // The store uses built-in types only: reading the server's type catalogue on the first
        // connection (tens of ms) was a large part of a short command such as `timeline --entity`.
        var dataSource = new NpgsqlDataSourceBuilder(builder.ConnectionString).ConfigureTypeLoading(t => t.EnableTypeLoading(false)).Build();
        try
        {
            using var connection = dataSource.OpenConnection();
            PostgresSchema.Apply(connection, describedAs);
            return new PostgresArticleStore(dataSource, describedAs);
        }
        catch (Exception ex)
        {
            dataSource.Dispose();
            if (PostgresFailure.Describe(ex) is { } problem)
            {
                throw new StoreUnavailableException($"PostgreSQL at {describedAs}: {problem}", ex);
            }

            throw;
        }
    }

    public int Count
    {
        get
        {
            using var connection = dataSource.OpenConnection();
            return StoreReads.Count(connection);
        }
    }

    public IReadOnlyList<StoreOutcome> AddBatch(IReadOnlyList<Article> articles)
    {
        if (articles is null || articles.Count == 0)
        {
            return [];
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = dataSource.OpenConnection();
                using var transaction = connection.BeginTransaction();
                using var writer = new PostgresBatchWriter(connection, transaction);
                var outcomes = StoreBatch.Write(articles, writer, article => ArticleValidator.Problem(article) ?? PostgresText.Problem(article!));
                transaction.Commit();
                return outcomes;
            }
            catch (PostgresException ex) when (attempt < MaxBatchAttempts && PostgresFailure.IsTransient(ex))
            {
                // Rolled back whole; another writer won the race. Try again after a short, growing pause.
                Thread.Sleep(TimeSpan.FromMilliseconds(20 * attempt * attempt));
            }
        }
    }

    public IEnumerable<(string ArticleId, string Json)> ReadLayer(string layer)
    {
        if (!PostgresText.CanHold(layer))
        {
            yield break;
        }

        using var connection = dataSource.OpenConnection();
        foreach (var row in StoreReads.ReadLayer(connection, layer))
        {
            yield return row;
        }
    }

    public IReadOnlyList<DocumentSummary> ListDocuments()
    {
        using var connection = dataSource.OpenConnection();
        return StoreReads.ListDocuments(connection);
    }

    public IReadOnlyList<string> ResolveIds(string idOrPrefix)
    {
        if (string.IsNullOrWhiteSpace(idOrPrefix) || !PostgresText.CanHold(idOrPrefix))
        {
            return [];
        }

        using var connection = dataSource.OpenConnection();
        return StoreReads.ResolveIds(connection, idOrPrefix.Trim(), SqliteArticleStore.MaxResolvedIds);
    }

    public Article? GetArticle(string idOrUniquePrefix)
    {
        var ids = ResolveIds(idOrUniquePrefix);
        if (ids.Count != 1)
        {
            return null;
        }

        using var connection = dataSource.OpenConnection();
        return StoredArticleLoader.Read(connection, ids[0]);
    }

    public IReadOnlyList<string> GetOrigins(string id)
    {
        if (id is null || !PostgresText.CanHold(id))
        {
            return [];
        }

        using var connection = dataSource.OpenConnection();
        return StoreReads.GetOrigins(connection, id);
    }

    /// <summary>The database's size on the server's disk (tables, indexes, the search index), for benchmarks.</summary>
    public long DatabaseBytes()
    {
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand("SELECT pg_database_size(current_database());", connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit) => Search(query, limit, SearchOptions.Default);

    public IReadOnlyList<SearchHit> Search(string query, int limit, SearchOptions options)
    {
        var tsQuery = TsQuery.Build(query);
        if (tsQuery.Length == 0 || limit <= 0)
        {
            return [];
        }

        using var connection = dataSource.OpenConnection();
        return PostgresSearch.Run(connection, tsQuery, limit, options ?? SearchOptions.Default);
    }

    /// <summary>None: each call takes its own connection from the pool, so calls already run side by side.</summary>
    public ICorpusIndexStore? OpenSideReader() => null;

    public void Dispose() => dataSource.Dispose();

    // A connection string may carry a password: show only what comes before any key=value pairs.
    private static string Redacted(string db) =>
        PostgresLocation.IsPostgres(db) && !db.Contains("://", StringComparison.Ordinal) ? "the PostgreSQL connection string" : db.Split('@')[^1];
}
