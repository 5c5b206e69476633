using System.IO.Compression;
using Chronicle.Entities.Ner;

namespace Chronicle.Tests.Entities;

public sealed class WordClusterTests
{
    [Fact]
    public void Words_in_the_same_contexts_share_a_class()
    {
        var dir = Path.Combine(Path.GetTempPath(), "chronicle-clusters-" + Guid.NewGuid().ToString("N"));
        var ud = Path.Combine(dir, "ud-english-ewt");
        Directory.CreateDirectory(ud);
        try
        {
            var lines = new List<string>();
            string[][] sentences =
            [
                ["she", "flew", "to", "oslo", "today"], ["he", "flew", "to", "lagos", "today"], ["we", "flew", "to", "lima", "today"],
                ["she", "really", "likes", "tea"], ["he", "really", "hates", "tea"], ["we", "really", "wants", "tea"],
            ];
            for (var repeat = 0; repeat < 3; repeat++)
            {
                foreach (var sentence in sentences)
                {
                    lines.AddRange(sentence.Select((w, i) => $"{i + 1}\t{w}\t{w}\tX\t_\t_\t0\t_\t_\t_"));
                    lines.Add("");
                }
            }

            File.WriteAllLines(Path.Combine(ud, "en_ewt-ud-train.conllu"), lines);
            var output = Path.Combine(dir, "clusters.tsv.gz");
            var report = WordClusterBuilder.Build(new WordClusterOptions(dir, output, Clusters: 4, MinCount: 3, ContextWords: 20));
            Assert.True(report.Words > 6);

            using var stream = new GZipStream(File.OpenRead(output), CompressionMode.Decompress);
            var clusters = WordClusters.Read(stream);
            int Of(string w) => clusters.ClassOf(FeatureHash.Lower(w));
            Assert.Equal(Of("oslo"), Of("lagos"));
            Assert.Equal(Of("oslo"), Of("lima"));
            Assert.Equal(Of("likes"), Of("hates"));
            Assert.NotEqual(Of("oslo"), Of("likes"));
            Assert.Equal(WordClusters.Unknown, Of("zanzibar"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void The_shipped_classes_load() => Assert.True(WordClusters.Default.Count > 5000);
}
