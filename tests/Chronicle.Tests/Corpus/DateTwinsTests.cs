using Chronicle.Corpus;
using Chronicle.Entities.Resolution;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Storage;
using Chronicle.Tests.Storage;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Corpus;

public sealed class DateTwinsTests
{
    private static readonly CorpusIndex Appending = new(EventFuser.Default, EntityResolver.Default, EventOntology.Default, new CorpusIndexPolicy(1, 1.0));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Twins_kept_through_additions_are_the_twins_judged_over_every_event_at_once(bool appending)
    {
        // Events come and go as articles are added (blocks fused again, articles appended): the twins kept at
        // each update must be what judging every stored event at once gives.
        using var temp = new TempStore();
        using var store = temp.Open();
        var updates = VariedSamples.IndexInSteps(store, CorpusIndex.Exact, appending ? Appending : CorpusIndex.Default, 40, (10, 40), (1, 50), (25, 51));

        Assert.Contains(updates, u => u.EventsWritten > 0);
        Assert.True(store.DateTwinsReady());
        var kept = Twins(temp.Path);
        Assert.Contains(kept, t => t.Twin is not null);

        temp.Execute("DELETE FROM corpus_event_twins; INSERT INTO corpus_events_unjudged (id) SELECT id FROM corpus_events;");
        Assert.False(store.DateTwinsReady());
        DateTwins.Fill(store);

        Assert.True(store.DateTwinsReady());
        Assert.Equal(Twins(temp.Path), kept);
    }

    [Fact]
    public void Every_stored_event_is_judged_and_a_twin_is_a_stored_event()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        VariedSamples.IndexInSteps(store, CorpusIndex.Default, CorpusIndex.Default, 30, (12, 30));

        using var connection = new SqliteConnection($"Data Source={temp.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM corpus_events WHERE id NOT IN (SELECT id FROM corpus_event_twins)) + (SELECT COUNT(*) FROM corpus_events_unjudged),
                   (SELECT COUNT(*) FROM corpus_event_twins WHERE id NOT IN (SELECT id FROM corpus_events)),
                   (SELECT COUNT(*) FROM corpus_event_twins WHERE twin IS NOT NULL AND twin NOT IN (SELECT id FROM corpus_events));
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(0, reader.GetInt64(0));
        Assert.Equal(0, reader.GetInt64(1));
        Assert.Equal(0, reader.GetInt64(2));
    }

    /// <summary>Each judged event's sort key with its twin's (null for none), in order: row ids aside.</summary>
    private static List<(string Event, string? Twin)> Twins(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT e.sort_key, w.sort_key FROM corpus_event_twins AS t JOIN corpus_events AS e ON e.id = t.id LEFT JOIN corpus_events AS w ON w.id = t.twin ORDER BY 1;";
        using var reader = command.ExecuteReader();
        var twins = new List<(string Event, string? Twin)>();
        while (reader.Read())
        {
            twins.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return twins;
    }
}
