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
    private static string DayOf(string sortKey) => sortKey.Length > DayLength ? sortKey[..DayLength] : sortKey;

    private const int DayLength = 8;

    /// <summary>
    /// SQL for the span of the sort key in the text column or expression <paramref name="sortKey"/>, as the span
    /// table keys it: the key without its first source's trigger position and rank (<see cref="Corpus.EventOrder.SortKey"/>),
    /// which leaves its day and first document. Every key of a span starts with it followed by the separator, the
    /// lowest character a key holds, so a span's keys are together in the order and every key of an earlier span
    /// sorts before it.
    /// </summary>
    private static string Span(string sortKey) => $"CASE WHEN length({sortKey}) > {SpanSuffix} THEN substr({sortKey}, 1, length({sortKey}) - {SpanSuffix}) ELSE {sortKey} END";

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

        // A key's place is the events of earlier days, the events of its day in earlier spans, and its place in
        // its span, counted in SQLite for every wanted key in one statement, the keys in the index's order (the
        // order the numbers follow): the spans between one wanted key's and the next are summed (from the start
        // of its day for a day's first key: every span of a day sorts after the day itself, as a key is its day,
        // \u0001, then the rest), and the span's keys up to the key counted. The undated events share one "day"
        // that holds most of a large store's events: counting its keys up to the last wanted one read the whole
        // undated part of the order's index (14,600 pages for a frequent entity's 1,771 undated events); its
        // spans are a seventh of that, and a span holds tens of events. (Two statements per day cost a frequent
        // entity's own events and partners two thousand, and the gaps written as JSON escaped each key's
        // separators again.)
        using var places = connection.CreateCommand();
        places.CommandText = $"""
            WITH k AS (SELECT value AS key, lag(value) OVER (ORDER BY value) AS previous FROM json_each($keys)),
                 d AS (SELECT key, previous, previous IS NULL OR substr(previous, 1, {DayLength}) <> substr(key, 1, {DayLength}) AS first FROM k),
                 g AS (SELECT key, first, CASE WHEN first THEN substr(key, 1, {DayLength}) ELSE {Span("previous")} END AS start, {Span("key")} AS span FROM d)
            SELECT key,
                   (SELECT COALESCE(SUM(events), 0) FROM corpus_event_spans WHERE span >= g.start AND span < g.span),
                   (SELECT COUNT(*) FROM corpus_events WHERE sort_key >= g.span AND sort_key <= g.key),
                   first
            FROM g ORDER BY key;
            """;
        places.Parameters.Add("$keys", SqliteType.Text).Value = keys;
        using (var reader = places.ExecuteReader())
        {
            long earlierSpans = 0;
            while (reader.Read())
            {
                var key = reader.GetString(0);
                if (reader.GetBoolean(3))
                {
                    earlierSpans = before.GetValueOrDefault(DayOf(key));
                }

                earlierSpans += reader.GetInt64(1);
                numbers[key] = earlierSpans + reader.GetInt64(2);
            }
        }

        return numbers;
    }

    /// <summary>
    /// SQL that adds <paramref name="sign"/> to the span count (<see cref="Span"/>) of each event the
    /// condition <paramref name="where"/> picks (before the events go, or once they are in).
    /// </summary>
    private static string CountSpans(string where, int sign) =>
        $"INSERT INTO corpus_event_spans (span, events) SELECT {Span("sort_key")}, {sign} * COUNT(*) FROM corpus_events WHERE {where} GROUP BY 1 ON CONFLICT (span) DO UPDATE SET events = events + excluded.events;";

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
