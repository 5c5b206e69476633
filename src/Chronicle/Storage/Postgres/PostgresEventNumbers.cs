using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// The events' global numbers (v1..) in the PostgreSQL store, counted when read as the SQLite store
/// counts them (<see cref="SqliteArticleStore"/>): the events of earlier first days (corpus_event_days)
/// plus the event's place among its own day's, read for all the wanted days in one statement.
/// </summary>
internal static class PostgresEventNumbers
{
    /// <summary>The first day of a sort key as the day table keys it: its first eight characters (the day number, or 99999999 for an undated event).</summary>
    public static string DayOf(string sortKey) => sortKey.Length > 8 ? sortKey[..8] : sortKey;

    /// <summary>The given stored events numbered, each handed to <paramref name="read"/>, in their global order.</summary>
    public static List<T> Numbered<T>(NpgsqlConnection connection, List<(string SortKey, long Block, byte[] Json)> rows, Func<StoredEvent, T> read)
    {
        var numbers = NumbersOf(connection, rows.Select(r => r.SortKey));
        return rows.Select(r => new StoredEvent(numbers[r.SortKey], r.Block, r.Json)).OrderBy(e => e.Number).Select(read).ToList();
    }

    /// <summary>Rows of events (each with its sort key) numbered, each handed to <paramref name="read"/> with its number, in their global order.</summary>
    public static List<T> Numbered<TRow, T>(NpgsqlConnection connection, List<TRow> rows, Func<TRow, string> sortKey, Func<TRow, long, T> read)
    {
        var numbers = NumbersOf(connection, rows.Select(sortKey));
        return rows.Select(r => (Row: r, Number: numbers[sortKey(r)])).OrderBy(x => x.Number).Select(x => read(x.Row, x.Number)).ToList();
    }

    public static Dictionary<string, long> NumbersOf(NpgsqlConnection connection, IEnumerable<string> sortKeys)
    {
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        var keys = sortKeys.Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0)
        {
            return numbers;
        }

        var before = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var days = PostgresCommands.Create(connection, null, "SELECT day, events FROM corpus_event_days ORDER BY day;"))
        using (var reader = days.ExecuteReader())
        {
            long total = 0;
            while (reader.Read())
            {
                before[reader.GetString(0)] = total;
                total += reader.GetInt64(1);
            }
        }

        // Within a day, the place of each key among that day's keys in the index's order (a key is its
        // day, \u0001, then the rest): each wanted day's keys are counted once, in one statement for all,
        // and only the wanted keys come back (the undated events share one "day" of tens of thousands).
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        using var places = PostgresCommands.Create(connection, null, """
            SELECT sort_key, place FROM (
                SELECT e.sort_key, row_number() OVER (PARTITION BY d.day ORDER BY e.sort_key, e.id) AS place
                FROM unnest(@days::text[]) AS d (day)
                JOIN corpus_events AS e ON e.sort_key >= d.day AND e.sort_key < d.day || chr(2)) AS placed
            WHERE sort_key = ANY(@keys);
            """,
            ("days", keys.Select(DayOf).Distinct(StringComparer.Ordinal).ToArray()),
            ("keys", keys));
        using var rows = places.ExecuteReader();
        while (rows.Read())
        {
            var key = rows.GetString(0);
            if (wanted.Remove(key))
            {
                numbers[key] = before.GetValueOrDefault(DayOf(key)) + rows.GetInt64(1);
            }
        }

        return numbers;
    }

    /// <summary>Adds each first day the reader gives (with its count of events) to the day counts, with <paramref name="sign"/>.</summary>
    public static void CountDays(NpgsqlDataReader reader, Dictionary<string, long> days, int sign)
    {
        while (reader.Read())
        {
            var day = reader.GetString(0);
            days[day] = days.GetValueOrDefault(day) + (sign * reader.GetInt64(1));
        }
    }
}
