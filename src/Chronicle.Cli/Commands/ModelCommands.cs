using System.CommandLine;
using Chronicle.Entities;
using Chronicle.Entities.Gazetteers;
using Chronicle.Entities.Ner;
using Chronicle.Evaluation.Ner;

namespace Chronicle.Cli.Commands;

/// <summary>
/// `chronicle train ...`, `chronicle build ...` and `chronicle eval ner`: the commands that rebuild
/// the resources Chronicle ships from the training data, and measure them.
/// </summary>
public static class ModelCommands
{
    private const string DefaultData = "../shared/data";

    public static Command CreateTrain(CliIo io)
    {
        var train = new Command("train", "Train the statistical models Chronicle ships.");
        var data = DataOption();
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "src/Chronicle/Entities/Resources/ner-model.bin" };
        var epochs = new Option<int>("--epochs") { Description = "Training passes over the data.", DefaultValueFactory = _ => 20 };
        var ner = new Command("ner", "Train the named-entity recogniser (UNER English-EWT dev, wikigold, MEANTIME; UD English-EWT for word statistics).") { data, output, epochs };
        ner.SetAction(parse =>
        {
            var directory = RequireDirectory(parse.GetValue(data)!);
            var report = NerTrainer.Train(new NerTrainingOptions(directory, parse.GetValue(output), parse.GetValue(epochs)), io.Error.WriteLine);
            io.Out.WriteLine($"trained on {report.TrainingDocuments} documents, {report.TrainingSentences} sentences, {report.TrainingTokens} tokens in {report.Elapsed.TotalSeconds:0.0} s");
            foreach (var heldOut in report.HeldOut)
            {
                io.Out.Write(heldOut.Format());
            }

            io.Out.WriteLine($"model: {report.OutputPath} ({report.ModelBytes} bytes)");
            return ExitCodes.Ok;
        });
        train.Subcommands.Add(ner);
        return train;
    }

    public static Command CreateBuild(CliIo io)
    {
        var build = new Command("build", "Build the data resources Chronicle ships.");
        var data = DataOption();
        var output = new Option<string>("--out") { Description = "Where to write the gazetteer.", DefaultValueFactory = _ => "src/Chronicle/Entities/Resources/gazetteer.tsv.gz" };
        var gazetteer = new Command("gazetteer", "Build the place and nationality gazetteer from countries-mledoze (ODbL) and geonames-cities15000 (CC BY 4.0).") { data, output };
        gazetteer.SetAction(parse =>
        {
            var directory = RequireDirectory(parse.GetValue(data)!);
            var report = GazetteerBuilder.Build(new GazetteerBuildOptions(directory, parse.GetValue(output)!), io.Error.WriteLine);
            io.Out.WriteLine($"{report.OutputPath}: {report.Names} names ({report.Countries} countries, {report.Cities} cities, {report.Regions} regions, {report.Demonyms} demonyms), {report.Bytes} bytes");
            return ExitCodes.Ok;
        });
        build.Subcommands.Add(gazetteer);
        return build;
    }

    public static Command CreateEvalNer(CliIo io)
    {
        var file = new Argument<string>("FILE") { Description = "IOB1 or IOB2 file (CoNLL or UNER layout) with PER/ORG/LOC gold spans." };
        var ner = new Command("ner", "Exact-span P/R/F1 per type and overall (CoNLL style) of the shipped recogniser on a gold file.") { file };
        ner.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliFailureException($"{path}: no such file.");
            }

            io.Out.Write(NerEvaluation.Run(path, EntityRecognizer.Default).Format());
            return ExitCodes.Ok;
        });
        return ner;
    }

    private static Option<string> DataOption() => new("--data")
    {
        Description = "The training data folder (the team's shared/data).",
        DefaultValueFactory = _ => DefaultData,
    };

    private static string RequireDirectory(string path) =>
        Directory.Exists(path) ? path : throw new CliFailureException($"{path}: no such data folder; pass --data DIR.");
}
