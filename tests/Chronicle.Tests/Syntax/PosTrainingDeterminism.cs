using Chronicle.Syntax;

namespace Chronicle.Tests.Syntax;

public class PosTrainingDeterminism
{
    [SkippableFact]
    public void The_same_data_gives_the_same_model_bytes()
    {
        SharedData.SkipIfAbsent();
        var sentences = ConlluReader.ReadFile(SharedData.Path("data", "ud-english-ewt", "en_ewt-ud-dev.conllu")).Take(300).ToList();
        byte[] Train()
        {
            using var stream = new MemoryStream();
            PosTrainer.Train(sentences, 2, 16, 17).Save(stream);
            return stream.ToArray();
        }

        var first = Train();
        Assert.Equal(first, Train());
        using var reload = new MemoryStream(first);
        Assert.True(PosTrainer.Evaluate(new PosTagger(PosModel.Load(reload)), sentences) > 0.8);
    }
}
