using System.CommandLine;
using Chronicle.Evaluation.Timex;
using Chronicle.Time;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle eval timex GOLD_DIR`: TempEval-3 figures of the temporal tagger on TimeML files.</summary>
public static class EvalTimexCommand
{
    public static Command Create(CliIo io)
    {
        var folder = new Argument<string>("GOLD_DIR") { Description = "A folder of TimeML .tml files (DCT, TEXT with inline TIMEX3) or, when it has none, of CAT XML files (NewsReader MEANTIME: tokens, TIMEX3 markables, the CREATION_TIME one as DCT)." };
        var part = new Option<CorpusPart?>("--part")
        {
            Description = "For the TBAQ corpus: dev (tuned on), test (held apart) or all. Other folders are not split: all (the default) or test takes every file, dev none.",
        };
        var errors = new Option<int>("--errors") { Description = "How many mismatches to list for error analysis.", DefaultValueFactory = _ => 0 };
        var command = new Command("timex", "Strict and relaxed span P/R/F1, type F1 and value F1 (TempEval-3) and characters per second.") { folder, part, errors };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                throw new CliFailureException($"{dir}: no such folder.");
            }

            if (parse.GetValue(part) == CorpusPart.Train)
            {
                throw new CliFailureException("A TimeML folder has no training part: use dev, test or all.");
            }

            // TimeBank does not tag vague adjectival references ("current", "recent"), so neither does the scored tagger.
            var result = TimexEvaluation.Run(dir, new TimexTagger(TimexTaggerOptions.TimeBank), parse.GetValue(part) ?? CorpusPart.All);
            io.Out.Write(TimexReport.Format(result, parse.GetValue(errors)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
