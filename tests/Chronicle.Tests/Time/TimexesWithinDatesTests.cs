using Chronicle.Time;

namespace Chronicle.Tests.Time;

public class TimexesWithinDatesTests
{
    private static readonly TimexesWithinDates Tagger = new(new TimexTagger());

    [Fact]
    public void An_expression_the_interval_settles_is_dated_and_one_it_does_not_stays_undated()
    {
        const string text = "On February 18 the council met. Two days ago the mayor resigned.";
        var timexes = Tagger.Tag(text, new DateOnly(2024, 2, 21), new DateOnly(2024, 12, 11));
        Assert.Equal("2024-02-18", Assert.Single(timexes, t => t.Text == "February 18").Value);
        var loose = Assert.Single(timexes, t => t.Text == "Two days ago");
        Assert.Null(loose.Interval);
    }

    [Fact]
    public void A_single_day_reads_as_that_day_and_no_interval_as_no_date()
    {
        const string text = "Two days ago the mayor resigned.";
        Assert.Equal("2024-02-26", Assert.Single(Tagger.Tag(text, new DateOnly(2024, 2, 28), new DateOnly(2024, 2, 28))).Value);
        Assert.Null(Assert.Single(Tagger.Tag(text, new DateOnly(2024, 2, 28), null)).Interval);
        Assert.Empty(Tagger.Tag(null, null, null));
    }
}
