using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>
/// Each event's nearest possible twin in the SQLite store (schema step 11, <see cref="Corpus.DateTwins"/>): triggers
/// list the events to judge (corpus_events_unjudged) as events come, and as they go with the rows of those
/// they were the twin of.
/// </summary>
public sealed partial class SqliteArticleStore
{
    public bool KeepsDateTwins => true;

    public bool DateTwinsReady()
    {
        lock (gate)
        {
            using var pending = connection.CreateCommand();
            pending.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM corpus_events_unjudged);";
            return Convert.ToInt64(pending.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
        }
    }

    public IReadOnlyList<long> ReadUnjudgedEvents()
    {
        lock (gate)
        {
            var rows = new List<long>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM corpus_events_unjudged ORDER BY id;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(reader.GetInt64(0));
            }

            return rows;
        }
    }

    public IReadOnlyDictionary<long, long?> ReadDateTwins(IReadOnlyCollection<long> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (gate)
        {
            var twins = new Dictionary<long, long?>();
            using var command = ById($"SELECT id, twin FROM corpus_event_twins WHERE id IN {IdList};", rows);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                twins[reader.GetInt64(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
            }

            return twins;
        }
    }

    public IReadOnlyList<(long Row, long Twin)> ReadDateTwinsOf(IReadOnlyCollection<long> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (gate)
        {
            var found = new List<(long Row, long Twin)>();
            using var command = ById($"SELECT id, twin FROM corpus_event_twins WHERE twin IN {IdList} ORDER BY id;", rows);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add((reader.GetInt64(0), reader.GetInt64(1)));
            }

            return found;
        }
    }

    public void WriteDateTwins(IReadOnlyCollection<(long Row, long? Twin)> twins)
    {
        ArgumentNullException.ThrowIfNull(twins);
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();

            // Only events still stored: one may have gone since it was judged (its twin row would outlive it).
            using (var write = Prepare(transaction, "INSERT OR REPLACE INTO corpus_event_twins (id, twin) SELECT $e, $t WHERE EXISTS (SELECT 1 FROM corpus_events WHERE id = $e) AND ($t IS NULL OR EXISTS (SELECT 1 FROM corpus_events WHERE id = $t));", "$e", "$t"))
            using (var judged = Prepare(transaction, "DELETE FROM corpus_events_unjudged WHERE id = $e AND EXISTS (SELECT 1 FROM corpus_event_twins WHERE id = $e);", "$e"))
            {
                foreach (var (row, twin) in twins)
                {
                    Run(write, row, twin is { } t ? t : DBNull.Value);
                    Run(judged, row);
                }
            }

            transaction.Commit();
        }
    }
}
