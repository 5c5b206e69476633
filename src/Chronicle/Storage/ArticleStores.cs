using Chronicle.Storage.Postgres;

namespace Chronicle.Storage;

/// <summary>
/// The one place that turns a --db value into a store: a postgres:// or postgresql:// URL, or an Npgsql
/// connection string (Host=...;Database=...), opens the PostgreSQL store; anything else is a SQLite file path.
/// </summary>
public static class ArticleStores
{
    /// <summary>Opens (creating it, or its schema, if absent) the store that <paramref name="db"/> names.</summary>
    /// <exception cref="StoreUnavailableException">A PostgreSQL server cannot be reached or refuses the login.</exception>
    /// <exception cref="StoreSchemaException">The store was written by a newer Chronicle.</exception>
    public static IArticleStore Open(string db) =>
        IsPostgres(db) ? PostgresArticleStore.Open(db) : SqliteArticleStore.Open(db);

    /// <summary>True when <paramref name="db"/> names a PostgreSQL database.</summary>
    public static bool IsPostgres(string? db) => PostgresLocation.IsPostgres(db);

    /// <summary>
    /// Whether there is a store to read: a SQLite file must exist (so a typo is not a new empty store); a
    /// PostgreSQL database always counts, as opening it is what tells whether the server answers.
    /// </summary>
    public static bool Exists(string db) => IsPostgres(db) || File.Exists(db);
}
