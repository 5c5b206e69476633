using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// Where a PostgreSQL store lives: a URL (postgres://user:password@host:port/database?sslmode=require) or
/// an Npgsql connection string (Host=...;Database=...). The URL's query names either libpq's keys
/// (sslmode, connect_timeout, application_name, host) or Npgsql's own (Pooling=false).
/// </summary>
public static class PostgresLocation
{
    public const int DefaultPort = 5432;

    /// <summary>True when <paramref name="db"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string? db) =>
        db is not null && (IsUrl(db) || NamesAHost(db));

    /// <summary>The Npgsql connection settings for a URL or connection string.</summary>
    /// <exception cref="ArgumentException">Not a valid PostgreSQL URL or connection string (the message says why).</exception>
    public static NpgsqlConnectionStringBuilder Parse(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!IsUrl(db))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(db);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new ArgumentException($"not a valid PostgreSQL connection string: {ex.Message}", nameof(db), ex);
            }
        }

        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("not a valid postgres:// URL (expected postgres://user:password@host:port/database)", nameof(db));
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Length > 0 ? Uri.UnescapeDataString(uri.Host.Trim('[', ']')) : "localhost",
            Port = uri.IsDefaultPort || uri.Port <= 0 ? DefaultPort : uri.Port,
        };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            SetOption(builder, key, value);
        }

        return builder;
    }

    /// <summary>The server and database for messages: user@host:port/database, never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        var user = string.IsNullOrEmpty(builder.Username) ? string.Empty : builder.Username + "@";
        return $"{user}{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static bool IsUrl(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    private static void SetOption(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        var npgsqlKey = key.ToLowerInvariant() switch
        {
            "sslmode" => "SSL Mode",
            "connect_timeout" => "Timeout",
            "application_name" => "Application Name",
            "dbname" => "Database",
            "user" => "Username",
            "options" => "Options",
            "target_session_attrs" => "Target Session Attributes",
            _ => key,
        };
        try
        {
            builder[npgsqlKey] = value;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidCastException)
        {
            throw new ArgumentException($"the URL option '{key}={value}' is not understood: {ex.Message}", nameof(key), ex);
        }
    }

    /// <summary>
    /// Host=... or Server=... as one of the pairs: an Npgsql connection string, not a file name. Every command
    /// asks this of its --db, so it is plain code: a regular expression without backtracking is built at run
    /// time, which cost a short command a tenth of its time.
    /// </summary>
    private static bool NamesAHost(string db)
    {
        foreach (var pair in db.Split(';'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair[..equals].Trim() is var key
                && (key.Equals("host", StringComparison.OrdinalIgnoreCase) || key.Equals("server", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
