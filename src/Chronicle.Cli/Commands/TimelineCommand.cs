using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Rendering;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Cli.Commands;

/// <summary>
/// `chronicle timeline PATH...` analyses the articles in a temporary store on the fly;
/// `chronicle timeline --db DB` prints the timeline of a store built with `ingest`.
/// </summary>
public static class TimelineCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Articles to analyse on the fly (files, directories, globs, -). Without PATH, the store given by --db.", Arity = ArgumentArity.ZeroOrMore };
        var db = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json, OutputFormat.Md);
        var maxSize = IngestCommand.MaxSizeOption();
        var command = new Command("timeline", "Print the sourced, dated timeline of a set of articles.") { paths, db, format, maxSize };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            var dbGiven = parse.GetResult(db) is { Implicit: false };
            var failed = 0;
            TimelineOutput timeline;
            if (inputs.Length == 0)
            {
                using var store = CommonOptions.OpenExistingStore(parse.GetValue(db)!);
                timeline = TimelineBuilder.Build(store);
            }
            else
            {
                var temporary = dbGiven ? null : Path.Combine(Path.GetTempPath(), $"chronicle-{Guid.NewGuid():N}.db");
                try
                {
                    using var store = CommonOptions.OpenStore(temporary ?? parse.GetValue(db)!);
                    var runner = IngestCommand.CreateRunner(parse.GetValue(maxSize));
                    var summary = runner.Run(Chronicle.Reading.InputExpander.Expand(inputs).ToList(), store, outcome =>
                    {
                        if (outcome.Message is not null)
                        {
                            io.Error.WriteLine($"error: {outcome.Location}: {outcome.Message}");
                        }
                    }, null);
                    failed = summary.Failed;
                    timeline = TimelineBuilder.Build(store);
                }
                finally
                {
                    if (temporary is not null)
                    {
                        SqliteArticleStore.DeleteFiles(temporary);
                    }
                }
            }

            Write(io.Out, timeline, parse.GetValue(format));
            return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, TimelineOutput timeline, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonOutput.Serialize(timeline));
                break;
            case OutputFormat.Md:
                output.WriteLine("# Timeline");
                output.WriteLine();
                output.WriteLine("## Sources");
                output.WriteLine();
                output.WriteLine("| id | published | evidence | outlet | title | path |");
                output.WriteLine("|---|---|---|---|---|---|");
                foreach (var d in timeline.Documents)
                {
                    output.WriteLine($"| {d.Id} | {d.Published ?? "?"} | {d.PublishedEvidence} | {Markdown.Cell(d.Outlet)} | {Markdown.Cell(d.Title)} | {Markdown.Cell(d.Path)} |");
                }

                break;
            default:
                var table = new TextTable(("id", 4), ("published", 10), ("evidence", 8), ("outlet", 22), ("title", 64), ("path", 48));
                foreach (var d in timeline.Documents)
                {
                    table.Add(d.Id, d.Published ?? "?", d.PublishedEvidence, d.Outlet ?? "", d.Title ?? "", d.Path);
                }

                output.Write(table.Render());
                break;
        }
    }
}
