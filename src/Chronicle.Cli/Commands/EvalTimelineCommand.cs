using System.CommandLine;
using Chronicle.Evaluation.Timeline;
using Chronicle.Timeline;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle eval timeline GOLD.json ARTICLES...`: the timeline of the articles scored against a hand-checked gold file.</summary>
public static class EvalTimelineCommand
{
    public static Command Create(CliIo io)
    {
        var gold = new Argument<string>("GOLD") { Description = "Gold JSON (documents with date windows, events with mentions, entities with aliases), e.g. ../shared/gold/seeds.gold.json." };
        var articles = new Argument<string[]>("ARTICLES") { Description = "The articles the gold describes (files, folders, globs).", Arity = ArgumentArity.OneOrMore };
        var details = new Option<bool>("--details") { Description = "Also print each gold event with the system events that hold its mentions and their dates." };
        var command = new Command("timeline", "Document dates, event recall, date accuracy, cross-article merges and alias clusters against a gold file.") { gold, articles, details };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (!File.Exists(goldPath))
            {
                throw new CliFailureException($"{goldPath}: no such file.");
            }

            var (timeline, fusion) = IngestCommand.AnalyseInto(io, parse.GetValue(articles)!, null, 20, store => TimelineBuilder.BuildWithFusion(store), out _);
            io.Out.Write(SeedGoldEvaluation.Score(goldPath, timeline, fusion).Format(parse.GetValue(details)));
            io.Out.WriteLine($"system: {timeline.Events.Count} events, {timeline.Conflicts.Count} conflicts ({string.Join(", ", timeline.Conflicts.GroupBy(c => c.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Count()))})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
