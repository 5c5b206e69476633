using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Xunit;

namespace Chronicle.Tests.Fusion;

public class PartialDateTests
{
    private static EventMention Mention(string value) =>
        new("MEET", new Span(0, 4), "meet", "meet", false, 0, new Span(0, 10), [], [], null,
            new EventTime(null, null, "day", null, value, EventTimeSource.Clause, new Span(5, 9)), EventStatus.Occurred, null, EventAttribution.None);

    private static DocumentEvents Doc(DateEvidence evidence, EventMention m) => new("d1", null, evidence, "text", [m]);

    [Fact]
    public void A_day_without_its_year_fits_an_interval_holding_that_day_in_some_year()
    {
        var p = PartialDate.Of(Doc(DateEvidence.Inferred, Mention("XXXX-03-03")), Mention("XXXX-03-03"))!;
        Assert.Equal((3, 3, (DayOfWeek?)null), (p.Month, p.Day, p.Weekday));
        Assert.True(p.FitsIn(new DateOnly(2021, 3, 3), new DateOnly(2021, 3, 3)));
        Assert.False(p.FitsIn(new DateOnly(2021, 3, 4), new DateOnly(2021, 4, 30)));
        Assert.True(p.Pins(new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31)));
        Assert.False(p.Pins(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)));
    }

    [Fact]
    public void A_weekday_fits_only_intervals_with_that_weekday_and_pins_only_within_a_week()
    {
        var p = PartialDate.Of(Doc(DateEvidence.Unknown, Mention("XXXX-WXX-7")), Mention("XXXX-WXX-7"))!;
        Assert.Equal(DayOfWeek.Sunday, p.Weekday);
        Assert.True(p.FitsIn(new DateOnly(2021, 3, 7), new DateOnly(2021, 3, 7))); // a Sunday
        Assert.False(p.FitsIn(new DateOnly(2021, 3, 8), new DateOnly(2021, 3, 9)));
        Assert.True(p.Pins(new DateOnly(2021, 3, 7), new DateOnly(2021, 3, 7)));
        Assert.False(p.Pins(new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31)));
    }

    [Fact]
    public void Explicitly_dated_articles_and_full_dates_give_none()
    {
        Assert.Null(PartialDate.Of(Doc(DateEvidence.Explicit, Mention("XXXX-03-03")), Mention("XXXX-03-03")));
        Assert.Null(PartialDate.Of(Doc(DateEvidence.Inferred, Mention("2021-03-03")), Mention("2021-03-03")));
        Assert.Null(PartialDate.Of(Doc(DateEvidence.Inferred, Mention("XXXX-02-30")), Mention("XXXX-02-30")));
    }
}
