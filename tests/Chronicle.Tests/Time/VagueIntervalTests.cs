using Chronicle.Time;

namespace Chronicle.Tests.Time;

public class VagueIntervalTests
{
    private static readonly TimexTagger Tagger = new();

    [Theory]
    [InlineData("Weeks ago, the minister had voiced hope.", "Weeks ago", "PAST_REF", "2023-12-29", "2024-02-02")]
    [InlineData("A few days ago the mayor left.", "A few days ago", "PAST_REF", "2024-02-09", "2024-02-14")]
    [InlineData("For the past several months, the two sides have talked.", "the past several months", "PXM", "2023-07-16", "2024-02-16")]
    [InlineData("The past two months saw many rounds of talks.", "The past two months", "P2M", "2023-12-16", "2024-02-16")]
    public void A_vague_span_back_from_the_creation_time_keeps_its_value_and_gets_an_interval_that_holds_it(
        string text, string expression, string value, string earliest, string latest)
    {
        var timex = Assert.Single(Tagger.Tag(text, new DateOnly(2024, 2, 16)), t => t.Text == expression);
        Assert.Equal(value, timex.Value);
        Assert.Equal((DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture)),
            (timex.Interval!.Earliest, timex.Interval.Latest));
    }

    [Fact]
    public void Without_a_creation_time_a_vague_span_has_no_interval()
    {
        Assert.Null(Assert.Single(Tagger.Tag("Weeks ago, the minister had voiced hope.", null)).Interval);
    }
}
