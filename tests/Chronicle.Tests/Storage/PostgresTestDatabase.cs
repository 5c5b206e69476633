using Npgsql;

namespace Chronicle.Tests.Storage;

/// <summary>
/// A fresh PostgreSQL database for one test, on the server that CHRONICLE_TEST_POSTGRES names (.ci/run
/// starts one and sets it), dropped when the test ends. Tests that use it are skipped, with a message
/// saying why, only when the variable is unset or no server answers there.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "CHRONICLE_TEST_POSTGRES";

    private static readonly Lazy<string?> Unavailable = new(FindProblem);

    private NpgsqlConnectionStringBuilder? database;

    /// <summary>The test database as a postgres:// URL (what a user passes to --db); creates it on first use.</summary>
    public string Url
    {
        get
        {
            var b = Create();
            var password = string.IsNullOrEmpty(b.Password) ? string.Empty : ":" + Uri.EscapeDataString(b.Password);
            return $"postgres://{Uri.EscapeDataString(b.Username ?? "postgres")}{password}@{b.Host}:{b.Port}/{b.Database}";
        }
    }

    /// <summary>The test database as an Npgsql connection string; creates it on first use.</summary>
    public string ConnectionString => Create().ConnectionString;

    /// <summary>Skips the calling [SkippableFact] test, with a clear message, when no test server is available.</summary>
    public static void SkipIfUnavailable() => Skip.If(Unavailable.Value is not null, Unavailable.Value);

    public void Dispose()
    {
        if (database is null)
        {
            return;
        }

        // An autovacuum worker may still be busy in the database after a bulk load, and FORCE may not end
        // it for a role that is not a superuser: wait a little for it. A database left behind on the
        // throwaway test server changes no result.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                using var admin = Admin();
                using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database.Database}\" WITH (FORCE);", admin);
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>Runs SQL in the test database (to sabotage or inspect it behind the store's back).</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private NpgsqlConnectionStringBuilder Create()
    {
        if (database is not null)
        {
            return database;
        }

        SkipIfUnavailable();
        var name = "chronicle_test_" + Guid.NewGuid().ToString("N");
        using (var admin = Admin())
        using (var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\";", admin))
        {
            command.ExecuteNonQuery();
        }

        database = new NpgsqlConnectionStringBuilder(Server().ConnectionString) { Database = name, Pooling = true };
        return database;
    }

    private static NpgsqlConnectionStringBuilder Server() =>
        Chronicle.Storage.Postgres.PostgresLocation.Parse(Environment.GetEnvironmentVariable(Variable)!);

    private static NpgsqlConnection Admin()
    {
        var builder = Server();
        builder.Pooling = false;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    private static string? FindProblem()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(url))
        {
            return $"{Variable} is unset: PostgreSQL tests skipped (.ci/run starts a server and sets it, e.g. postgres://chronicle@127.0.0.1:5432/chronicle).";
        }

        try
        {
            using var admin = Admin();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or TimeoutException)
        {
            return $"{Variable}: no PostgreSQL server answers ({ex.Message}): PostgreSQL tests skipped.";
        }
    }
}
