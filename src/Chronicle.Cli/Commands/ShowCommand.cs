using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Model;
using Chronicle.Rendering;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle show DOC`: one article's clean text, zone by zone.</summary>
public static class ShowCommand
{
    public static Command Create(CliIo io)
    {
        var doc = new Argument<string>("DOC") { Description = "An article id, or a unique prefix of one (see 'chronicle docs')." };
        var db = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Text, OutputFormat.Json, OutputFormat.Md);
        var removed = new Option<bool>("--removed") { Description = "Also print what cleaning removed, with the reason." };
        var command = new Command("show", "Print one article's clean text by zone (headline, captions, body...).") { doc, db, format, removed };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenExistingStore(parse.GetValue(db)!);
            var article = Resolve(store, parse.GetValue(doc)!);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    io.Out.WriteLine(JsonOutput.Serialize(article));
                    break;
                case OutputFormat.Md:
                    WriteMarkdown(io.Out, article);
                    break;
                default:
                    WriteText(io.Out, article, parse.GetValue(removed));
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static Article Resolve(IArticleStore store, string idOrPrefix)
    {
        var ids = store.ResolveIds(idOrPrefix);
        return ids.Count switch
        {
            0 => throw new CliFailureException($"no stored article has an id starting with '{idOrPrefix}'."),
            1 => store.GetArticle(ids[0]) ?? throw new CliFailureException($"article {ids[0]} vanished from the store."),
            _ => throw new UsageException($"'{idOrPrefix}' matches {ids.Count} articles ({string.Join(", ", ids.Take(5))}...); give more of the id."),
        };
    }

    private static void WriteText(TextWriter output, Article article, bool showRemoved)
    {
        output.WriteLine($"id:        {article.Id}");
        output.WriteLine($"origin:    {article.Origin}");
        output.WriteLine($"title:     {article.Title}");
        output.WriteLine($"outlet:    {article.Outlet}");
        output.WriteLine($"published: {DateFormat.Iso(article.Published.Date) ?? "unknown"} ({article.Published.Evidence.ToString().ToLowerInvariant()}{(article.Published.EvidenceText is { } e ? ": \"" + e + "\"" : "")})");
        output.WriteLine();
        foreach (var zone in article.Zones)
        {
            output.WriteLine($"[{zone.Kind.ToString().ToLowerInvariant()}] {zone.Span.Slice(article.Text)}");
        }

        if (showRemoved && article.Removed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("removed by cleaning:");
            foreach (var removed in article.Removed)
            {
                output.WriteLine($"  line {removed.SourceLine} ({removed.Reason}): {removed.Text.Trim()}");
            }
        }
    }

    private static void WriteMarkdown(TextWriter output, Article article)
    {
        foreach (var zone in article.Zones)
        {
            var text = zone.Span.Slice(article.Text).ToString();
            output.WriteLine(zone.Kind switch
            {
                ZoneKind.Headline => "# " + text,
                ZoneKind.Subheading => "## " + text,
                ZoneKind.Standfirst => "**" + text + "**",
                ZoneKind.Caption => "*" + text + "*",
                ZoneKind.Dateline => "_" + text + "_",
                _ => text,
            });
            output.WriteLine();
        }
    }
}
