using Chronicle.Model;
using Chronicle.Reading;
using Chronicle.Segmentation;

namespace Chronicle.Tests.Reading;

public class TimeMlArticleReaderTests
{
    // Written for these tests: a made-up story in the SemEval TimeML shape (inline EVENT tags included).
    private const string Sample = """
        <?xml version='1.0' encoding='utf-8'?>
        <TimeML><DOCID>4711</DOCID>
        <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2012-03-09">2012-03-09</TIMEX3></DCT>
        <EXTRAINFO>Harbour town opens new ferry line</EXTRAINFO>
        <TEXT><s id="1">March 9 , 2012</s><s id="2">The council <EVENT eid="e1">opened</EVENT> the line on Thursday , Mayor Ann Example <EVENT eid="e2">said</EVENT> .</s><s id="3">Dr. Lee , who runs the port , <EVENT eid="e3">welcomed</EVENT> it .</s></TEXT>
        </TimeML>
        """;

    [Fact]
    public void ReadsIdDateTitleAndGivenSentencesWithoutTheGoldTags()
    {
        var article = TimeMlArticleReader.Parse(Sample, "fallback", out var error);

        Assert.Null(error);
        Assert.NotNull(article);
        Assert.Equal("4711", article.DocId);
        Assert.Equal("2012-03-09", article.Dct);
        Assert.Equal(new DateOnly(2012, 3, 9), article.DctDay);
        Assert.Equal("Harbour town opens new ferry line", article.Title);
        Assert.Equal(["1", "2", "3"], article.Sentences.Select(s => s.Id));
        Assert.Equal("The council opened the line on Thursday , Mayor Ann Example said .", article.Sentences[1].Text);
        Assert.Equal("0", article.SentencesWithTitle[0].Id);
    }

    [Fact]
    public void TheOrdinaryReaderHandsTmlFilesToTheTimeMlReader()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "story.tml");
        File.WriteAllText(path, Sample);

        var result = Assert.Single(new ArticleReader().ReadFile(path));

        Assert.True(result.IsOk);
        Assert.Equal("2012-03-09", result.Article!.PublishedRaw);
        Assert.Equal("Harbour town opens new ferry line", result.Article.Title);
        Assert.Equal(3, result.Article.Text.Split('\n').Length);
    }

    [Theory]
    [InlineData("<TimeML><DOCID>1</DOCID><TEXT><s id=\"1\">unclosed")]
    [InlineData("<?xml version='1.0'?><NotTimeML/>")]
    [InlineData("")]
    public void BrokenTimeMlIsAnErrorNotAnException(string xml)
    {
        var result = TimeMlArticleReader.Read(xml, "broken.tml");

        Assert.False(result.IsOk);
        Assert.Equal("broken.tml", result.Error!.Origin);
    }

    [Fact]
    public void GivenSentenceBoundariesAreKeptAsGiven()
    {
        var article = TimeMlArticleReader.Parse(Sample, "x", out _)!;
        var (text, spans) = TimeMlArticleReader.Join(article.Sentences);

        var sentences = Segmenter.Default.SegmentGiven(text, spans);

        // "Dr. Lee ... ." could be split by the splitter's own rules; given boundaries are never moved.
        Assert.Equal(3, sentences.Count);
        Assert.Equal(article.Sentences[2].Text, text[sentences[2].Span.Start..sentences[2].Span.End]);
        Assert.Contains(sentences[2].Tokens, t => text[t.Span.Start..t.Span.End] == "welcomed");
    }

    [Fact]
    public void SegmentGivenIsTotal()
    {
        Assert.Empty(Segmenter.Default.SegmentGiven("", [new Span(0, 5)]));
        var sentences = Segmenter.Default.SegmentGiven("one two", [new Span(-3, 3), new Span(4, 99), new Span(5, 2)]);
        Assert.Equal(2, sentences.Count);
    }
}
