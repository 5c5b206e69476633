using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>
/// The events' global numbers (v1..) in the SQLite store. A number is the event's place in sort-key
/// order, counted when read rather than stored: the events of earlier first days (corpus_event_days),
/// the events of its day in earlier spans (corpus_event_spans: a span is a day's events of one first
/// document), and its place in its span. Storing the numbers meant rewriting every later event's row
/// whenever an addition brought an event before them (seconds at 100,000 articles).
/// </summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>The first day of a sort key as the day table keys it: its first eight characters (the day number, or 99999999 for an undated event).</summary>
    private static string DayOf(string sortKey) => sortKey.Length > 8 ? sortKey[..8] : sortKey;

    /// <summary>
    /// The span of a sort key as the span table keys it: the key without its first source's trigger position
    /// and rank (<see cref="Corpus.EventOrder.SortKey"/>), which leaves its day and first document. Every key
    /// of a span starts with it followed by the separator, the lowest character a key holds, so a span's
    /// keys are together in the order and every key of an earlier span sorts before it.
    /// </summary>
    private static string SpanOf(string sortKey) => sortKey.Length > SpanSuffix ? sortKey[..^SpanSuffix] : sortKey;

    /// <summary>The separator, the trigger position in nine digits, the separator and the rank in nine digits.</summary>
    private const int SpanSuffix = 20;

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
        var keys = JsonArrays.Of(sortKeys.Distinct(StringComparer.Ordinal));
        if (keys == "[]")
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

        // The wanted keys in the index's order (the order the numbers follow).
        var inOrder = new List<string>();
        using (var ordered = connection.CreateCommand())
        {
            ordered.CommandText = "SELECT value FROM json_each($keys) ORDER BY value;";
            ordered.Parameters.Add("$keys", SqliteType.Text).Value = keys;
            using var reader = ordered.ExecuteReader();
            while (reader.Read())
            {
                inOrder.Add(reader.GetString(0));
            }
        }

        // A key's place is the events of earlier days, the events of its day in earlier spans, and its place in
        // its span, counted in SQLite for every wanted key in one statement: the spans between one wanted key's
        // and the next (or the start of its day) are summed, and the span's keys up to the key counted. The
        // undated events share one "day" that holds most of a large store's events: counting its keys up to the
        // last wanted one read the whole undated part of the order's index (14,600 pages for a frequent entity's
        // 1,771 undated events); its spans are a seventh of that, and a span holds tens of events. (A statement
        // per day cost a frequent entity's own events and partners a thousand statements.)
        using var places = connection.CreateCommand();
        places.CommandText = """
            SELECT (SELECT COALESCE(SUM(events), 0) FROM corpus_event_spans WHERE span >= json_extract(g.value, '$[0]') AND span < json_extract(g.value, '$[1]')),
                   (SELECT COUNT(*) FROM corpus_events WHERE sort_key >= json_extract(g.value, '$[1]') AND sort_key <= json_extract(g.value, '$[2]'))
            FROM json_each($gaps) AS g ORDER BY g.key;
            """;

        // Every span of a day sorts after the day itself (a key is its day, \u0001, then the rest).
        bool StartsDay(int i) => i == 0 || !string.Equals(DayOf(inOrder[i - 1]), DayOf(inOrder[i]), StringComparison.Ordinal);
        places.Parameters.Add("$gaps", SqliteType.Text).Value = JsonArrays.Of(inOrder.Select((key, i) => new[] { StartsDay(i) ? DayOf(key) : SpanOf(inOrder[i - 1]), SpanOf(key), key }));
        using (var reader = places.ExecuteReader())
        {
            long earlierSpans = 0;
            for (var i = 0; i < inOrder.Count; i++)
            {
                reader.Read();
                if (StartsDay(i))
                {
                    earlierSpans = before.GetValueOrDefault(DayOf(inOrder[i]));
                }

                earlierSpans += reader.GetInt64(0);
                numbers[inOrder[i]] = earlierSpans + reader.GetInt64(1);
            }
        }

        return numbers;
    }

    /// <summary>
    /// SQL that adds <paramref name="sign"/> to the span count (<see cref="SpanOf"/>) of each event the
    /// condition <paramref name="where"/> picks (before the events go, or once they are in).
    /// </summary>
    private static string CountSpans(string where, int sign) =>
        $"INSERT INTO corpus_event_spans (span, events) SELECT substr(sort_key, 1, length(sort_key) - {SpanSuffix}), {sign} * COUNT(*) FROM corpus_events WHERE {where} GROUP BY 1 ON CONFLICT (span) DO UPDATE SET events = events + excluded.events;";

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

    /// <summary>Applies the day counts' changes, dropping days and spans left without events.</summary>
    private void WriteEventDays(SqliteTransaction transaction, Dictionary<string, long> days)
    {
        using var add = Prepare(transaction, "INSERT INTO corpus_event_days (day, events) VALUES ($d, $n) ON CONFLICT (day) DO UPDATE SET events = events + excluded.events;", "$d", "$n");
        foreach (var (day, change) in days.Where(d => d.Value != 0).OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            Run(add, day, change);
        }

        using var empty = connection.CreateCommand();
        empty.Transaction = transaction;
        empty.CommandText = "DELETE FROM corpus_event_days WHERE events <= 0; DELETE FROM corpus_event_spans WHERE events <= 0;";
        empty.ExecuteNonQuery();
    }
}
