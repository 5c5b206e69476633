using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>The small pieces every index statement of the PostgreSQL store is made of: a command with its parameters, id arrays, JSON as UTF-8, rows in batches.</summary>
internal static class PostgresCommands
{
    public static NpgsqlCommand Create(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    public static int Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Create(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>The ids as a text[] parameter, leaving out any that PostgreSQL text cannot hold (no row can have one).</summary>
    public static string[] Texts(IEnumerable<string> ids) => ids.Where(PostgresText.CanHold).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>A text column's value in the UTF-8 the server sent, without decoding it to a string.</summary>
    public static byte[] Utf8(NpgsqlDataReader reader, int ordinal)
    {
        using var stream = reader.GetStream(ordinal);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// The rows in batches of at most <paramref name="rows"/> rows or about <paramref name="characters"/>
    /// characters of text: one statement per batch, without holding a large update's rows (gigabytes of
    /// event JSON at 100,000 articles) at once.
    /// </summary>
    public static IEnumerable<List<T>> Batches<T>(IEnumerable<T> items, Func<T, long> size, int rows = 5_000, long characters = 8_000_000)
    {
        var batch = new List<T>();
        long held = 0;
        foreach (var item in items)
        {
            batch.Add(item);
            held += size(item);
            if (batch.Count >= rows || held >= characters)
            {
                yield return batch;
                batch = [];
                held = 0;
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
