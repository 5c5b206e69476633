using System.Diagnostics;
using Chronicle.Storage;
using Xunit.Abstractions;

namespace Chronicle.Tests.Storage;

/// <summary>
/// Ingest and search figures on the seed texts, printed to the test output (run with
/// --logger "console;verbosity=detailed"); the assertions check the counts, not the timings.
/// </summary>
public sealed class StoreMeasurements(ITestOutputHelper output) : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [SkippableFact]
    public void Ingest_throughput_on_the_seed_texts()
    {
        SharedData.SkipIfAbsent();
        var seeds = Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

        // Distinct articles: each copy of a seed gets its own closing line, so each has its own id.
        var articles = Enumerable.Range(0, 2000)
            .Select(n => TempStore.Article(seeds[n % seeds.Length] + $"\n\nCopy number {n}.", $"copies/{n}.txt"))
            .ToArray();

        using var store = temp.Open();
        var watch = Stopwatch.StartNew();
        foreach (var batch in articles.Chunk(200))
        {
            store.AddBatch(batch);
        }

        var ingest = watch.Elapsed;
        watch.Restart();
        var hits = store.Search("meeting OR reconciliation", 50);
        var search = watch.Elapsed;

        var sentences = articles.Sum(a => a.Sentences.Count);
        output.WriteLine($"{articles.Length:N0} articles ({sentences:N0} sentences) stored in {ingest.TotalMilliseconds:N0} ms: {articles.Length / ingest.TotalSeconds:N0} articles/s; search in {search.TotalMilliseconds:N1} ms; file {new FileInfo(temp.Path).Length / 1024:N0} KiB");
        Assert.Equal(articles.Length, store.Count);
        Assert.NotEmpty(hits);
    }
}
