using System.CommandLine;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle eval ...`: quality figures against gold data.</summary>
public static class EvalCommand
{
    public static Command Create(CliIo io)
    {
        var eval = new Command("eval", "Measure quality against gold data.");
        eval.Subcommands.Add(EvalTimexCommand.Create(io));
        eval.Subcommands.Add(EvalTimelineCommand.Create(io));
        eval.Subcommands.Add(EvalSemEvalCommand.Create(io));
        eval.Subcommands.Add(EvalTlsCommand.Create(io));
        eval.Subcommands.Add(ModelCommands.CreateEvalNer(io));
        eval.Subcommands.Add(ModelCommands.CreateEvalNerNews(io));
        return eval;
    }
}
