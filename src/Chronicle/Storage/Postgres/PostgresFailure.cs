using System.Net.Sockets;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>Reads Npgsql's exceptions: which ones mean "try the batch again", and which mean the server cannot be used, in words.</summary>
internal static class PostgresFailure
{
    /// <summary>A deadlock or serialization failure: the transaction was rolled back and may simply be run again.</summary>
    public static bool IsTransient(PostgresException ex) => ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure;

    /// <summary>Why the server cannot be used (unreachable, login refused, no such database, no right to create the schema); null for any other error.</summary>
    public static string? Describe(Exception ex) => ex switch
    {
        PostgresException pg when pg.SqlState.StartsWith("28", StringComparison.Ordinal) => $"the login was refused: {pg.MessageText}",
        PostgresException pg when pg.SqlState == PostgresErrorCodes.InvalidCatalogName => $"{pg.MessageText} (create it first, e.g. createdb)",
        PostgresException pg when pg.SqlState == PostgresErrorCodes.InsufficientPrivilege => $"cannot create the store's tables: {pg.MessageText}",
        PostgresException pg when pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) => $"the server closed the connection: {pg.MessageText}",
        PostgresException => null,
        NpgsqlException or SocketException or TimeoutException => $"cannot reach the server: {Innermost(ex).Message}",
        _ => null,
    };

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is { } inner)
        {
            ex = inner;
        }

        return ex;
    }
}
