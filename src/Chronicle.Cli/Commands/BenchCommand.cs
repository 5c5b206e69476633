using System.CommandLine;
using System.Globalization;
using Chronicle.Benchmarks;
using Chronicle.Cli.Output;
using Chronicle.Evaluation.Timex;
using Chronicle.Time;
using Chronicle.Model;
using Chronicle.Reading;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle bench`: per-stage speed on one thread, and the whole ingest at growing corpus sizes.</summary>
public static class BenchCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Source articles to vary into the benchmark corpus (default: samples/).", Arity = ArgumentArity.ZeroOrMore };
        var sizes = new Option<int[]>("--articles", "-n") { Description = "Corpus sizes for the ingest runs.", DefaultValueFactory = _ => [1000], AllowMultipleArgumentsPerToken = true };
        var stageArticles = new Option<int>("--stage-articles") { Description = "Articles for the per-stage timings.", DefaultValueFactory = _ => 300 };
        var db = new Option<string?>("--db") { Description = "Ingest into this empty store (a SQLite path or a postgres:// URL) instead of a fresh temporary SQLite file; one size per run." };
        var command = new Command("bench", "Measure each stage (one thread) and the whole ingest (all cores) on a corpus varied from real articles.") { paths, sizes, stageArticles, db };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : ["samples/"];
            var sources = new ArticleReader().ReadAll(inputs).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
            if (sources.Count == 0)
            {
                throw new CliFailureException($"no readable articles in {string.Join(", ", inputs)}.");
            }

            var variator = new CorpusVariator(sources);
            var c = CultureInfo.InvariantCulture;
            io.Out.WriteLine($"sources: {sources.Count} articles from {string.Join(", ", inputs)}; {Environment.ProcessorCount} cores");
            io.Out.WriteLine();

            var stageCorpus = variator.Generate(Math.Max(1, parse.GetValue(stageArticles))).ToList();
            var stages = new TextTable(("stage (one thread)", 20), ("articles", 8), ("ms", 8), ("articles/s", 10), ("tokens/s", 12));
            foreach (var t in StageBenchmark.TimeStages(stageCorpus))
            {
                stages.Add(t.Stage, t.Articles.ToString(c), t.Elapsed.TotalMilliseconds.ToString("0", c), t.ArticlesPerSecond.ToString("0", c), t.TokensPerSecond.ToString("0", c));
            }

            io.Out.Write(stages.Render());
            io.Out.WriteLine();

            var ingest = new TextTable(("ingest (all cores)", 18), ("articles", 8), ("seconds", 8), ("articles/s", 10), ("tokens/s", 12), ("peak MB", 8), ("store MB", 8));
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
                    var t = TimeIngest(variator.Generate(size).ToList(), store);
                    ingest.Add($"{size} articles", t.Articles.ToString(c), t.Elapsed.TotalSeconds.ToString("0.0", c), t.ArticlesPerSecond.ToString("0", c), t.TokensPerSecond.ToString("0", c), (t.PeakWorkingSetBytes / 1048576.0).ToString("0", c), (t.StoreBytes / 1048576.0).ToString("0.0", c));
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
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(CreateTime(io));
        command.Subcommands.Add(CreateCorpus(io));
        return command;
    }

    private static IngestTiming TimeIngest(IReadOnlyList<RawArticle> corpus, string db)
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
