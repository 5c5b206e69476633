using System.CommandLine;
using System.Globalization;
using Chronicle.Benchmarks;
using Chronicle.Cli.Output;
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
        var command = new Command("bench", "Measure each stage (one thread) and the whole ingest (all cores) on a corpus varied from real articles.") { paths, sizes, stageArticles };
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
            foreach (var size in parse.GetValue(sizes)!)
            {
                var store = Path.Combine(Path.GetTempPath(), $"chronicle-bench-{Guid.NewGuid():N}.db");
                try
                {
                    var t = StageBenchmark.TimeIngest(variator.Generate(size).ToList(), store);
                    ingest.Add($"{size} articles", t.Articles.ToString(c), t.Elapsed.TotalSeconds.ToString("0.0", c), t.ArticlesPerSecond.ToString("0", c), t.TokensPerSecond.ToString("0", c), (t.PeakWorkingSetBytes / 1048576.0).ToString("0", c), (t.StoreBytes / 1048576.0).ToString("0.0", c));
                }
                finally
                {
                    SqliteArticleStore.DeleteFiles(store);
                }
            }

            io.Out.Write(ingest.Render());
            return ExitCodes.Ok;
        });
        return command;
    }
}
