using Chronicle.Syntax;
using Xunit.Abstractions;

namespace Chronicle.Tests.Syntax;

/// <summary>
/// The train command for the shipped model. It runs only when CHRONICLE_TRAIN_POS=1 (it rewrites
/// src/Chronicle/Syntax/Resources/pos-model.bin):
/// CHRONICLE_TRAIN_POS=1 dotnet test --filter "FullyQualifiedName~PosModelTraining" --logger "console;verbosity=detailed"
/// </summary>
public class PosModelTraining(ITestOutputHelper output)
{
    [SkippableFact]
    public void Train_the_shipped_model_from_UD_English_EWT()
    {
        Skip.If(Environment.GetEnvironmentVariable("CHRONICLE_TRAIN_POS") != "1", "Set CHRONICLE_TRAIN_POS=1 to retrain the shipped part-of-speech model.");
        SharedData.SkipIfAbsent();
        var ewt = SharedData.Path("data", "ud-english-ewt");
        var target = Path.Combine(SharedData.RepoRoot, "src", "Chronicle", "Syntax", "Resources", "pos-model.bin");
        var report = PosTrainer.Train(new PosTrainingOptions(
            Path.Combine(ewt, "en_ewt-ud-train.conllu"), target, Path.Combine(ewt, "en_ewt-ud-dev.conllu")));
        output.WriteLine($"tokens {report.TrainTokens}, rows {report.Model.RowCount}, dictionary {report.Model.DictionarySize}, bytes {report.ModelBytes}, dev accuracy {report.DevAccuracy:P2}");
        Assert.True(report.DevAccuracy > 0.9);
    }
}
