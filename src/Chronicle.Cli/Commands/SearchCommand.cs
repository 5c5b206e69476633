using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Rendering;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle search QUERY`: full-text search over stored sentences.</summary>
public static class SearchCommand
{
    public static Command Create(CliIo io)
    {
        var query = new Argument<string>("QUERY") { Description = "Words to find; \"a phrase\" in quotes, OR between alternatives, word* for a prefix." };
        var db = CommonOptions.Database();
        var limit = new Option<int>("--limit", "-n") { Description = "Most hits to print.", DefaultValueFactory = _ => 20 };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json, OutputFormat.Md);
        var command = new Command("search", "Full-text search over the stored sentences, best matches first, with snippets.") { query, db, limit, format };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) <= 0)
            {
                throw new UsageException("--limit must be at least 1.");
            }

            using var store = CommonOptions.OpenExistingStore(parse.GetValue(db)!);
            var hits = store.Search(parse.GetValue(query)!, parse.GetValue(limit));
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    io.Out.WriteLine(JsonOutput.Serialize(hits));
                    break;
                case OutputFormat.Md:
                    foreach (var hit in hits)
                    {
                        io.Out.WriteLine($"- `{hit.ArticleId}` #{hit.SentenceIndex}: {Markdown.Cell(hit.Snippet)}");
                    }

                    break;
                default:
                    var table = new TextTable(("id", 16), ("sentence", 8), ("snippet", 100));
                    foreach (var hit in hits)
                    {
                        table.Add(hit.ArticleId, hit.SentenceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), hit.Snippet);
                    }

                    io.Out.Write(table.Render());
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
