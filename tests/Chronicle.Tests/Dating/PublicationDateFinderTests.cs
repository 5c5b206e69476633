using Chronicle.Cleaning;
using Chronicle.Dating;
using Chronicle.Model;

namespace Chronicle.Tests.Dating;

public class PublicationDateFinderTests
{
    private static readonly ArticleCleaner Cleaner = new();
    private static readonly PublicationDateFinder Finder = new();

    private static PublicationDate Find(string text, string? container = null) => Finder.Find(container, Cleaner.Clean(text), text);

    private const string Body = """
        The council met on Tuesday to discuss the plan, which had been delayed since March 3, 2020.

        Members voted by a large majority to go ahead with the first phase next spring.
        """;

    [Fact]
    public void ContainerFieldComesFirst()
    {
        var date = Find("Published 3 June 2021\n\n" + Body, "2021-06-04T08:00:00+02:00");
        Assert.Equal(PublicationDate.ExplicitDay(new DateOnly(2021, 6, 4), "2021-06-04T08:00:00+02:00", "container"), date);
    }

    [Fact]
    public void PublishedLineBeatsCrawlerLineAndDateline()
    {
        var date = Find(" date 2021-06-05 NEWS\nJune 6, 2021\nPublished 3 June 2021\n\n" + Body);
        Assert.Equal(new DateOnly(2021, 6, 3), date.Date);
        Assert.Equal("published-line", date.EvidenceSource);
        Assert.Equal("Published 3 June 2021", date.EvidenceText);
    }

    [Fact]
    public void CrawlerLineBeatsDateline()
    {
        var date = Find(" date 2021-06-05 NEWS\nJune 6, 2021\n\n" + Body);
        Assert.Equal(PublicationDate.ExplicitDay(new DateOnly(2021, 6, 5), "date 2021-06-05", "crawler-line"), date);
    }

    [Fact]
    public void UpdatedLineOnlyWhenNothingElse()
    {
        var updatedOnly = Find("Updated 10:02 AM GMT, July 1, 2022\n\n" + Body);
        Assert.Equal(PublicationDate.ExplicitDay(new DateOnly(2022, 7, 1), "Updated 10:02 AM GMT, July 1, 2022", "updated-line"), updatedOnly);

        var withDateline = Find("June 30, 2022\nUpdated 10:02 AM GMT, July 1, 2022\n\n" + Body);
        Assert.Equal(new DateOnly(2022, 6, 30), withDateline.Date);
        Assert.Equal("dateline", withDateline.EvidenceSource);
    }

    [Fact]
    public void DatesInsideTheBodyAreNotPublicationDates()
    {
        Assert.Equal(PublicationDate.Unknown, Find(Body));
        Assert.Equal(PublicationDate.Unknown, Find(Body, "not a date"));
    }

    [Fact]
    public void DateOnlyLineDeepInTheBodyIsNotADateline()
    {
        var text = string.Join("\n\n", Enumerable.Repeat(Body.Trim(), 10)) + "\n\nMay 5, 2020\n\n" + string.Join("\n\n", Enumerable.Repeat(Body.Trim(), 10));
        Assert.Equal(PublicationDate.Unknown, Find(text));
    }

    [Fact]
    public void NeverThrowsOnEmptyInput() =>
        Assert.Equal(PublicationDate.Unknown, Finder.Find(null, CleanedText.Empty, string.Empty));
}
