using System.Diagnostics;
using Chronicle.Corpus;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Rendering;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Benchmarks;

/// <summary>The cross-article phase on a store: building the index, one entity's timeline, and adding articles to it.</summary>
public sealed record IndexTiming(
    TimeSpan Build,
    CorpusIndexUpdate BuildDetail,
    IReadOnlyList<(string Entity, int Mentions, int Events, TimeSpan Elapsed)> EntityTimelines,
    int Added,
    TimeSpan AddIngest,
    TimeSpan AddIndex,
    CorpusIndexUpdate AddDetail)
{
    /// <summary>The process's CPU time (all threads) over the index build: steadier than wall time on a shared machine.</summary>
    public TimeSpan BuildCpu { get; init; }

    /// <summary>The process's CPU time over bringing the index up to date after the additions.</summary>
    public TimeSpan AddIndexCpu { get; init; }
}

/// <summary>
/// Times what a user waits for once articles are stored: the first timeline (which builds the index),
/// `timeline --entity` (from a freshly opened store, JSON included) for the most mentioned entity and a
/// median one, and adding articles with the index brought up to date.
/// </summary>
public static class IndexBenchmark
{
    public static IndexTiming Run(string storePath, IReadOnlyList<RawArticle> additions)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        TimeSpan buildCpu;
        CorpusIndexUpdate build;
        List<(string Name, int Mentions)> picks;
        using (var store = OpenIndexed(storePath))
        {
            build = CorpusIndex.Default.Update(store);
            watch.Stop();
            buildCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            picks = PickEntities(store);
        }

        var entityTimelines = new List<(string, int, int, TimeSpan)>();
        foreach (var (name, mentions) in picks)
        {
            var clock = Stopwatch.StartNew();
            using var store = OpenIndexed(storePath);
            var timeline = TimelineBuilder.Build(store, new TimelineFilter { Entity = name });
            _ = JsonOutput.Serialize(timeline);
            entityTimelines.Add((name, mentions, timeline.Events.Count, clock.Elapsed));
        }

        var ingest = Stopwatch.StartNew();
        IngestSummary summary;
        using (var store = OpenIndexed(storePath))
        {
            summary = new IngestRunner(new Reading.ArticleReader(), new ArticleAnalyzer()).RunArticles(additions, store, _ => { });
        }

        ingest.Stop();

        // A copy of the store as the addition finds it, for `bench index` to time the update again.
        if (Environment.GetEnvironmentVariable("CHRONICLE_BENCH_BEFORE_ADD") is { Length: > 0 } copy && !ArticleStores.IsPostgres(storePath))
        {
            SqliteArticleStore.DeleteFiles(copy);
            File.Copy(storePath, copy);
        }

        using (var store = OpenIndexed(storePath))
        {
            var index = Stopwatch.StartNew();
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var added = CorpusIndex.Default.Update(store);
            index.Stop();
            return new IndexTiming(watch.Elapsed, build, entityTimelines, summary.Added, ingest.Elapsed, index.Elapsed, added)
            {
                BuildCpu = buildCpu,
                AddIndexCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu,
            };
        }
    }

    /// <summary>Brings a store's index up to date, with the wall and CPU time it took.</summary>
    public static (CorpusIndexUpdate Update, TimeSpan Elapsed, TimeSpan Cpu) Update(string storePath, CorpusIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        using var store = OpenIndexed(storePath);
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var update = index.Update(store);
        return (update, watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    /// <summary>The store that <paramref name="storePath"/> names (a SQLite file or a PostgreSQL database); both keep the index.</summary>
    private static ICorpusIndexStore OpenIndexed(string storePath) => (ICorpusIndexStore)ArticleStores.Open(storePath);

    /// <summary>The most mentioned entity and the median one among those mentioned at least twice.</summary>
    private static List<(string Name, int Mentions)> PickEntities(ICorpusIndexStore store)
    {
        var ranked = store.ReadEntities(null)
            .Where(e => e.Mentions >= 2)
            .OrderByDescending(e => e.Mentions)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        return new[] { ranked[0], ranked[ranked.Count / 2] }
            .Distinct()
            .Select(e => (AnnotationLayers.Deserialize<Entities.Resolution.Entity>(e.Json)!.Name, e.Mentions))
            .ToList();
    }
}
