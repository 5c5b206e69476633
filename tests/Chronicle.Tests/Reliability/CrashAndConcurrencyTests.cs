using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Reliability;

/// <summary>
/// The store under abuse: a killed ingest, and two ingests into one store at once. These run the real
/// program in separate processes, since a crash cannot be simulated faithfully inside the test host.
/// </summary>
public sealed class CrashAndConcurrencyTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);
    private readonly TempDirectory temp = new();

    [Fact]
    public void A_killed_ingest_leaves_a_sound_store_and_the_rerun_completes_without_duplicates()
    {
        var corpus = Path.Combine(temp.Path, "corpus");
        var db = Path.Combine(temp.Path, "store.db");
        CorpusWriter.Write(corpus, 1500);

        using (var ingest = ChronicleProcess.Start("ingest", corpus, "--db", db, "--quiet"))
        {
            // Kill once the first batches are committed, mid-way through the rest.
            var deadline = DateTime.UtcNow + Limit;
            while (CountArticles(db) < 300 && !ingest.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }

            if (!ingest.HasExited)
            {
                ingest.Kill(entireProcessTree: true);
            }

            ingest.WaitForExit();
        }

        var stored = CountArticles(db);
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check;"));
        Assert.InRange(stored, 1, 1499); // the kill landed mid-ingest, after some batches were committed
        // Every stored article is whole: its sentences and layers are there.
        Assert.Equal(0L, Scalar<long>(db, "SELECT COUNT(*) FROM articles a WHERE a.sentence_count <> (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id);"));
        Assert.Equal(0L, Scalar<long>(db, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_layers l WHERE l.article_id = a.id);"));

        Assert.Equal(0, ChronicleProcess.Run(Limit, "ingest", corpus, "--db", db, "--quiet"));
        Assert.Equal(1500L, CountArticles(db));
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check;"));
    }

    [Fact]
    public void Two_ingests_into_one_store_at_once_store_every_article_once()
    {
        var first = Path.Combine(temp.Path, "first");
        var db = Path.Combine(temp.Path, "store.db");
        CorpusWriter.Write(first, 300);

        // Both processes get the same folder: every article is offered twice, concurrently.
        using var a = ChronicleProcess.Start("ingest", first, "--db", db, "--quiet");
        using var b = ChronicleProcess.Start("ingest", first, "--db", db, "--quiet");
        Assert.True(a.WaitForExit(Limit) && b.WaitForExit(Limit));

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        Assert.Equal(300L, CountArticles(db));
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check;"));
    }

    [Fact]
    public void Readers_see_committed_articles_while_an_ingest_writes()
    {
        var corpus = Path.Combine(temp.Path, "corpus");
        var db = Path.Combine(temp.Path, "store.db");
        CorpusWriter.Write(corpus, 800);
        using var ingest = ChronicleProcess.Start("ingest", corpus, "--db", db, "--quiet");
        var reads = 0;
        while (!ingest.HasExited)
        {
            if (File.Exists(db))
            {
                Assert.Equal(0, ChronicleProcess.Run(Limit, "docs", "--db", db, "--format", "json"));
                reads++;
            }

            Thread.Sleep(100);
        }

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(800L, CountArticles(db));
        Assert.True(reads > 0);
    }

    private static long CountArticles(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            return Scalar<long>(db, "SELECT COUNT(*) FROM articles;");
        }
        catch (SqliteException)
        {
            // The schema is not created yet.
            return 0;
        }
    }

    private static string Scalar(string db, string sql) => Scalar<string>(db, sql);

    private static T Scalar<T>(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => temp.Dispose();
}
