using System.CommandLine;
using Chronicle.Entities;
using Chronicle.Entities.Gazetteers;
using Chronicle.Entities.Ner;
using Chronicle.Evaluation.Ner;
using Chronicle.Evaluation.Timex;
using Chronicle.Syntax;

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
        var epochs = new Option<int>("--epochs") { Description = "Training passes over the data.", DefaultValueFactory = _ => new NerTrainingOptions("", null).Epochs };
        var tune = new Option<bool>("--tune") { Description = "Hold out every 5th UNER dev document and score it (for tuning; the shipped model uses all of it)." };
        var noTest = new Option<bool>("--no-test") { Description = "Do not score the held-apart UNER test file." };
        var fold = new Option<int>("--tune-fold") { Description = "With --tune: which fifth of the UNER dev documents is held out (0-4; default 4).", DefaultValueFactory = _ => 4 };
        var silver = new Option<float>("--silver-weight") { Description = "Weight of the silver data (UD English-EWT train tagged by a first model, corrected by its proper-noun tags); 0: gold only.", DefaultValueFactory = _ => new NerTrainingOptions("", null).SilverWeight };
        var webWeight = new Option<float>("--web-weight") { Description = "Weight of the UNER dev (web text) sentences against the other gold data.", DefaultValueFactory = _ => new NerTrainingOptions("", null).WebWeight };
        var buckets = new Option<int>("--bucket-bits") { Description = "The hashed feature space has 2^N buckets.", DefaultValueFactory = _ => new NerTrainingOptions("", null).BucketBits };
        var scheme = new Option<string>("--scheme") { Description = "Label set the tagger learns: BIO or BILOU.", DefaultValueFactory = _ => new NerTrainingOptions("", null).Scheme };
        var stack = new Option<int>("--stack-folds") { Description = "Two-stage stacking with article-level features from the first stage's labels, jackknifed over this many parts; 0: one stage.", DefaultValueFactory = _ => new NerTrainingOptions("", null).StackFolds };
        var newsWeight = new Option<float>("--news-weight") { Description = "Weight of the news articles annotated for training (170 TimeBank/AQUAINT articles, read from the data folder); 0: none.", DefaultValueFactory = _ => new NerTrainingOptions("", null).NewsWeight };
        var newsCorpus = new Option<string?>("--news-corpus") { Description = "A stand-off annotation of news articles under the data folder to train on instead of the shipped one (format: docs/entities.md)." };
        var ner = new Command("ner", "Train the named-entity recogniser (UNER English-EWT dev, wikigold, MEANTIME, news articles annotated for training; UD English-EWT for word statistics and silver data).") { data, output, epochs, tune, noTest, fold, silver, webWeight, buckets, scheme, stack, newsWeight, newsCorpus };
        ner.SetAction(parse =>
        {
            var directory = RequireDirectory(parse.GetValue(data)!);
            var options = new NerTrainingOptions(directory, parse.GetValue(output), parse.GetValue(epochs), BucketBits: parse.GetValue(buckets), ScoreTestFile: !parse.GetValue(noTest), TuningSplitEvery: parse.GetValue(tune) ? 5 : 0, TuningFold: parse.GetValue(fold), SilverWeight: parse.GetValue(silver), WebWeight: parse.GetValue(webWeight), Scheme: parse.GetValue(scheme)!, StackFolds: parse.GetValue(stack), NewsWeight: parse.GetValue(newsWeight), NewsCorpus: parse.GetValue(newsCorpus));
            NerTrainingReport report;
            try
            {
                report = NerTrainer.Train(options, io.Error.WriteLine);
            }
            catch (Exception e) when (e is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
            {
                throw new CliFailureException(e.Message);
            }

            io.Out.WriteLine($"trained on {report.TrainingDocuments} documents, {report.TrainingSentences} sentences, {report.TrainingTokens} tokens in {report.Elapsed.TotalSeconds:0.0} s");
            foreach (var heldOut in report.HeldOut)
            {
                io.Out.Write(heldOut.Format());
            }

            io.Out.WriteLine($"model: {report.OutputPath} ({report.ModelBytes} bytes)");
            return ExitCodes.Ok;
        });
        train.Subcommands.Add(ner);

        var posData = DataOption();
        var posOutput = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "src/Chronicle/Syntax/Resources/pos-model.bin" };
        var pos = new Command("pos", "Train the part-of-speech tagger on UD English-EWT (train file; accuracy on the dev file).") { posData, posOutput };
        pos.SetAction(parse =>
        {
            var directory = Path.Combine(RequireDirectory(parse.GetValue(posData)!), "ud-english-ewt");
            var report = PosTrainer.Train(new PosTrainingOptions(Path.Combine(directory, "en_ewt-ud-train.conllu"), parse.GetValue(posOutput)!, Path.Combine(directory, "en_ewt-ud-dev.conllu")));
            io.Out.WriteLine($"trained on {report.TrainTokens} tokens; dev accuracy {report.DevAccuracy:P2}; model {parse.GetValue(posOutput)} ({report.ModelBytes} bytes)");
            return ExitCodes.Ok;
        });
        train.Subcommands.Add(pos);
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

        var clusterData = DataOption();
        var clusterOutput = new Option<string>("--out") { Description = "Where to write the word classes.", DefaultValueFactory = _ => "src/Chronicle/Entities/Resources/word-clusters.tsv.gz" };
        var clusters = new Command("clusters", "Build the entity tagger's word classes from unlabeled, openly licensed text (UD EWT train, wikigold and MEANTIME training parts).") { clusterData, clusterOutput };
        clusters.SetAction(parse =>
        {
            var report = WordClusterBuilder.Build(new WordClusterOptions(RequireDirectory(parse.GetValue(clusterData)!), parse.GetValue(clusterOutput)!), io.Error.WriteLine);
            io.Out.WriteLine($"{report.OutputPath}: {report.Words} words in classes from {report.Sentences} sentences ({report.Tokens} tokens), {report.Bytes} bytes");
            return ExitCodes.Ok;
        });
        build.Subcommands.Add(clusters);
        return build;
    }

    public static Command CreateEvalNer(CliIo io)
    {
        var file = new Argument<string>("FILE") { Description = "IOB1 or IOB2 file (CoNLL or UNER layout) with PER/ORG/LOC gold spans." };
        var modelPath = ModelOption();
        var errors = ErrorsOption();
        var ner = new Command("ner", "Exact-span P/R/F1 per type and overall (CoNLL style) of the shipped recogniser on a gold file.") { file, modelPath, errors };
        ner.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliFailureException($"{path}: no such file.");
            }

            var recognizer = Recognizer(parse.GetValue(modelPath));
            if (parse.GetValue(errors))
            {
                foreach (var line in NerEvaluation.Errors(ConllReader.ReadFile(path), recognizer))
                {
                    io.Out.WriteLine(line);
                }
            }

            io.Out.Write(NerEvaluation.Run(path, recognizer).Format());
            return ExitCodes.Ok;
        });
        return ner;
    }

    public static Command CreateEvalNerNews(CliIo io)
    {
        var data = DataOption();
        var modelPath = ModelOption();
        var errors = ErrorsOption();
        var part = new Option<CorpusPart?>("--part")
        {
            Description = "dev (the articles errors may be studied on), test (held apart, for reporting) or all; default: test of the gold, all of the BBC set.",
        };
        var set = new Option<string>("--set")
        {
            Description = "gold (58 articles annotated twice, split dev/test) or bbc (111 more Timeline17 BBC articles annotated once, all dev: for tuning rules).",
            DefaultValueFactory = _ => "gold",
        };
        set.AcceptOnlyFromAmong("gold", "bbc");
        var news = new Command("ner-news", "The same scores on whole news articles (Timeline17 BBC and TimeBank/AQUAINT, read from the data folder) against the shipped stand-off gold; the text is segmented as the pipeline segments it.") { data, part, set, modelPath, errors };
        news.SetAction(parse =>
        {
            IReadOnlyList<StandoffNerDocument> documents;
            var bbc = parse.GetValue(set) == "bbc";
            var wanted = parse.GetValue(part) ?? (bbc ? CorpusPart.All : CorpusPart.Test);
            try
            {
                documents = StandoffNerGold.Load(bbc ? StandoffNerGold.NewsBbcResource : StandoffNerGold.NewsResource, RequireDirectory(parse.GetValue(data)!))
                    .Where(d => wanted == CorpusPart.All || d.Part == wanted)
                    .ToList();
            }
            catch (InvalidDataException e)
            {
                throw new CliFailureException(e.Message);
            }

            var recognizer = Recognizer(parse.GetValue(modelPath));
            if (parse.GetValue(errors))
            {
                foreach (var line in NerEvaluation.Errors(documents, recognizer))
                {
                    io.Out.WriteLine(line);
                }
            }

            io.Out.Write(NerEvaluation.ScoreTexts($"news-ner-{(bbc ? "bbc" : "gold")} ({wanted.ToString().ToLowerInvariant()}, {documents.Count} articles)", documents, recognizer).Format());
            return ExitCodes.Ok;
        });
        return news;
    }

    private static Option<string?> ModelOption() => new("--model") { Description = "A model file written by `chronicle train ner` (default: the shipped model)." };

    private static Option<bool> ErrorsOption() => new("--errors") { Description = "Also list every missed (FN) and spurious (FP) span with its sentence." };

    private static EntityRecognizer Recognizer(string? model)
    {
        var recognizer = EntityRecognizer.Default;
        if (model is null)
        {
            return recognizer;
        }

        if (!File.Exists(model))
        {
            throw new CliFailureException($"{model}: no such file.");
        }

        using var stream = File.OpenRead(model);
        return new EntityRecognizer(NerModel.Load(stream), recognizer.Gazetteer);
    }

    private static Option<string> DataOption() => new("--data")
    {
        Description = "The training data folder (the team's shared/data).",
        DefaultValueFactory = _ => DefaultData,
    };

    private static string RequireDirectory(string path) =>
        Directory.Exists(path) ? path : throw new CliFailureException($"{path}: no such data folder; pass --data DIR.");
}
