using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Rendering;
using Chronicle.Timeline;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle docs`: the stored articles, one line each.</summary>
public static class DocsCommand
{
    public static Command Create(CliIo io)
    {
        var db = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json, OutputFormat.Md);
        var command = new Command("docs", "List the stored articles: id, publication date and how it is known, outlet, title, sentences.") { db, format };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenExistingStore(parse.GetValue(db)!);
            var documents = TimelineBuilder.Documents(store);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    io.Out.WriteLine(JsonOutput.Serialize(documents));
                    break;
                case OutputFormat.Md:
                    io.Out.WriteLine("| id | published | evidence | outlet | title | sentences |");
                    io.Out.WriteLine("|---|---|---|---|---|---|");
                    foreach (var d in documents)
                    {
                        io.Out.WriteLine($"| {d.ArticleId} | {d.Published ?? "?"} | {d.PublishedEvidence} | {Markdown.Cell(d.Outlet)} | {Markdown.Cell(d.Title)} | {d.Sentences} |");
                    }

                    break;
                default:
                    var table = new TextTable(("id", 16), ("published", 10), ("evidence", 8), ("outlet", 24), ("title", 60), ("sentences", 9));
                    foreach (var d in documents)
                    {
                        table.Add(d.ArticleId, d.Published ?? "?", d.PublishedEvidence, d.Outlet ?? "", d.Title ?? "(" + d.Path + ")", d.Sentences.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    io.Out.Write(table.Render());
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
