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
    public void AboutBelongsToTheExtentByDefault()
    {
        var timex = Assert.Single(new TimexTagger().Tag("The strike lasted about three weeks.", Dct));

        Assert.Equal("about three weeks", timex.Text);
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
}
