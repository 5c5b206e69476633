using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Pipeline;
using Chronicle.Reading;
using Chronicle.Storage;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle ingest PATH...`: read, clean, date, segment and store articles.</summary>
public static class IngestCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, directories (recursive), globs, or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var maxSize = MaxSizeOption();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and the summary line." };
        var command = new Command("ingest", "Read articles and store them (the same article twice is stored once).") { paths, db, maxSize, format, quiet };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db)!);
            var runner = CreateRunner(parse.GetValue(maxSize));
            var summary = Run(io, runner, parse.GetValue(paths)!, store, parse.GetValue(format), parse.GetValue(quiet));
            return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    public static Option<double> MaxSizeOption() => new("--max-size")
    {
        Description = "Largest input file to read, in MB; larger files are reported and skipped.",
        DefaultValueFactory = _ => new ReaderOptions().MaxBytes / (1024.0 * 1024.0),
    };

    public static IngestRunner CreateRunner(double maxSizeMb)
    {
        if (maxSizeMb <= 0)
        {
            throw new UsageException("--max-size must be a positive number of megabytes.");
        }

        var reader = new ArticleReader(new ReaderOptions { MaxBytes = (long)(maxSizeMb * 1024 * 1024) });
        return new IngestRunner(reader, new ArticleAnalyzer());
    }

    /// <summary>
    /// Analyses <paramref name="inputs"/> into <paramref name="storePath"/>, or into a temporary store
    /// deleted afterwards when it is null, and hands the store to <paramref name="use"/>. Each failed
    /// input is one error line on stderr; <paramref name="failed"/> counts them.
    /// </summary>
    public static T AnalyseInto<T>(CliIo io, IReadOnlyList<string> inputs, string? storePath, double maxSizeMb, Func<IArticleStore, T> use, out int failed)
    {
        var temporary = storePath is null ? Path.Combine(Path.GetTempPath(), $"chronicle-{Guid.NewGuid():N}.db") : null;
        try
        {
            using var store = CommonOptions.OpenStore(storePath ?? temporary!);
            var summary = CreateRunner(maxSizeMb).Run(InputExpander.Expand(inputs).ToList(), store, outcome =>
            {
                if (outcome.Message is not null)
                {
                    io.Error.WriteLine($"error: {outcome.Location}: {outcome.Message}");
                }
            }, null);
            failed = summary.Failed;
            return use(store);
        }
        finally
        {
            if (temporary is not null)
            {
                SqliteArticleStore.DeleteFiles(temporary);
            }
        }
    }

    /// <summary>Runs an ingest, reporting each outcome as it comes (errors always on stderr).</summary>
    public static IngestSummary Run(CliIo io, IngestRunner runner, IReadOnlyList<string> inputs, IArticleStore store, OutputFormat format, bool quiet)
    {
        var items = InputExpander.Expand(inputs).ToList();
        var json = new List<object>();

        void Report(IngestOutcome outcome)
        {
            foreach (var warning in outcome.Warnings)
            {
                io.Error.WriteLine($"warning: {outcome.Location}: {warning}");
            }

            if (outcome.Status == IngestStatus.Failed)
            {
                io.Error.WriteLine($"error: {outcome.Location}: {outcome.Message}");
            }

            if (format == OutputFormat.Json)
            {
                json.Add(new { status = outcome.Status, location = outcome.Location, id = outcome.ArticleId, title = outcome.Title, message = outcome.Message, warnings = outcome.Warnings });
            }
            else if (!quiet && outcome.Status != IngestStatus.Failed && !io.IsInteractive)
            {
                var status = outcome.Status == IngestStatus.Added ? "added" : "duplicate";
                io.Out.WriteLine($"{status,-9}  {outcome.ArticleId}  {outcome.Location}  {outcome.Title}");
            }
        }

        IngestSummary summary;
        if (io.IsInteractive)
        {
            summary = AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Ingesting", maxValue: Math.Max(1, items.Count));
                    return runner.Run(items, store, Report, () => task.Increment(1));
                });
        }
        else
        {
            summary = runner.Run(items, store, Report, null);
        }

        if (format == OutputFormat.Json)
        {
            io.Out.WriteLine(Chronicle.Rendering.JsonOutput.Serialize(new { outcomes = json, summary }));
        }
        else
        {
            io.Out.WriteLine($"{summary.Added} added, {summary.Duplicates} duplicate (already stored), {summary.Failed} failed, {summary.Warnings} warnings.");
        }

        return summary;
    }
}
