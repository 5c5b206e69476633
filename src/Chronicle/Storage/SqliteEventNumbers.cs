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

        // Within a day, the place of each key among that day's keys in the index's order (the order
        // the numbers follow; a key's own day is read in full, a few events on most days).
        using var dayKeys = connection.CreateCommand();
        dayKeys.CommandText = "SELECT sort_key FROM corpus_events WHERE sort_key >= $from AND sort_key < $to ORDER BY sort_key;";
        var from = dayKeys.Parameters.Add("$from", SqliteType.Text);
        var to = dayKeys.Parameters.Add("$to", SqliteType.Text);
        foreach (var (day, keys) in wanted)
        {
            var want = keys.ToHashSet(StringComparer.Ordinal);
            from.Value = day;
            to.Value = day + "\u0002"; // a key is its day, \u0001, then the rest
            using var reader = dayKeys.ExecuteReader();
            long place = 0;
            while (reader.Read() && want.Count > 0)
            {
                place++;
                var key = reader.GetString(0);
                if (want.Remove(key))
                {
                    numbers[key] = before.GetValueOrDefault(day) + place;
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
