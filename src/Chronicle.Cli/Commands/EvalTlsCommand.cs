using System.CommandLine;
using Chronicle.Evaluation.Tls;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle eval tls DATA_DIR`: timeline summarisation (Date-F1, ROUGE-1/2) on a Timeline17-style folder.</summary>
public static class EvalTlsCommand
{
    public static Command Create(CliIo io)
    {
        var data = new Argument<string>("DATA_DIR") { Description = "A topic folder (InputDocs/DATE/*.txt, timelines/*.txt) or a folder of them (directly or under topics/)." };
        var fixes = new Option<string[]>("--fix-date")
        {
            Description = "Read a gold date line as another, e.g. 2011-04-0=2011-04-02 (a known defect of a data set; without it the block is skipped and reported).",
            AllowMultipleArgumentsPerToken = true,
        };
        var weight = new Option<double>("--published-weight") { Description = "What an article published on a day adds to the day's salience (each article stating the day adds 1).", DefaultValueFactory = _ => SummariserOptions.Default.PublishedWeight };
        var neighbour = new Option<double>("--neighbour-factor") { Description = "What is left of a day's salience once the day before or after it is chosen (1: no penalty).", DefaultValueFactory = _ => SummariserOptions.Default.NeighbourFactor };
        var dates = new Option<bool>("--dates") { Description = "Also list each timeline's chosen days (+ where the gold has them) and the gold days missed." };
        var command = new Command("tls", "Timeline summarisation: Date-F1 and concat/agreement ROUGE-1/2 against each gold timeline, macro-averaged.") { data, fixes, weight, neighbour, dates };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(data)!;
            if (!Directory.Exists(dir))
            {
                throw new CliFailureException($"{dir}: no such folder.");
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var fix in parse.GetValue(fixes) ?? [])
            {
                var parts = fix.Split('=', 2);
                if (parts.Length != 2)
                {
                    throw new CliFailureException($"--fix-date {fix}: expected WRONG=RIGHT.");
                }

                map[parts[0].Trim()] = parts[1].Trim();
            }

            var report = TlsEvaluation.Run(dir, new ArticleAnalyzer(), map, new SummariserOptions(parse.GetValue(weight), parse.GetValue(neighbour)));
            io.Out.Write(report.Format());
            if (parse.GetValue(dates))
            {
                io.Out.Write(report.FormatDates());
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
