using Chronicle.Dating;

namespace Chronicle.Tests.Dating;

public class DateStringParserTests
{
    [Theory]
    [InlineData("2018-12-30", 2018, 12, 30)]
    [InlineData("2018-12-30T10:00:00Z", 2018, 12, 30)]
    [InlineData("2018-12-30T23:30:00+03:00", 2018, 12, 30)]
    [InlineData("2018-12-30T23:30:00.125-05:00", 2018, 12, 30)]
    [InlineData("2018-12-30 10:00:00 +0300", 2018, 12, 30)]
    [InlineData("Sun, 30 Dec 2018 14:03:00 GMT", 2018, 12, 30)]
    [InlineData("Sun, 30 Dec 2018 14:03:00 +0000", 2018, 12, 30)]
    [InlineData("16 February 2024", 2024, 2, 16)]
    [InlineData("February 16, 2024", 2024, 2, 16)]
    [InlineData("Feb. 16, 2024", 2024, 2, 16)]
    [InlineData("16 Feb 2024", 2024, 2, 16)]
    [InlineData("2024/02/16", 2024, 2, 16)]
    [InlineData("16.02.2024", 2024, 2, 16)]
    [InlineData("Friday, February 16, 2024", 2024, 2, 16)]
    [InlineData("Fri 16 Feb 2024 14.03 GMT", 2024, 2, 16)]
    [InlineData("16th February 2024", 2024, 2, 16)]
    [InlineData("the 16th of February, 2024", 2024, 2, 16)]
    [InlineData("February 1st, 2024", 2024, 2, 1)]
    [InlineData("3:14 PM EST, March 2, 2021", 2021, 3, 2)]
    [InlineData("Sept. 9, 2020", 2020, 9, 9)]
    [InlineData("29 February 2024", 2024, 2, 29)]
    [InlineData("25/12/2023", 2023, 12, 25)]
    [InlineData("12/25/2023", 2023, 12, 25)]
    [InlineData("  OCTOBER 9, 2020  ", 2020, 10, 9)]
    public void ReadsCommonWrittenForms(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DateStringParser.Parse(text));

    [Theory]
    [InlineData("31 February 2024")]
    [InlineData("29 February 2023")]
    [InlineData("0000-01-01")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("February 2024")]
    [InlineData("16 February")]
    [InlineData("2024")]
    [InlineData("05/06/2024")]
    [InlineData("On February 16, Russia announced talks")]
    [InlineData("16 February 2024 17 March 2024")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("99999999999999999999-01-01")]
    [InlineData("Published")]
    public void RejectsWhatIsNotOneFullValidDate(string? text) => Assert.Null(DateStringParser.Parse(text));

    [FsCheck.Xunit.Property]
    public bool NeverThrows(string text)
    {
        _ = DateStringParser.Parse(text);
        return true;
    }

    [FsCheck.Xunit.Property]
    public bool ReadsEveryValidIsoDateBack(DateTime moment)
    {
        var date = DateOnly.FromDateTime(moment);
        return DateStringParser.Parse(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) == date
            && DateStringParser.Parse(date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)) == date;
    }
}
