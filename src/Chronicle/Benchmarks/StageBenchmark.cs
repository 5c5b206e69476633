using System.Diagnostics;
using Chronicle.Cleaning;
using Chronicle.Dating;
using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Events;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Segmentation;
using Chronicle.Storage;
using Chronicle.Time;

namespace Chronicle.Benchmarks;

/// <summary>
/// The time one stage took over a corpus, on one thread: wall time, the process's CPU time (steadier on
/// a shared machine) and the bytes the thread allocated (exact, whatever the load).
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, int Articles, long Tokens)
{
    public TimeSpan Cpu { get; init; }

    public long AllocatedBytes { get; init; }

    public double ArticlesPerSecond => Articles / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double TokensPerSecond => Tokens / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>The whole ingest (parallel analysis, one batching writer) over a corpus.</summary>
public sealed record IngestTiming(int Articles, long Tokens, TimeSpan Elapsed, long PeakWorkingSetBytes, long StoreBytes)
{
    /// <summary>The process's CPU time over the ingest (all threads): what to compare when other work shares the cores.</summary>
    public TimeSpan Cpu { get; init; }

    /// <summary>Bytes allocated by all threads over the ingest.</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>Time the runtime held threads paused for garbage collection over the ingest.</summary>
    public TimeSpan GcPause { get; init; }

    public double ArticlesPerCpuSecond => Articles / Math.Max(Cpu.TotalSeconds, 1e-9);

    public double ArticlesPerSecond => Articles / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double TokensPerSecond => Tokens / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>
/// Measures each per-article stage on one thread, then the whole ingest into a fresh store, so a
/// change's effect on each stage and on the total shows in one run.
/// </summary>
public static class StageBenchmark
{
    public static IReadOnlyList<StageTiming> TimeStages(IReadOnlyList<RawArticle> corpus)
    {
        var cleaner = new ArticleCleaner();
        var finder = new PublicationDateFinder();
        var tagger = ArticleAnalyzer.SharedTagger;
        var recognizer = EntityRecognizer.Default;
        var linker = ArticleEntityLinker.Default;

        // Warm up on the whole corpus so lexicons and models load outside the timings and every stage
        // runs optimised code: the tiered JIT recompiles a method only after some 30 calls, so with one
        // warm-up article the first stages timed mostly unoptimised code (clean looked twice as slow).
        var analyzer = new ArticleAnalyzer();
        foreach (var raw in corpus)
        {
            analyzer.Analyze(raw);
        }

        var cleaned = Time("clean", corpus, raw => cleaner.Clean(raw.Text, raw.Title), out var cleanTiming);
        var dates = Time("date", corpus, (raw, i) => finder.Find(raw.PublishedRaw, cleaned[i], raw.Text), out var dateTiming);
        var sentences = Time("segment", corpus, (raw, i) => Segmenter.Default.Segment(cleaned[i].Text, cleaned[i].Zones), out var segmentTiming);
        var tokens = sentences.Sum(s => (long)s.Sum(x => x.Tokens.Count));
        var timexes = Time("time (TIMEX3)", corpus, (raw, i) => tagger.Tag(cleaned[i].Text, dates[i].Date), out var timeTiming);
        var entities = Time("entities", corpus, (raw, i) => linker.Analyze(recognizer, "", dates[i].Date, cleaned[i].Text, sentences[i]), out var entityTiming);
        var events = Time("events", corpus, (raw, i) => EventExtractor.Default.Extract(cleaned[i].Text, sentences[i], EventInputs.Times(timexes[i]), EventInputs.Participants(entities[i]), dates[i].Date), out var eventTiming);
        Time("layers (JSON)", corpus, (raw, i) => AnnotationLayers.Serialize(entities[i]).Length + AnnotationLayers.Serialize(timexes[i]).Length + AnnotationLayers.Serialize(events[i]).Length, out var layerTiming);
        Time("whole analysis", corpus, raw => analyzer.Analyze(raw), out var wholeTiming);
        return new[] { cleanTiming, dateTiming, segmentTiming, timeTiming, entityTiming, eventTiming, layerTiming, wholeTiming }
            .Select(t => t with { Tokens = tokens })
            .ToList();
    }

    /// <summary>The texts the time and entity stages see (cleaned, with the date found), for the peers to run on.</summary>
    public static IReadOnlyList<PeerText> PeerTexts(IReadOnlyList<RawArticle> corpus)
    {
        var cleaner = new ArticleCleaner();
        var finder = new PublicationDateFinder();
        return corpus.Select((raw, i) =>
        {
            var cleaned = cleaner.Clean(raw.Text, raw.Title);
            var date = finder.Find(raw.PublishedRaw, cleaned, raw.Text).Date;
            var tokens = Segmenter.Default.Segment(cleaned.Text, cleaned.Zones).Sum(s => s.Tokens.Count);
            return new PeerText(i.ToString(System.Globalization.CultureInfo.InvariantCulture), date, cleaned.Text, tokens);
        }).ToList();
    }

    /// <summary>Times the ingest of <paramref name="corpus"/> into the store <paramref name="db"/> names (a SQLite path or a PostgreSQL URL), which must be empty.</summary>
    /// <exception cref="InvalidOperationException">The store already holds articles (the run would only count duplicates).</exception>
    public static IngestTiming TimeIngest(IEnumerable<RawArticle> corpus, string db, IngestOptions? options = null)
    {
        var analyzer = new ArticleAnalyzer();
        var runner = new IngestRunner(new Reading.ArticleReader(), analyzer, options);
        long tokens = 0;
        var stored = 0;
        long size;
        var watch = new Stopwatch();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        using (var store = ArticleStores.Open(db))
        {
            if (store.Count > 0)
            {
                throw new InvalidOperationException($"{db} already holds {store.Count} articles; a benchmark needs an empty store.");
            }

            watch.Start();
            var summary = runner.RunArticles(corpus, store, outcome => { }, article => Interlocked.Add(ref tokens, article.Sentences.Sum(s => (long)s.Tokens.Count)));
            stored = summary.Added;
            size = store is Storage.Postgres.PostgresArticleStore postgres ? postgres.DatabaseBytes() : 0;
        }

        // Closing counts: SQLite checkpoints its write-ahead log then.
        watch.Stop();
        var process = Process.GetCurrentProcess();
        var timing = new IngestTiming(stored, tokens, watch.Elapsed, process.PeakWorkingSet64, 0)
        {
            Cpu = process.TotalProcessorTime - cpu,
            AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated,
            GcPause = GC.GetTotalPauseDuration() - paused,
        };
        size += new[] { db, db + "-wal" }.Where(f => !ArticleStores.IsPostgres(db) && File.Exists(f)).Sum(f => new FileInfo(f).Length);
        return timing with { StoreBytes = size };
    }

    private static List<T> Time<T>(string stage, IReadOnlyList<RawArticle> corpus, Func<RawArticle, T> work, out StageTiming timing) =>
        Time(stage, corpus, (raw, _) => work(raw), out timing);

    private static List<T> Time<T>(string stage, IReadOnlyList<RawArticle> corpus, Func<RawArticle, int, T> work, out StageTiming timing)
    {
        var results = new List<T>(corpus.Count);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < corpus.Count; i++)
        {
            results.Add(work(corpus[i], i));
        }

        watch.Stop();
        timing = new StageTiming(stage, watch.Elapsed, corpus.Count, 0)
        {
            Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu,
            AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - allocated,
        };
        return results;
    }
}
