using System.Globalization;
using WorldCalendar = System.Globalization.Calendar;

namespace Chronicle.Time;

/// <summary>
/// The Gregorian days of feasts kept by the Islamic (Umm al-Qura, else the tabular Hijri), Hebrew and Chinese calendars:
/// "Eid al-Fitr", "Yom Kippur", "Lunar New Year" fall on a different day each year, and an Islamic feast can fall twice in
/// one Gregorian year. Never throws: a year outside a calendar's range has no days.
/// </summary>
internal static class LunarFeasts
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar TabularHijri = new();
    private static readonly HebrewCalendar Hebrew = new();
    private static readonly ChineseLunisolarCalendar Chinese = new();

    /// <summary>The Hebrew months by name in the order of a common year (Tishrei first, as .NET counts them).</summary>
    private static readonly string[] HebrewMonths = ["tishrei", "cheshvan", "kislev", "tevet", "shevat", "adar", "nisan", "iyar", "sivan", "tammuz", "av", "elul"];

    /// <summary>The calendar's number for a Hebrew month name, or 0.</summary>
    public static int HebrewMonth(string name) => Array.IndexOf(HebrewMonths, name) + 1;

    /// <summary>The days in the Gregorian year on which the calendar's month and day fall (none, one, or two for an Islamic feast).</summary>
    public static IEnumerable<DateOnly> Days(string calendar, int month, int day, int gregorianYear)
    {
        if (YearsOverlapping(calendar, gregorianYear) is not var (cal, firstYear, count))
        {
            yield break;
        }

        for (var y = firstYear; y < firstYear + count; y++)
        {
            if (On(cal, y, MonthNumber(cal, y, month), day) is { } date && date.Year == gregorianYear)
            {
                yield return date;
            }
        }
    }

    /// <summary>The calendar and the first and number of its years that overlap the Gregorian year; null outside its range.</summary>
    private static (WorldCalendar Calendar, int FirstYear, int Count)? YearsOverlapping(string calendar, int gregorianYear)
    {
        if (gregorianYear is < 2 or > 9998)
        {
            return null;
        }

        var from = new DateTime(gregorianYear, 1, 1);
        switch (calendar)
        {
            case "hijri":
                WorldCalendar hijri = from >= UmAlQura.MinSupportedDateTime && from.AddYears(1) <= UmAlQura.MaxSupportedDateTime ? UmAlQura : TabularHijri;
                return from >= hijri.MinSupportedDateTime && from.AddYears(1) <= hijri.MaxSupportedDateTime ? (hijri, hijri.GetYear(from), 2) : null;
            case "hebrew":
                return gregorianYear is >= 1584 and <= 2238 ? (Hebrew, gregorianYear + 3760, 2) : null;
            case "chinese":
                // The Chinese calendar's years are numbered as the Gregorian years they begin in.
                return gregorianYear is >= 1902 and <= 2100 ? (Chinese, gregorianYear, 1) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The calendar's number for the month in that year: a Hebrew leap year has Adar I before Adar (a feast of Adar falls in
    /// Adar II), and a Chinese leap month shifts the numbers of the months after it.
    /// </summary>
    private static int MonthNumber(WorldCalendar cal, int year, int month)
    {
        try
        {
            if (cal == Hebrew)
            {
                return month >= 6 && Hebrew.IsLeapYear(year) ? month + 1 : month;
            }

            var leap = cal.GetLeapMonth(year);
            return leap > 0 && leap <= month ? month + 1 : month;
        }
        catch (ArgumentOutOfRangeException)
        {
            return month;
        }
    }

    private static DateOnly? On(WorldCalendar cal, int year, int month, int day)
    {
        try
        {
            if (month < 1 || month > cal.GetMonthsInYear(year) || day < 1 || day > cal.GetDaysInMonth(year, month))
            {
                return null;
            }

            return DateOnly.FromDateTime(cal.ToDateTime(year, month, day, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            // The calendar's first or last year, partly outside the range it supports.
            return null;
        }
    }
}
