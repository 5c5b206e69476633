using Chronicle.Events;
using Chronicle.Fusion;
using Xunit;

namespace Chronicle.Tests.Fusion;

public class GoldRangeTests
{
    private static FusedEvent Event(DateOnly? earliest, DateOnly? latest, string granularity) =>
        new("v1", "MEET", "CONTACT", earliest, latest, granularity, EventStatus.Occurred, [], [], null, [], 1, new EventSalience("core", 1, 1, 0));

    [Fact]
    public void A_system_interval_inside_the_gold_range_is_right()
    {
        Assert.True(EventEvaluation.WithinRange(Event(new DateOnly(2020, 5, 3), new DateOnly(2020, 5, 3), "day"), "2020-05-01", "2020-05-20"));
        Assert.True(EventEvaluation.WithinRange(Event(new DateOnly(2020, 5, 1), new DateOnly(2020, 5, 31), "month"), "2020-05", null));
    }

    [Fact]
    public void An_interval_reaching_outside_the_range_or_without_a_date_is_wrong()
    {
        Assert.False(EventEvaluation.WithinRange(Event(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), "year"), "2020", "2020-12-30"));
        Assert.False(EventEvaluation.WithinRange(Event(new DateOnly(2020, 4, 30), new DateOnly(2020, 4, 30), "day"), "2020-05-01", "2020-05-20"));
        Assert.False(EventEvaluation.WithinRange(Event(null, null, "unknown"), "2020-05-01", null));
    }
}
