using System.Text;
using Chronicle.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Chronicle.Tests.Time;

/// <summary>The tagger is total: any text, any creation time, no exception, and well-formed output.</summary>
public class TimexTaggerPropertyTests
{
    private static readonly TimexTagger Tagger = new();

    private static readonly string[] Pieces =
    [
        "31 February", "February 29", "0000", "9999", "year 0", "in 9999", "Dec. 31, 9999", "Jan. 1, 0001", "12/31/9999", "99/99/9999",
        "the 0s", "the 9990s", "the 99th century", "next year", "last year", "tomorrow, Thursday", "a year ago", "999999999 days ago",
        "4294967296 years", "fiscal 9999", "Q5 2013", "the 32nd of May", "mid-", "late", "the end of", "25:99 p.m.", "13 p.m.", "noon",
        "every", "the past", "Friday", "  ", "\n", ",", "'", "-", "the following day", "that month", "early next year", "recent years",
        "nineteen ninety-nine", "two thousand", "Easter", "Thanksgiving", "Ramadan", "summer", "the weekend", "1 1/2", "2.5 years",
        "the following spring", "the previous winter", "Memorial Day weekend", "New Year's Day weekend", "half past", "a quarter to",
        "twelve o'clock", "0000 hours", "2359 hours", "January the 31st", "Wednesday the 31st", "next Dec. 31", "last Jan. 1",
        "a half-century ago", "the week ended", "three consecutive days", "at", "to", "past",
        "Black Monday", "Shrove Tuesday", "3 p.m. the following day", "6:30 that evening", "the night before", "the last day of",
        "a week ago Tuesday", "52 weeks ago Friday", "March last year", "31 December next year", "the mid-Nineties", "31.12.9999",
        "29.2.0001", "31/12/9999", "99.99.9999", "40yrs ago", "9 hrs", "the 31st of next month", "the summer of that year",
        "the first week of next month", "the last Friday in December", "the fifth Monday of February 9999", "the weekend of Dec. 31, 9999",
        "the week before last", "two to three years", "the next 12 to 18 months", "midafternoon Friday", "by summer",
        "Eid al-Fitr", "Eid al-Adha", "Passover", "Purim", "Hanukkah", "Lunar New Year", "Mid-Autumn Festival", "Yom Kippur",
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999+14:00", "2026-12-05 22:15", "08.04 GMT", "99.99 GMT", "2018–24", "9999-99",
        "Friday 13th", "Monday 31st", "on the 14th", "on the 31st",
    ];

    private static Gen<string> TemporalSoup() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Join(" ", parts));

    private static Gen<DateOnly?> Dates() =>
        Gen.OneOf(
            Gen.Constant<DateOnly?>(null),
            Gen.Constant<DateOnly?>(DateOnly.MinValue),
            Gen.Constant<DateOnly?>(DateOnly.MaxValue),
            Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(n => (DateOnly?)DateOnly.FromDayNumber(n)));

    [Property(MaxTest = 300)]
    public bool NeverThrowsOnAnyString(string? text, int dayNumber)
    {
        var dct = DateOnly.FromDayNumber(Math.Abs(dayNumber % DateOnly.MaxValue.DayNumber));
        var result = Tagger.TagCore(text ?? "", dct);
        return WellFormed(text ?? "", result);
    }

    [Property(MaxTest = 300)]
    public Property NeverThrowsOnTemporalSoup() =>
        Prop.ForAll(TemporalSoup().ToArbitrary(), Dates().ToArbitrary(), (text, dct) => WellFormed(text, Tagger.TagCore(text, dct)));

    [Fact]
    public void NullAndEmptyGiveNothing()
    {
        Assert.Empty(Tagger.Tag(null, null));
        Assert.Empty(Tagger.Tag("", new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void SurvivesAMegabyteOfDigits()
    {
        var digits = new string('7', 1 << 20);
        var result = Tagger.TagCore(digits + " 1990 " + digits, new DateOnly(2000, 1, 1));
        Assert.True(WellFormed(digits + " 1990 " + digits, result));
        Assert.Single(result);
    }

    [Fact]
    public void HandlesTheEdgesOfTheCalendar()
    {
        foreach (var dct in new DateOnly?[] { DateOnly.MinValue, DateOnly.MaxValue, null })
        {
            var text = "It happened on 31 February, in year 0, on Dec. 31, 9999, yesterday, tomorrow, next year and a year ago, in 9999.";
            Assert.True(WellFormed(text, Tagger.TagCore(text, dct)));
        }
    }

    [Fact]
    public void HandlesTheEdgesOfTheCalendarInSeasonsAndHolidayWeekends()
    {
        foreach (var dct in new DateOnly?[] { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1, 3, 1), new DateOnly(9999, 12, 1), null })
        {
            var text = "The war ended in 1. The previous winter was harsh, the following spring mild. They met over the New Year's Day "
                + "weekend and the Labor Day weekend, next Dec. 31 and last Jan. 1, at half past twelve and at 2359 hours, a half-century ago.";
            Assert.True(WellFormed(text, Tagger.TagCore(text, dct)));
        }
    }

    [Fact]
    public void HandlesTheEdgesOfTheCalendarInRelativeYearsAndWeeks()
    {
        foreach (var dct in new DateOnly?[] { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1, 1, 3), new DateOnly(9999, 12, 30), null })
        {
            var text = "It opened on 31 December next year, closed in January last year and reopened 52 weeks ago Tuesday. On 31.12.9999 and "
                + "1.1.0001, at 11 p.m. the next day and at 1 a.m. the previous night, on the 31st of next month and the 1st of last month, "
                + "in March of the following year and the summer of the year before, the shop stayed open. It shuts the first week of next "
                + "month, the last Friday in December and the weekend of Dec. 31, 9999, as it did the week before last.";
            Assert.True(WellFormed(text, Tagger.TagCore(text, dct)));
        }
    }

    [Fact]
    public void IgnoresAnImpossibleDay()
    {
        var result = Tagger.Tag("It was signed on 31 February 2013.", new DateOnly(2013, 5, 1));
        Assert.DoesNotContain(result, t => t.Value.StartsWith("2013-02-31", StringComparison.Ordinal));
    }

    [Fact]
    public void TagsEveryExpressionOfALongText()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            sb.Append("The minister said on Friday that talks held in May 2011 would resume next week, about two years after the 1990s. ");
        }

        var text = sb.ToString();
        var result = Tagger.Tag(text, new DateOnly(2013, 3, 22));
        Assert.Equal(25000, result.Count);
    }

    private static bool WellFormed(string text, List<Timex> result)
    {
        var previousEnd = 0;
        for (var i = 0; i < result.Count; i++)
        {
            var t = result[i];
            if (t.Span.Start < previousEnd || t.Span.End > text.Length || t.Span.Length <= 0 || t.Text != text.Substring(t.Span.Start, t.Span.Length)
                || t.Tid != "t" + (i + 1) || t.Value.Length == 0 || (t.Interval is { } iv && iv.Earliest > iv.Latest))
            {
                return false;
            }

            previousEnd = t.Span.End;
        }

        return true;
    }
}
