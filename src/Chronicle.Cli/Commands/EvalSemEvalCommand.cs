using System.CommandLine;
using Chronicle.Evaluation.SemEval;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary>
/// `chronicle eval semeval GOLD_DIR CORPUS_DIR`: SemEval-2015 Task 4 TimeLine, Track A. Reads the
/// TimeML articles as raw text, builds a timeline for each gold timeline's target entity, and scores
/// them with the task's metric (temporal awareness, micro-averaged over the timelines).
/// </summary>
public static class EvalSemEvalCommand
{
    public static Command Create(CliIo io)
    {
        var gold = new Argument<string>("GOLD_DIR") { Description = "The gold timelines (one .txt per target entity, its name on the first line)." };
        var corpus = new Argument<string?>("CORPUS_DIR") { Description = "The articles as TimeML .tml files (DOCID, DCT, TEXT of <s id> sentences); inline gold tags are ignored.", Arity = ArgumentArity.ZeroOrOne };
        var systemDir = new Option<string?>("--system") { Description = "Score the timelines in this folder (the task's format, e.g. from 'chronicle timeline --format semeval') instead of building them from CORPUS_DIR." };
        var output = new Option<string?>("--out") { Description = "Also write the system's timelines to this folder, one file per entity, in the task's format." };
        var noVerbs = new Option<bool>("--no-verbs") { Description = "Only the event extractor's typed triggers, not every main verb of a sentence naming the target." };
        var noPronouns = new Option<bool>("--no-pronouns") { Description = "Only sentences that name the target, not the next one when it refers back with a pronoun." };
        var before = new Option<int>("--before") { Description = "How many tokens before a mention of the target a trigger may be.", DefaultValueFactory = _ => SemEvalBuilderOptions.Default.Before };
        var after = new Option<int>("--after") { Description = "How many tokens after a mention of the target a trigger may be.", DefaultValueFactory = _ => SemEvalBuilderOptions.Default.After };
        var noPredicates = new Option<bool>("--no-predicates") { Description = "Only triggers within --before/--after tokens of the target, not the verbs it is the subject of further on." };
        var command = new Command("semeval", "SemEval-2015 TimeLine Track A: temporal-awareness P/R/F1 per target entity and micro-averaged.") { gold, corpus, systemDir, output, noVerbs, noPronouns, before, after, noPredicates };
        command.SetAction(parse =>
        {
            var goldDir = parse.GetValue(gold)!;
            if (parse.GetValue(systemDir) is { } given)
            {
                foreach (var dir in new[] { goldDir, given }.Where(d => !Directory.Exists(d)))
                {
                    throw new CliFailureException($"{dir}: no such folder.");
                }

                io.Out.Write(SemEvalEvaluation.Score(goldDir, given).Format());
                return ExitCodes.Ok;
            }

            var corpusDir = parse.GetValue(corpus) ?? throw new UsageException("give CORPUS_DIR (the TimeML articles) or --system DIR (timelines to score).");
            foreach (var dir in new[] { goldDir, corpusDir })
            {
                if (!Directory.Exists(dir))
                {
                    throw new CliFailureException($"{dir}: no such folder.");
                }
            }

            var options = new SemEvalBuilderOptions(Verbs: !parse.GetValue(noVerbs), Pronouns: !parse.GetValue(noPronouns), Before: parse.GetValue(before), After: parse.GetValue(after), Predicates: !parse.GetValue(noPredicates));
            var report = SemEvalEvaluation.Run(goldDir, corpusDir, new ArticleAnalyzer(), options);
            if (parse.GetValue(output) is { } outDir)
            {
                SemEvalEvaluation.WriteTimelines(report.System, outDir);
            }

            io.Out.Write(report.Format());
            return ExitCodes.Ok;
        });
        return command;
    }
}
