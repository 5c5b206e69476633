using Chronicle.Evaluation.SemEval;
using Chronicle.Segmentation;

namespace Chronicle.Tests.Evaluation;

public class TargetMatcherTests
{
    private static IEnumerable<string> Found(string target, string text)
    {
        var sentence = Assert.Single(Segmenter.Default.SegmentGiven(text, [new Chronicle.Model.Span(0, text.Length)]));
        return new TargetMatcher(target).Find(text, sentence)
            .Select(r => text[sentence.Tokens[r.Start].Span.Start..sentence.Tokens[r.End - 1].Span.End]);
    }

    [Fact]
    public void FindsFullNamesAndShortFormsThatKeepTheHead()
    {
        Assert.Equal(["Ann Example", "Example"], Found("Ann Example", "Ann Example spoke ; later Example left ."));
        Assert.Equal(["Harbour Ferry Board", "Ferry Board"], Found("Harbour Ferry Board", "The Harbour Ferry Board met ; the Ferry Board voted ."));
    }

    [Fact]
    public void CapitalisedWordsMatchInCaseOnly()
    {
        Assert.Empty(Found("Ann Example", "an example of jobs"));
        Assert.Equal(["Portal Store"], Found("Portal store", "the Portal Store opened"));
    }

    [Fact]
    public void ANameEndingInANumberIsOnlyFoundWhole()
    {
        Assert.Equal(["Phone 7"], Found("Phone 7", "the Phone 6 and the Phone 7 ; a Phone"));
    }
}
