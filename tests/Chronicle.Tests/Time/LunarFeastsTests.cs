using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>The Gregorian days of Islamic, Hebrew and Chinese feasts, checked against published calendars.</summary>
public class LunarFeastsTests
{
    [Theory]
    [InlineData("hijri", 10, 1, 2026, "2026-03-20")]
    [InlineData("hijri", 12, 10, 2024, "2024-06-16")]
    [InlineData("hebrew", 3, 25, 2026, "2026-12-05")]
    [InlineData("hebrew", 1, 10, 2027, "2027-10-11")]
    [InlineData("chinese", 1, 1, 2024, "2024-02-10")]
    [InlineData("chinese", 8, 15, 2023, "2023-09-29")]
    public void GivesTheFeastsDay(string calendar, int month, int day, int year, string expected)
    {
        Assert.Equal([DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)], LunarFeasts.Days(calendar, month, day, year));
    }

    [Fact]
    public void PassoverFallsInNisanInLeapAndCommonYears()
    {
        var nisan = LunarFeasts.HebrewMonth("nisan");

        Assert.Equal([new DateOnly(2024, 4, 23)], LunarFeasts.Days("hebrew", nisan, 15, 2024));
        Assert.Equal([new DateOnly(2025, 4, 13)], LunarFeasts.Days("hebrew", nisan, 15, 2025));
    }

    [Fact]
    public void AnIslamicFeastCanFallTwiceInOneGregorianYear()
    {
        Assert.Equal(2, LunarFeasts.Days("hijri", 10, 1, 2000).Count());
    }

    [Theory]
    [InlineData("hijri", 1)]
    [InlineData("hijri", 9999)]
    [InlineData("hebrew", 1500)]
    [InlineData("hebrew", 2300)]
    [InlineData("chinese", 1800)]
    [InlineData("chinese", 2101)]
    [InlineData("julian", 2000)]
    public void AYearOutsideTheCalendarsRangeHasNoDays(string calendar, int year)
    {
        Assert.Empty(LunarFeasts.Days(calendar, 1, 1, year));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1900-04-30")]
    [InlineData("2077-11-16")]
    [InlineData("2100-12-31")]
    [InlineData("9999-12-31")]
    public void FeastsNearTheEdgesOfTheCalendarsStillTag(string dct)
    {
        var timexes = new TimexTagger().Tag("Crowds marked Eid al-Fitr, Passover, Lunar New Year and the Mid-Autumn Festival.", DateOnly.Parse(dct, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(4, timexes.Count);
    }

    [Fact]
    public void ATaggedFeastTakesTheTenseOfItsClause()
    {
        var tagger = new TimexTagger();

        Assert.Contains(tagger.Tag("Pilgrims will gather for Eid al-Adha.", new DateOnly(2026, 12, 6)), x => x.Value == "2027-05-16");
        Assert.Contains(tagger.Tag("Families met at Passover.", new DateOnly(2026, 12, 6)), x => x.Value == "2026-04-02");
        Assert.Empty(tagger.Tag("Taha Yassin Passover met officials.", new DateOnly(2026, 12, 6)));
    }
}
