using Chronicle.Dating;

namespace Chronicle.Tests.Dating;

public class DateLineRecognizerTests
{
    private static readonly DateLineRecognizer Recognizer = DateLineRecognizer.Shared;

    [Fact]
    public void CrawlerPrefixLeavesTheTextAfterIt()
    {
        var match = Recognizer.Recognize(" date 2019-05-01 The ministry said on Tuesday it would appeal.");
        Assert.NotNull(match);
        Assert.Equal(DateLineKind.CrawlerPrefix, match.Kind);
        Assert.Equal(new DateOnly(2019, 5, 1), match.Date);
        Assert.Equal("date 2019-05-01", match.EvidenceText);
        Assert.Equal("The ministry said on Tuesday it would appeal.", match.Remainder);
        Assert.Equal(" date 2019-05-01 ".Length, match.PrefixLength);
    }

    [Theory]
    [InlineData("Published 3 June 2021", DateLineKind.Published, 2021, 6, 3)]
    [InlineData("Published: 3 June 2021 | 4 min read", DateLineKind.Published, 2021, 6, 3)]
    [InlineData("Posted on June 3, 2021 by editor", DateLineKind.Published, 2021, 6, 3)]
    [InlineData("First published on Thu 3 Jun 2021 09.10 BST", DateLineKind.Published, 2021, 6, 3)]
    [InlineData("Updated 3:14 PM EST, March 2, 2021", DateLineKind.Updated, 2021, 3, 2)]
    [InlineData("Last updated: 2021-03-02T15:14:00Z", DateLineKind.Updated, 2021, 3, 2)]
    [InlineData("June 3, 2021", DateLineKind.Dateline, 2021, 6, 3)]
    [InlineData("Thursday 3 June 2021", DateLineKind.Dateline, 2021, 6, 3)]
    [InlineData("3 June 2021 | 4 MIN READ", DateLineKind.Dateline, 2021, 6, 3)]
    [InlineData("June 3, 2021 · 5 min read", DateLineKind.Dateline, 2021, 6, 3)]
    [InlineData("Issue 87 · Thursday, 3 June 2021", DateLineKind.Dateline, 2021, 6, 3)]
    [InlineData("By Ana Ruiz | June 3, 2021", DateLineKind.Dateline, 2021, 6, 3)]
    public void RecognisesWholeDateLines(string line, DateLineKind kind, int year, int month, int day)
    {
        var match = Recognizer.Recognize(line);
        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(new DateOnly(year, month, day), match.Date);
        Assert.True(match.IsWholeLine);
    }

    [Theory]
    [InlineData("Published in 2019, the report found rising costs across the region.")]
    [InlineData("Updated figures show that exports fell by a tenth on June 3, 2021.")]
    [InlineData("On June 3, 2021, the council met.")]
    [InlineData("Date night ideas for the summer")]
    [InlineData("June 3, 2021 | June 4, 2021")]
    [InlineData("The council met on June 3, 2021 after weeks of delay | 4 min read")]
    [InlineData("")]
    [InlineData(null)]
    public void IgnoresSentencesThatMentionDates(string? line) => Assert.Null(Recognizer.Recognize(line));
}
