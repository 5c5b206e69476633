#:project ../../src/Chronicle/Chronicle.csproj
// Trains the shipped tagger: "train.cs DATA_DIR OUT.bin [--no-test] [--tune] [--epochs N]" (--no-test: the UNER test file is not scored; --tune: every 5th UNER dev document is held out and scored).
// The library's model is src/Chronicle/Entities/Resources/ner-model.bin, built with the defaults.
using Chronicle.Entities.Ner;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: train.cs DATA_DIR OUT.bin [--no-test] [--tune] [--epochs N]");
    return 2;
}

var epochsAt = Array.IndexOf(args, "--epochs");
var options = new NerTrainingOptions(args[0], args[1], ScoreTestFile: !args.Contains("--no-test"));
if (args.Contains("--tune"))
{
    options = options with { TuningSplitEvery = 5 };
}

if (epochsAt > 0 && epochsAt + 1 < args.Length && int.TryParse(args[epochsAt + 1], out var epochs))
{
    options = options with { Epochs = epochs };
}

var report = NerTrainer.Train(options, Console.WriteLine);
Console.WriteLine($"{report.TrainingSentences} sentences, {report.TrainingTokens} tokens, {report.ModelBytes} bytes, {report.Elapsed.TotalSeconds:0.0} s");
return 0;
