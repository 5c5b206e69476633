using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>
/// The events' global numbers (v1..) in the SQLite store. A number is the event's place in sort-key
/// order, counted when read rather than stored: the events of earlier first days (corpus_event_days)
/// plus the event's place among its own day's. Storing the numbers meant rewriting every later event's
/// row whenever an addition brought an event before them (seconds at 100,000 articles).
/// </summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>The first day of a sort key as the day table keys it: its first eight characters (the day number, or 99999999 for an undated event).</summary>
    private static string DayOf(string sortKey) => sortKey.Length > 8 ? sortKey[..8] : sortKey;

    /// <summary>The given stored events numbered, each handed to <paramref name="read"/>, in their global order.</summary>
    private List<T> Numbered<T>(List<(string SortKey, long Block, byte[] Json)> rows, Func<StoredEvent, T> read)
    {
        var numbers = NumbersOf(rows.Select(r => r.SortKey));
        return rows.Select(r => new StoredEvent(numbers[r.SortKey], r.Block, r.Json)).OrderBy(e => e.Number).Select(read).ToList();
    }

    /// <summary>Rows of events (each with its sort key) numbered, each handed to <paramref name="read"/> with its number, in their global order.</summary>
    private List<T> Numbered<TRow, T>(List<TRow> rows, Func<TRow, string> sortKey, Func<TRow, long, T> read)
    {
        var numbers = NumbersOf(rows.Select(sortKey));
        return rows.Select(r => (Row: r, Number: numbers[sortKey(r)])).OrderBy(x => x.Number).Select(x => read(x.Row, x.Number)).ToList();
    }

    /// <summary>The global numbers of the events with the given sort keys.</summary>
    private Dictionary<string, long> NumbersOf(IEnumerable<string> sortKeys)
    {
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        var wanted = sortKeys.GroupBy(DayOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return numbers;
        }

        var before = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var daysCommand = connection.CreateCommand())
        {
            daysCommand.CommandText = "SELECT day, events FROM corpus_event_days ORDER BY day;";
            using var reader = daysCommand.ExecuteReader();
            long total = 0;
            while (reader.Read())
            {
                before[reader.GetString(0)] = total;
                total += reader.GetInt64(1);
            }
        }

        // Within a day, the place of each key among that day's keys in the index's order (the order the
        // numbers follow), counted in SQLite between one wanted key and the next in that order: the
        // undated events share one "day" that holds most of a large store's events, and reading its keys
        // to count them cost a third of a second for any view that shows an undated event.
        // One statement per day counts every gap (a statement per key cost more in the driver than in SQLite:
        // a frequent entity's 1,902 events, a tenth of a second).
        using var ordered = connection.CreateCommand();
        ordered.CommandText = "SELECT value FROM json_each($keys) ORDER BY value;";
        var keysParameter = ordered.Parameters.Add("$keys", SqliteType.Text);
        using var gaps = connection.CreateCommand();
        gaps.CommandText = """
            SELECT (SELECT COUNT(*) FROM corpus_events WHERE sort_key > json_extract(g.value, '$[0]') AND sort_key <= json_extract(g.value, '$[1]'))
            FROM json_each($gaps) AS g ORDER BY g.key;
            """;
        var gapsParameter = gaps.Parameters.Add("$gaps", SqliteType.Text);
        foreach (var (day, keys) in wanted)
        {
            keysParameter.Value = System.Text.Json.JsonSerializer.Serialize(keys.Distinct(StringComparer.Ordinal));
            var inOrder = new List<string>(keys.Count);
            using (var reader = ordered.ExecuteReader())
            {
                while (reader.Read())
                {
                    inOrder.Add(reader.GetString(0));
                }
            }

            // Every key of the day sorts after the day itself (a key is its day, \u0001, then the rest).
            gapsParameter.Value = System.Text.Json.JsonSerializer.Serialize(inOrder.Select((key, i) => new[] { i == 0 ? day : inOrder[i - 1], key }));
            var place = before.GetValueOrDefault(day);
            using (var reader = gaps.ExecuteReader())
            {
                foreach (var key in inOrder)
                {
                    reader.Read();
                    place += reader.GetInt64(0);
                    numbers[key] = place;
                }
            }
        }

        return numbers;
    }

    /// <summary>Adds each sort key the command reads to the day counts, with <paramref name="sign"/>.</summary>
    private static void CountDays(SqliteCommand command, Dictionary<string, long> days, int sign)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var day = DayOf(reader.GetString(0));
            days[day] = days.GetValueOrDefault(day) + sign;
        }
    }

    /// <summary>Applies the day counts' changes, dropping days left without events.</summary>
    private void WriteEventDays(SqliteTransaction transaction, Dictionary<string, long> days)
    {
        using var add = Prepare(transaction, "INSERT INTO corpus_event_days (day, events) VALUES ($d, $n) ON CONFLICT (day) DO UPDATE SET events = events + excluded.events;", "$d", "$n");
        foreach (var (day, change) in days.Where(d => d.Value != 0).OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            Run(add, day, change);
        }

        using var empty = connection.CreateCommand();
        empty.Transaction = transaction;
        empty.CommandText = "DELETE FROM corpus_event_days WHERE events <= 0;";
        empty.ExecuteNonQuery();
    }
}
