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
        if (gregorianYear is < 2 or > 9998)
        {
            yield break;
        }

        var from = new DateTime(gregorianYear, 1, 1);
        switch (calendar)
        {
            case "hijri":
                WorldCalendar cal = from >= UmAlQura.MinSupportedDateTime && from.AddYears(1) <= UmAlQura.MaxSupportedDateTime ? UmAlQura : TabularHijri;
                if (from < cal.MinSupportedDateTime || from.AddYears(1) > cal.MaxSupportedDateTime)
                {
                    yield break;
                }

                var hijriYear = cal.GetYear(from);
                for (var y = hijriYear; y <= hijriYear + 1; y++)
                {
                    if (On(cal, y, month, day) is { } date && date.Year == gregorianYear)
                    {
                        yield return date;
                    }
                }

                break;
            case "hebrew":
                if (gregorianYear < 1584 || gregorianYear > 2238)
                {
                    yield break;
                }

                for (var y = gregorianYear + 3760; y <= gregorianYear + 3761; y++)
                {
                    // From Adar on, a leap year has one month more before it (Adar I).
                    var numbered = month >= 6 && Hebrew.IsLeapYear(y) ? month + 1 : month;
                    if (On(Hebrew, y, numbered, day) is { } date && date.Year == gregorianYear)
                    {
                        yield return date;
                    }
                }

                break;
            case "chinese":
                if (gregorianYear < 1902 || gregorianYear > 2100)
                {
                    yield break;
                }

                var leap = Chinese.GetLeapMonth(gregorianYear);
                var index = leap > 0 && leap <= month ? month + 1 : month;
                if (On(Chinese, gregorianYear, index, day) is { } newYear && newYear.Year == gregorianYear)
                {
                    yield return newYear;
                }

                break;
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
