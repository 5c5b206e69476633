#:project ../../src/Chronicle/Chronicle.csproj
// Trains the shipped tagger: "train.cs DATA_DIR OUT.bin [--no-test]" (--no-test: the UNER test file is not scored, for tuning).
// The library's model is src/Chronicle/Entities/Resources/ner-model.bin, built with the defaults.
using Chronicle.Entities.Ner;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: train.cs DATA_DIR OUT.bin [--no-test]");
    return 2;
}

var options = new NerTrainingOptions(args[0], args[1], ScoreTestFile: !args.Contains("--no-test"));
var report = NerTrainer.Train(options, Console.WriteLine);
Console.WriteLine($"{report.TrainingSentences} sentences, {report.TrainingTokens} tokens, {report.ModelBytes} bytes, {report.Elapsed.TotalSeconds:0.0} s");
return 0;
