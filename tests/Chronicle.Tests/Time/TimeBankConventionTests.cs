using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>The extent conventions of <see cref="TimexTaggerOptions.TimeBank"/> that differ from the default ones.</summary>
public class TimeBankConventionTests
{
    private static readonly DateOnly Dct = new(2013, 3, 22);

    [Fact]
    public void AboutStaysOutsideTheExtentButKeepsItsMod()
    {
        var timex = Assert.Single(new TimexTagger(TimexTaggerOptions.TimeBank).Tag("The strike lasted about three weeks.", Dct));

        Assert.Equal("three weeks", timex.Text);
        Assert.Equal("P3W", timex.Value);
        Assert.Equal("APPROX", timex.Mod);
    }

    [Fact]
    public void AtTheTimeIsAPastReferenceWithoutItsPrepositionForTimeBank()
    {
        var timex = Assert.Single(new TimexTagger(TimexTaggerOptions.TimeBank).Tag("Officials, asked at the time, declined to comment.", Dct));

        Assert.Equal("the time", timex.Text);
        Assert.Equal("PAST_REF", timex.Value);
    }

    [Fact]
    public void IntoTheNextCenturyIsThatCenturyForTimeBankButOverTheNextDecadeIsASpan()
    {
        var tagger = new TimexTagger(TimexTaggerOptions.TimeBank);

        Assert.Equal("20", Assert.Single(tagger.Tag("Few of these companies will survive into the next century.", new DateOnly(1998, 9, 13))).Value);
        Assert.Equal("P1E", Assert.Single(tagger.Tag("The cuts will be phased in over the next decade.", new DateOnly(1998, 9, 13))).Value);
    }

    [Fact]
    public void AboutBelongsToTheExtentByDefault()
    {
        var timex = Assert.Single(new TimexTagger().Tag("The strike lasted about three weeks.", Dct));

        Assert.Equal("about three weeks", timex.Text);
    }

    [Fact]
    public void UnitsAgoAreADurationOfUnstatedLengthForTimeBank()
    {
        var timex = Assert.Single(new TimexTagger(TimexTaggerOptions.TimeBank).Tag("Control Data, which just months ago was hemorrhaging, thinks it can recover.", Dct));

        Assert.Equal("months ago", timex.Text);
        Assert.Equal("PXM", timex.Value);
        Assert.Equal(TimexType.Duration, timex.Type);
    }

    [Fact]
    public void AroundStaysInTheExtentForTimeBankToo()
    {
        var timex = Assert.Single(new TimexTagger(TimexTaggerOptions.TimeBank).Tag("The town was founded around 2010.", Dct));

        Assert.Equal("around 2010", timex.Text);
    }

    [Fact]
    public void TodayOfThePresentEraIsLeftUntagged()
    {
        var tagger = new TimexTagger(TimexTaggerOptions.TimeBank);

        Assert.Empty(tagger.Tag("Young people in today's world face new pressures.", Dct));
        Assert.Equal("2013-03-22", Assert.Single(tagger.Tag("Shares rose ahead of today's vote.", Dct)).Value);
    }

    [Fact]
    public void DecadesCenturiesAndMillenniaTakeTimeBanksUnitLetters()
    {
        const string Text = "The feud lasted a decade, then went on for centuries, for two thousand years.";

        var timeBank = new TimexTagger(TimexTaggerOptions.TimeBank).Tag(Text, Dct).Select(t => t.Value);
        var tides = new TimexTagger().Tag(Text, Dct).Select(t => t.Value);

        Assert.Equal(["P1E", "PXC", "P2L"], timeBank);
        Assert.Equal(["P1DE", "PXCE", "P2000Y"], tides);
    }

    [Theory]
    [InlineData("The search was recently extended to Mexico.")]
    [InlineData("The couple have recently moved to Washington.")]
    [InlineData("Doctors were attacked, most recently in October.", "October")]
    public void RecentlyInsideAVerbGroupIsLeftUntagged(string text, string? other = null)
    {
        var tagged = new TimexTagger(TimexTaggerOptions.TimeBank).Tag(text, Dct).Select(t => t.Text);

        Assert.Equal(other is null ? [] : [other], tagged);
    }

    [Fact]
    public void RecentlyBeforeOrAfterAVerbIsAPastReference()
    {
        var tagger = new TimexTagger(TimexTaggerOptions.TimeBank);

        Assert.Equal("PAST_REF", Assert.Single(tagger.Tag("The company recently cut its dividend.", Dct)).Value);
        Assert.Equal("PAST_REF", Assert.Single(tagger.Tag("Its stock has slumped recently.", Dct)).Value);
        Assert.Equal("PAST_REF", Assert.Single(new TimexTagger().Tag("The search was recently extended.", Dct)).Value);
    }

    [Fact]
    public void FormerlyBeforeATitleIsLeftUntaggedByTimeBankAndTaggedByDefault()
    {
        const string Text = "Tomas Vell, formerly Kestrel Party's treasurer, joined the board.";

        Assert.Empty(new TimexTagger(TimexTaggerOptions.TimeBank).Tag(Text, Dct));
        Assert.Equal("PAST_REF", Assert.Single(new TimexTagger().Tag(Text, Dct)).Value);
    }

    [Theory]
    [InlineData("Hate groups grew over the past year.", "the past year", "2012")]
    [InlineData("Crime has fallen over the past decade.", "the past decade", "200")]
    [InlineData("Prices will rise in the coming year.", "the coming year", "2014")]
    [InlineData("Crime in Halden has fallen over the last decade.", "the last decade", "200")]
    public void ThePastYearIsTheCalendarYearBeforeForTimeBank(string text, string extent, string value)
    {
        var timex = Assert.Single(new TimexTagger(TimexTaggerOptions.TimeBank).Tag(text, Dct));

        Assert.Equal(extent, timex.Text);
        Assert.Equal(TimexType.Date, timex.Type);
        Assert.Equal(value, timex.Value);
        Assert.Equal(TimexType.Duration, Assert.Single(new TimexTagger().Tag(text, Dct)).Type);
    }

    [Fact]
    public void ThePastTwoYearsAndTheLastYearStayDurationsForTimeBank()
    {
        var tagger = new TimexTagger(TimexTaggerOptions.TimeBank);

        Assert.Equal("P2Y", Assert.Single(tagger.Tag("Prices doubled over the past two years.", Dct)).Value);
        Assert.Equal("P1Y", Assert.Single(tagger.Tag("Prices doubled over the last year.", Dct)).Value);
    }

    [Fact]
    public void OneDayAfterAModalIsTheFutureAndAfterAVerbADuration()
    {
        var tagger = new TimexTagger(TimexTaggerOptions.TimeBank);

        Assert.Equal("FUTURE_REF", Assert.Single(tagger.Tag("Halden will one day be the largest port in Norvia.", Dct)).Value);
        Assert.Equal("P1D", Assert.Single(tagger.Tag("Shares fell one day and rose the next.", Dct)).Value);
    }

    [Fact]
    public void ADayLongMeetingHoldsADurationAndADecadesLongOneNone()
    {
        var tagger = new TimexTagger(TimexTaggerOptions.TimeBank);

        var dayLong = Assert.Single(tagger.Tag("Ana Dorr left a day-long meeting in Halden.", Dct));
        Assert.Equal("day-long", dayLong.Text);
        Assert.Equal("P1D", dayLong.Value);
        Assert.Empty(tagger.Tag("The ruling ends a decades-long dispute.", Dct));
    }
}
