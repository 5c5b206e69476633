using Chronicle.Entities.Ner;
using Chronicle.Model;

namespace Chronicle.Tests.Entities.Ner;

public sealed class DocumentLabelFeaturesTests
{
    private static readonly int O = NerLabels.IndexOf("O");
    private static readonly int BPer = NerLabels.IndexOf("B-PER");
    private static readonly int IPer = NerLabels.IndexOf("I-PER");
    private static readonly int BOrg = NerLabels.IndexOf("B-ORG");

    /// <summary>Sentences of words split on spaces, as one text with a line break between sentences.</summary>
    private static (string Text, List<Span[]> Sentences) Article(params string[] sentences)
    {
        var text = string.Join('\n', sentences);
        var result = new List<Span[]>();
        var offset = 0;
        foreach (var sentence in sentences)
        {
            var spans = new List<Span>();
            var at = offset;
            foreach (var word in sentence.Split(' '))
            {
                spans.Add(new Span(at, at + word.Length));
                at += word.Length + 1;
            }

            result.Add(spans.ToArray());
            offset += sentence.Length + 1;
        }

        return (text, result);
    }

    [Fact]
    public void Statistics_count_each_word_form_name_and_longer_name_by_the_first_stage_labels()
    {
        var (text, sentences) = Article("Grace Okafor met Okafor", "Okafor said Acme hired Okafor");
        int[][] labels = [[BPer, IPer, O, BOrg], [O, O, BOrg, O, BPer]];
        var statistics = DocumentLabelStatistics.Build(text, sentences, labels);

        Span<int> counts = stackalloc int[4];
        statistics.ExactCounts(DocumentLabelStatistics.Exact("Okafor"), counts);
        Assert.Equal([1, 2, 1, 0], counts.ToArray());
        statistics.LowerCounts(FeatureHash.Lower("OKAFOR"), counts);
        Assert.Equal([1, 2, 1, 0], counts.ToArray());
        statistics.ExactCounts(DocumentLabelStatistics.Exact("okafor"), counts);
        Assert.Equal([0, 0, 0, 0], counts.ToArray());

        statistics.NameCounts(DocumentLabelStatistics.NameHash(text, sentences[0].AsSpan(0, 2)), counts);
        Assert.Equal([0, 1, 0, 0], counts.ToArray());

        // "Okafor" alone elsewhere is the last word of a person's name (type 0 x 3 + last position 2), once.
        var alone = statistics.LongerName(DocumentLabelStatistics.Exact("Okafor"), BPer, 0);
        Assert.Equal(2UL | (1UL << 4), alone);

        // In "Grace Okafor" itself, its own place is left out: no other longer name holds it.
        Assert.Equal(0xFFFFUL, statistics.LongerName(DocumentLabelStatistics.Exact("Okafor"), IPer, 3));

        Assert.Equal(-1, statistics.FirstMention(DocumentLabelStatistics.Exact("Okafor"), 0, 1));
        Assert.Equal(1, statistics.FirstMention(DocumentLabelStatistics.Exact("Okafor"), 1, 4));
    }

    [Fact]
    public void Features_follow_what_the_article_says_about_the_word_and_stay_in_their_buckets()
    {
        var (text, sentences) = Article("Grace Okafor spoke", "Okafor left", "Mbeki left");
        int[][] labels = [[BPer, IPer, O], [O, O], [O, O]];
        var statistics = DocumentLabelStatistics.Build(text, sentences, labels);
        const int D = DocumentLabelFeatures.Count;

        var okafor = new int[2 * D];
        DocumentLabelFeatures.Extract(text, statistics, 1, sentences[1], labels[1], okafor);
        var mbeki = new int[2 * D];
        DocumentLabelFeatures.Extract(text, statistics, 2, sentences[2], labels[2], mbeki);

        // Same first-stage labels, but "Okafor" is a person elsewhere in the article and "Mbeki" is not.
        Assert.Equal(okafor[0], mbeki[0]);
        Assert.NotEqual(okafor.AsSpan(0, D).ToArray(), mbeki.AsSpan(0, D).ToArray());

        // "left" twice, both O: the same evidence about the other mention gives the same features, except the
        // last, the first mention's kind, which only the second "left" has.
        Assert.Equal(okafor.AsSpan(D, D - 1).ToArray(), mbeki.AsSpan(D, D - 1).ToArray());
        Assert.NotEqual(okafor[(2 * D) - 1], mbeki[(2 * D) - 1]);
        Assert.All(okafor.Concat(mbeki), id => Assert.InRange(id, 0, (1 << DocumentLabelFeatures.BucketBits) - 1));
    }
}
