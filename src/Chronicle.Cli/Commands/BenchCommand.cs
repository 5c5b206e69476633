using System.CommandLine;
using System.Globalization;
using Chronicle.Benchmarks;
using Chronicle.Cli.Output;
using Chronicle.Corpus;
using Chronicle.Evaluation.Timex;
using Chronicle.Time;
using Chronicle.Model;
using Chronicle.Reading;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle bench`: per-stage speed on one thread, and the whole ingest at growing corpus sizes.</summary>
public static class BenchCommand
{
    /// <summary>The default sources, beside the clone: TimeML news, the timeline-summarisation articles and the seeds.</summary>
    private static readonly string[] DefaultSources = ["../shared/data/tbaq-cleaned", "../shared/data/tls-timeline17-mj", "../shared/seeds"];

    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Source folders to vary into the benchmark corpus (default: ../shared/data/tbaq-cleaned, ../shared/data/tls-timeline17-mj and ../shared/seeds, or samples/ when those are absent).", Arity = ArgumentArity.ZeroOrMore };
        var sizes = new Option<int[]>("--articles", "-n") { Description = "Corpus sizes for the ingest runs (e.g. -n 1000 10000 100000).", DefaultValueFactory = _ => [1000], AllowMultipleArgumentsPerToken = true };
        var stageArticles = new Option<int>("--stage-articles") { Description = "Articles for the per-stage timings and the peers.", DefaultValueFactory = _ => 300 };
        var add = new Option<int>("--add") { Description = "Articles added to each store afterwards, with the index brought up to date.", DefaultValueFactory = _ => 100 };
        var noIndex = new Option<bool>("--no-index") { Description = "Skip the cross-article phase (index build, timeline --entity, adding articles)." };
        var timePeers = new Option<string>("--time-peers") { Description = "Folder of chrono-node and Recognizers-Text (after npm ci).", DefaultValueFactory = _ => "bench/peers" };
        var entityPeers = new Option<string>("--entity-peers") { Description = "Folder of compromise (after npm ci).", DefaultValueFactory = _ => "bench/peers-ner" };
        var noPeers = new Option<bool>("--no-peers") { Description = "Do not run the node peers." };
        var db = new Option<string?>("--db") { Description = "Ingest into this empty store (a SQLite path or a postgres:// URL) instead of a fresh temporary SQLite file; one size per run." };
        var peerArticles = new Option<int>("--peer-articles") { Description = "Articles the peers and Chronicle's time and entity stages are timed on, side by side (Recognizers-Text is slow on long texts).", DefaultValueFactory = _ => 20 };
        var command = new Command("bench", "Measure each stage (one thread) against the node peers on the same texts, the whole ingest (all cores) at growing corpus sizes, and the cross-article index on each store.")
        {
            paths, sizes, stageArticles, add, noIndex, timePeers, entityPeers, noPeers, peerArticles, db,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(db) is { } storePath)
            {
                // A store that cannot be opened (a missing folder, a file that is not a store) is one clear error
                // before minutes of stage timings, not an exception at the ingest.
                CommonOptions.OpenStore(storePath).Dispose();
            }

            var given = parse.GetValue(paths) is { Length: > 0 } p ? p : DefaultSources.Where(Directory.Exists).ToArray();
            var inputs = given.Length > 0 ? given : ["samples/"];
            var loaded = BenchSources.Load(inputs);
            var sources = BenchSources.Interleave(loaded);
            if (sources.Count == 0)
            {
                throw new CliFailureException($"no readable articles in {string.Join(", ", inputs)}.");
            }

            var c = CultureInfo.InvariantCulture;
            foreach (var source in loaded)
            {
                io.Out.WriteLine($"source: {source.Path}: {source.Articles.Count} articles, {source.Words / (double)Math.Max(1, source.Articles.Count):0} words each on average");
            }

            io.Out.WriteLine($"{Environment.ProcessorCount} cores; {(Environment.GetEnvironmentVariable("CHRONICLE_BENCH_LOAD") is { Length: > 0 } load ? "load: " + load : "other load on the machine not stated (set CHRONICLE_BENCH_LOAD to label it)")}");
            io.Out.WriteLine();

            var variator = new CorpusVariator(sources);
            var stageCorpus = variator.Generate(Math.Max(1, parse.GetValue(stageArticles))).ToList();
            var stageTimings = StageBenchmark.TimeStages(stageCorpus);
            var stages = new TextTable(("stage (one thread)", 20), ("articles", 8), ("ms", 8), ("articles/s", 10), ("tokens/s", 12), ("CPU ms", 8), ("KB/article", 10));
            foreach (var t in stageTimings)
            {
                stages.Add(t.Stage, t.Articles.ToString(c), t.Elapsed.TotalMilliseconds.ToString("0", c), t.ArticlesPerSecond.ToString("0", c), t.TokensPerSecond.ToString("0", c), t.Cpu.TotalMilliseconds.ToString("0", c), (t.AllocatedBytes / 1024.0 / Math.Max(1, t.Articles)).ToString("0", c));
            }

            io.Out.Write(stages.Render());
            io.Out.WriteLine();
            if (!parse.GetValue(noPeers))
            {
                WritePeers(io, stageCorpus.Take(Math.Max(1, parse.GetValue(peerArticles))).ToList(), parse.GetValue(timePeers)!, parse.GetValue(entityPeers)!);
            }
            else
            {
                io.Out.WriteLine("peers: skipped (--no-peers).");
                io.Out.WriteLine();
            }

            var ingest = new TextTable(("ingest (all cores)", 18), ("seconds", 8), ("articles/s", 10), ("tokens/s", 12), ("peak MB", 8), ("store MB", 8), ("CPU s", 6), ("articles/CPU s", 14), ("KB/article", 10), ("GC pause s", 10));
            var index = new TextTable(("cross-article", 18), ("index s", 8), ("CPU s", 6), ("resolve/refine/link/fuse/write s", 32), ("blocks", 7), ("largest", 8), ("entity timeline", 72), ("add", 5), ("add ingest s", 12), ("add index s", 11), ("CPU s", 6), ("add resolve/refine/link/fuse/write s", 36), ("re-fused", 14));
            var target = parse.GetValue(db);
            if (target is not null && parse.GetValue(sizes)!.Length != 1)
            {
                throw new UsageException("--db takes one --articles size: each run needs an empty store.");
            }

            foreach (var size in parse.GetValue(sizes)!)
            {
                var store = target ?? Path.Combine(Path.GetTempPath(), $"chronicle-bench-{Guid.NewGuid():N}.db");
                try
                {
                    io.Error.WriteLine($"bench: ingesting {size} articles ...");
                    // Generated as ingest reads them, as files would be: the whole corpus held in memory
                    // beforehand was over a gigabyte of the process's peak at 100,000 articles.
                    var t = StageBenchmark.TimeIngest(variator.Generate(size), store);
                    io.Error.WriteLine($"bench: {t.Articles} articles in {t.Elapsed.TotalSeconds:0.0} s; building the index ...");
                    ingest.Add($"{t.Articles} articles", t.Elapsed.TotalSeconds.ToString("0.0", c), t.ArticlesPerSecond.ToString("0", c), t.TokensPerSecond.ToString("0", c), (t.PeakWorkingSetBytes / 1048576.0).ToString("0", c), (t.StoreBytes / 1048576.0).ToString("0.0", c), t.Cpu.TotalSeconds.ToString("0.0", c), t.ArticlesPerCpuSecond.ToString("0", c), (t.AllocatedBytes / 1024.0 / Math.Max(1, t.Articles)).ToString("0", c), t.GcPause.TotalSeconds.ToString("0.0", c));
                    if (!parse.GetValue(noIndex))
                    {
                        var x = IndexBenchmark.Run(store, variator.Generate(Math.Max(0, parse.GetValue(add)), size).ToList());
                        var entities = string.Join("; ", x.EntityTimelines.Select(e => $"{e.Mentions} mentions, {e.Events} events: {e.Elapsed.TotalMilliseconds:0} ms"));
                        index.Add(
                            $"{t.Articles} articles",
                            x.Build.TotalSeconds.ToString("0.0", c),
                            x.BuildCpu.TotalSeconds.ToString("0.0", c),
                            Phases(x.BuildDetail),
                            x.BuildDetail.BlocksFused.ToString(c),
                            x.BuildDetail.LargestBlock.ToString(c),
                            entities,
                            x.Added.ToString(c),
                            x.AddIngest.TotalSeconds.ToString("0.00", c),
                            x.AddIndex.TotalSeconds.ToString("0.00", c),
                            x.AddIndexCpu.TotalSeconds.ToString("0.00", c),
                            Phases(x.AddDetail),
                            $"{x.AddDetail.MentionsFused}/{x.BuildDetail.MentionsFused}");
                    }
                }
                finally
                {
                    if (target is null)
                    {
                        SqliteArticleStore.DeleteFiles(store);
                    }
                }
            }

            io.Out.Write(ingest.Render());
            io.Out.WriteLine("CPU s: the process's CPU time over the ingest (all threads, GC included); articles/CPU s: articles per CPU second (the rate on one free core); KB/article: bytes allocated; GC pause s: time threads were held for garbage collection.");
            if (!parse.GetValue(noIndex))
            {
                io.Out.WriteLine();
                io.Out.Write(index.Render());
                io.Out.WriteLine("index s: first timeline's index build (entity resolution, blocks, fusion); CPU s: the process's CPU time over it (all threads; steadier than wall seconds on a loaded machine); entity timeline: `timeline --entity` from a freshly opened store, JSON included, for the most mentioned and a median entity; re-fused: event mentions fused again for the addition / mentions in the store before it.");
            }

            return ExitCodes.Ok;
        });
        command.Subcommands.Add(CreateTime(io));
        command.Subcommands.Add(CreateCorpus(io));
        command.Subcommands.Add(CreateIndex(io));
        return command;
    }

    /// <summary>`chronicle bench index DB`: brings a store's index up to date and says what it took (a copy of the store, kept by setting CHRONICLE_BENCH_BEFORE_ADD during a bench, times the addition again).</summary>
    private static Command CreateIndex(CliIo io)
    {
        var db = new Argument<string>("DB") { Description = "Store (SQLite file or postgres:// URL) whose index to bring up to date." };
        var exact = new Option<bool>("--exact") { Description = "The exact update, which also takes in again the articles appended before: the index a build from scratch gives (by default a few new articles in a large index are appended)." };
        var command = new Command("index", "Bring a store's cross-article index up to date and print the time of each phase and what was fused again.") { db, exact };
        command.SetAction(parse =>
        {
            CommonOptions.OpenExistingStore(parse.GetValue(db)!).Dispose();
            var (u, elapsed, cpu) = IndexBenchmark.Update(parse.GetValue(db)!, parse.GetValue(exact) ? CorpusIndex.Exact : CorpusIndex.Default);
            var c = CultureInfo.InvariantCulture;
            io.Out.WriteLine($"index s {elapsed.TotalSeconds.ToString("0.00", c)}, CPU s {cpu.TotalSeconds.ToString("0.00", c)}, resolve/refine/link/fuse/write s {Phases(u)}");
            io.Out.WriteLine($"new articles {u.NewArticles}{(u.Appended ? " (appended)" : string.Empty)}, re-linked {u.RecomputedArticles}, re-dated {u.Redated}, first fusion mentions {u.FirstMentionsFused}, blocks fused {u.BlocksFused} (largest {u.LargestBlock}), mentions fused {u.MentionsFused}, events written {u.EventsWritten}, kept {u.EventsKept}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IngestTiming TimeIngest(IEnumerable<RawArticle> corpus, string db)
    {
        try
        {
            return StageBenchmark.TimeIngest(corpus, db);
        }
        catch (Exception ex) when (ex is StoreUnavailableException or StoreSchemaException or InvalidOperationException)
        {
            throw new CliFailureException(ex.Message);
        }
    }

    /// <summary>`chronicle bench corpus OUT_DIR -n N`: the varied corpus as JSON Lines files, to ingest (or split among workers) by hand.</summary>
    private static Command CreateCorpus(CliIo io)
    {
        var output = new Argument<string>("OUT_DIR") { Description = "Folder to write part-NNN.jsonl files into (created if absent)." };
        var paths = new Option<string[]>("--from") { Description = "Source articles to vary (default: samples/).", DefaultValueFactory = _ => ["samples/"], AllowMultipleArgumentsPerToken = true };
        var count = new Option<int>("--articles", "-n") { Description = "How many distinct articles to write.", DefaultValueFactory = _ => 1000 };
        var files = new Option<int>("--files") { Description = "How many files to spread them over (round robin).", DefaultValueFactory = _ => 8 };
        var command = new Command("corpus", "Write the benchmark's varied corpus as JSON Lines files (title, text, published, url, outlet, author).") { output, paths, count, files };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths)!;
            var sources = new ArticleReader().ReadAll(inputs).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
            if (sources.Count == 0)
            {
                throw new CliFailureException($"no readable articles in {string.Join(", ", inputs)}.");
            }

            if (parse.GetValue(count) < 1 || parse.GetValue(files) < 1)
            {
                throw new UsageException("--articles and --files must be at least 1.");
            }

            var written = CorpusFiles.Write(new CorpusVariator(sources).Generate(parse.GetValue(count)), parse.GetValue(output)!, parse.GetValue(files));
            io.Out.WriteLine($"{parse.GetValue(count)} articles in {written.Count} files under {parse.GetValue(output)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Phases(Chronicle.Corpus.CorpusIndexUpdate u) =>
        string.Join('/', new[] { u.Resolve, u.Refine, u.Link, u.Fuse, u.Write }.Select(t => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)));

    /// <summary>The peers on the stage corpus's texts, each against Chronicle's stage that does the same job, as a ratio of times.</summary>
    private static void WritePeers(CliIo io, IReadOnlyList<RawArticle> corpus, string timePeers, string entityPeers)
    {
        var c = CultureInfo.InvariantCulture;
        var texts = StageBenchmark.PeerTexts(corpus);
        io.Out.WriteLine($"peers: {texts.Count} articles, {texts.Sum(t => (long)t.Tokens)} tokens, the same cleaned texts and dates for every tool");
        var stages = StageBenchmark.TimeStages(corpus);
        var run = PeerBenchmark.Run(texts, timePeers, entityPeers);
        var ours = new Dictionary<string, StageTiming>
        {
            ["time"] = stages.First(s => s.Stage.StartsWith("time", StringComparison.Ordinal)),
            ["entities"] = stages.First(s => s.Stage == "entities"),
        };
        var table = new TextTable(("peer (same texts)", 30), ("task", 8), ("seconds", 8), ("tokens/s", 10), ("Chronicle tokens/s", 18), ("Chronicle faster by", 19));
        foreach (var peer in run.Timings)
        {
            var own = ours[peer.Task];
            table.Add(peer.Name, peer.Task, peer.Seconds.ToString("0.00", c), peer.TokensPerSecond.ToString("0", c), own.TokensPerSecond.ToString("0", c), (peer.Seconds / Math.Max(own.Elapsed.TotalSeconds, 1e-9)).ToString("0.0", c) + "x");
        }

        if (run.Timings.Count > 0)
        {
            io.Out.Write(table.Render());
        }

        foreach (var reason in run.Skipped)
        {
            io.Out.WriteLine($"peers skipped: {reason}");
        }

        io.Out.WriteLine();
    }

    /// <summary>`chronicle bench time GOLD_DIR --peers DIR`: our tagger against chrono-node and Recognizers-Text, one run, one scorer.</summary>
    private static Command CreateTime(CliIo io)
    {
        var gold = new Argument<string>("GOLD_DIR") { Description = "TimeML folder (TBAQ)." };
        var part = new Option<CorpusPart>("--part") { Description = "dev, test or all.", DefaultValueFactory = _ => CorpusPart.Test };
        var peers = new Option<string>("--peers") { Description = "The folder with the node peers installed (bench/peers, after npm ci).", DefaultValueFactory = _ => "bench/peers" };
        var passes = new Option<int>("--passes") { Description = "Timed passes per tagger (the best counts).", DefaultValueFactory = _ => 10 };
        var command = new Command("time", "Quality and characters per second of Chronicle's TIMEX3 tagger, chrono-node and Microsoft Recognizers-Text on the same TimeML texts with the same DCTs.") { gold, part, peers, passes };
        command.SetAction(parse =>
        {
            var peersDir = parse.GetValue(peers)!;
            if (!Directory.Exists(Path.Combine(peersDir, "node_modules")))
            {
                throw new CliFailureException($"{peersDir}: the peers are not installed; run 'npm ci' there first (bench/peers/run.sh does).");
            }

            var results = PeerComparison.Run(parse.GetValue(gold)!, parse.GetValue(part), peersDir, new TimexTagger(TimexTaggerOptions.TimeBank), parse.GetValue(passes));
            io.Out.Write(PeerComparison.FormatTable(results));
            return ExitCodes.Ok;
        });
        return command;
    }
}
