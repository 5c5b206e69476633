using Chronicle.Model;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

public class ArticleDateInferenceTests
{
    private static readonly ArticleDateInference Inference = new(new TimexTagger());

    [Fact]
    public void PastDatesBoundFromBelowAndFutureDatesFromAbove()
    {
        const string text = "The ceasefire was agreed on March 3, 2015. A summit will be held on June 20, 2015.";
        var dating = Inference.Infer(text);

        Assert.Equal(new DateOnly(2015, 3, 3), dating.Earliest);
        Assert.Equal(new DateOnly(2015, 6, 20), dating.Latest);
        Assert.Equal(new DateOnly(2015, 3, 3), dating.Best);
        var published = dating.ToPublicationDate();
        Assert.Equal(DateEvidence.Inferred, published.Evidence);
        Assert.Contains("March 3, 2015", published.EvidenceText);
    }

    [Fact]
    public void AnApposedWeekdayFixesTheDayOfTheWeek()
    {
        const string text = "The rebels seized the town on May 4, 2016. Talks will open tomorrow, Thursday, in Geneva.";
        var dating = Inference.Infer(text);

        Assert.Equal(new DateOnly(2016, 5, 4), dating.Earliest); // a Wednesday
        Assert.Equal(DayOfWeek.Wednesday, dating.Best!.Value.DayOfWeek);
        Assert.Contains(dating.Clues, c => c.Weekday == DayOfWeek.Wednesday);
    }

    [Fact]
    public void AnExternalDateForARelativeExpressionPinsTheDay()
    {
        const string text = "A news agency said the two sides will meet tomorrow, Thursday, in Moscow.";
        var dating = Inference.Infer(text);
        var start = text.IndexOf("tomorrow", StringComparison.Ordinal);

        var refined = Inference.Refine(dating, [new DateConstraint(new Span(start, start + 18), new DateOnly(2024, 2, 29), "another report")]);

        Assert.Equal(new DateOnly(2024, 2, 28), refined.Date);
        Assert.Equal(new DateOnly(2024, 2, 28), refined.Earliest);
        Assert.Equal(new DateOnly(2024, 2, 28), refined.Latest);
        Assert.Equal(DateEvidence.Inferred, refined.Evidence);
    }

    [Fact]
    public void AWeekdayConstraintLeavesTheWeekAfterIt()
    {
        const string text = "The ministry announced on Friday that the border would reopen.";
        var start = text.IndexOf("Friday", StringComparison.Ordinal);
        var refined = Inference.RefineDating(Inference.Infer(text), [new DateConstraint(new Span(start, start + 6), new DateOnly(2018, 12, 21))]);

        Assert.Equal(new DateOnly(2018, 12, 21), refined.Earliest);
        Assert.Equal(new DateOnly(2018, 12, 27), refined.Latest);
    }

    [Fact]
    public void AWeekdayTheLeadNamesAsGoneIsNoEarlierThanWhatTheArticleReportsAsPast()
    {
        const string text = "The ministry announced on Friday that talks would resume. The last accord was signed on March 3, 2015.";
        var dating = Inference.Infer(text);

        Assert.Equal(new DateOnly(2015, 3, 6), dating.Earliest); // the first Friday from March 3, a Tuesday
        Assert.Equal(new DateOnly(2015, 3, 6), dating.Best);

        var outside = new DatingClue("", new Span(0, 0), new DateOnly(2015, 4, 1), null, null, "reports as past an event of April 1", null, DatingClue.Linked);
        Assert.Equal(new DateOnly(2015, 4, 3), Inference.RefineDating(dating, [], [outside]).Earliest);
    }

    [Fact]
    public void AWeekdayNamedAfterTheLeadDoesNotMoveTheBound()
    {
        const string text = "The last accord was signed on March 3, 2015. On Friday, the ministry said talks would resume.";
        Assert.Equal(new DateOnly(2015, 3, 3), Inference.Infer(text).Earliest);
    }

    [Fact]
    public void NoCluesMeansUnknown()
    {
        Assert.Equal(DateEvidence.Unknown, Inference.Infer("Nothing here says when.").ToPublicationDate().Evidence);
        Assert.Equal(DateEvidence.Unknown, Inference.Infer(null).ToPublicationDate().Evidence);
    }
}
