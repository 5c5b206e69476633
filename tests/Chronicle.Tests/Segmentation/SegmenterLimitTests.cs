using Chronicle.Segmentation;

namespace Chronicle.Tests.Segmentation;

public class SegmenterLimitTests
{
    [Fact]
    public void Text_without_stops_is_cut_into_bounded_sentences_that_cover_every_token()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 1000));
        var sentences = Segmenter.Default.Segment(text, []);
        Assert.Equal(4, sentences.Count);
        Assert.All(sentences, s => Assert.True(s.Tokens.Count <= Segmenter.MaxSentenceTokens));
        Assert.Equal(1000, sentences.Sum(s => s.Tokens.Count));
        Assert.Equal(Enumerable.Range(0, 4), sentences.Select(s => s.Index));
    }
}
