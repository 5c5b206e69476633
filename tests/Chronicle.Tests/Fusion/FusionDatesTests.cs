using Chronicle.Fusion;

namespace Chronicle.Tests.Fusion;

public class FusionDatesTests
{
    [Theory]
    [InlineData("time", "2024-01-05")]
    [InlineData("day", "2024-01-05")]
    [InlineData("week", "2024-01")]
    [InlineData("month", "2024-01")]
    [InlineData("year", "2024")]
    public void A_date_is_written_to_its_granularity_and_a_time_of_day_to_its_day(string granularity, string expected)
    {
        var day = new DateOnly(2024, 1, 5);
        Assert.Equal(expected, FusionDates.Format(day, day, granularity));
    }

    [Fact]
    public void A_time_of_day_is_as_fine_as_its_day()
    {
        Assert.Equal(FusionDates.Rank("day"), FusionDates.Rank("time"));
        Assert.Equal("time", FusionDates.Finest("time", "month"));
    }
}
