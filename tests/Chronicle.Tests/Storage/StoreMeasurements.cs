using System.Diagnostics;
using Chronicle.Model;
using Chronicle.Storage;
using Chronicle.Storage.Postgres;
using Xunit.Abstractions;

namespace Chronicle.Tests.Storage;

/// <summary>
/// Store-only write and search figures on the seed texts (articles segmented beforehand, so only the
/// store's own cost is timed), SQLite and PostgreSQL side by side, printed to the test output (run with
/// --logger "console;verbosity=detailed"); the assertions check the counts, not the timings.
/// </summary>
public sealed class StoreMeasurements(ITestOutputHelper output) : IDisposable
{
    private const int Articles = 2000;
    private const int BatchSize = 200;

    private readonly TempStore temp = new();
    private readonly PostgresTestDatabase database = new();

    public void Dispose()
    {
        database.Dispose();
        temp.Dispose();
    }

    [SkippableFact]
    public void Ingest_throughput_on_the_seed_texts()
    {
        var articles = SeedCopies();
        using var store = temp.Open();
        Measure("SQLite", store, [articles]);
        output.WriteLine($"SQLite file {new FileInfo(temp.Path).Length / 1024:N0} KiB");
    }

    [SkippableFact]
    public void Ingest_throughput_on_the_seed_texts_into_postgresql()
    {
        var articles = SeedCopies();
        PostgresTestDatabase.SkipIfUnavailable();
        using var store = PostgresArticleStore.Open(database.Url);
        Measure("PostgreSQL, one writer", store, [articles]);
        output.WriteLine($"PostgreSQL database {store.DatabaseBytes() / 1024:N0} KiB");
    }

    [SkippableFact]
    public void Ingest_throughput_on_the_seed_texts_into_postgresql_with_four_writers()
    {
        var articles = SeedCopies();
        PostgresTestDatabase.SkipIfUnavailable();
        using var store = PostgresArticleStore.Open(database.Url);
        var parts = Enumerable.Range(0, 4).Select(w => articles.Where((_, n) => n % 4 == w).ToArray()).ToArray();
        Measure("PostgreSQL, four writers", store, parts);
    }

    private static Article[] SeedCopies()
    {
        SharedData.SkipIfAbsent();
        var seeds = Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

        // Distinct articles: each copy of a seed gets its own closing line, so each has its own id.
        return Enumerable.Range(0, Articles)
            .Select(n => TempStore.Article(seeds[n % seeds.Length] + $"\n\nCopy number {n}.", $"copies/{n}.txt"))
            .ToArray();
    }

    /// <summary>Writes each part through its own writer (its own store instance for PostgreSQL, as separate processes would), in parallel.</summary>
    private void Measure(string label, IArticleStore store, Article[][] parts)
    {
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(parts, new ParallelOptions { MaxDegreeOfParallelism = parts.Length }, part =>
        {
            using var own = parts.Length > 1 && store is PostgresArticleStore ? PostgresArticleStore.Open(database.Url) : null;
            foreach (var batch in part.Chunk(BatchSize))
            {
                (own ?? store).AddBatch(batch);
            }
        });
        var ingest = watch.Elapsed;
        watch.Restart();
        var hits = store.Search("meeting OR reconciliation", 50);
        var search = watch.Elapsed;

        var count = parts.Sum(p => p.Length);
        var sentences = parts.Sum(p => p.Sum(a => a.Sentences.Count));
        output.WriteLine($"{label}: {count:N0} articles ({sentences:N0} sentences) stored in {ingest.TotalMilliseconds:N0} ms: {count / ingest.TotalSeconds:N0} articles/s; search in {search.TotalMilliseconds:N1} ms");
        Assert.Equal(count, store.Count);
        Assert.NotEmpty(hits);
    }
}
