using System.Globalization;
using System.Text;

namespace Chronicle.Time;

/// <summary>
/// A point or period of the calendar as a TIMEX3 value describes it: a day, week, weekend, month,
/// season, quarter, half, year, decade or century, possibly with a time of day, and with the year
/// left unknown (XXXX) when there was nothing to resolve it against. Formats itself as a TIMEX3 value
/// and computes its interval of days.
/// </summary>
internal readonly record struct CalendarValue
{
    public Granularity Unit { get; init; }

    /// <summary>The year; for a week, the ISO week-numbering year. Null: unknown.</summary>
    public int? Year { get; init; }

    public int Month { get; init; }

    public int Day { get; init; }

    /// <summary>Quarter (1-4), half (1-2), ISO week (1-53), decade (199 for the 1990s) or century (18 for the 1800s).</summary>
    public int Number { get; init; }

    public string? Season { get; init; }

    public bool Weekend { get; init; }

    /// <summary>ISO weekday (1-7) of a weekday whose date is unknown (XXXX-WXX-5).</summary>
    public int Weekday { get; init; }

    /// <summary>MO, AF, EV, NI, or null.</summary>
    public string? PartOfDay { get; init; }

    /// <summary>Hour of the day, or -1.</summary>
    public int Hour { get; init; } = -1;

    public int Minute { get; init; }

    public CalendarValue()
    {
    }

    public bool HasTime => Hour >= 0 || PartOfDay is not null;

    public static CalendarValue OfDay(DateOnly d) => new() { Unit = Granularity.Day, Year = d.Year, Month = d.Month, Day = d.Day };

    public static CalendarValue OfYear(int year) => new() { Unit = Granularity.Year, Year = year };

    public static CalendarValue OfMonth(int year, int month) => new() { Unit = Granularity.Month, Year = year, Month = month };

    public static CalendarValue OfWeek(DateOnly d) => new()
    {
        Unit = Granularity.Week,
        Year = ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)),
        Number = ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)),
    };

    public static CalendarValue OfQuarter(int year, int quarter) => new() { Unit = Granularity.Quarter, Year = year, Number = quarter };

    public CalendarValue WithTime(string? partOfDay, int hour, int minute) =>
        this with { PartOfDay = hour >= 0 ? null : partOfDay, Hour = hour, Minute = minute };

    /// <summary>One builder per thread for <see cref="Format"/>: a value is formatted for every expression tagged.</summary>
    [ThreadStatic]
    private static StringBuilder? formatBuffer;

    public string Format()
    {
        var sb = formatBuffer ??= new StringBuilder(32);
        sb.Clear();
        switch (Unit)
        {
            case Granularity.Decade:
                AppendDigits(sb, Number, 1);
                return sb.ToString();
            case Granularity.Century:
                AppendDigits(sb, Number, 2);
                return sb.ToString();
        }

        if (Weekday > 0 && Year is null)
        {
            AppendDigits(sb.Append("XXXX-WXX-"), Weekday, 1);
            AppendTime(sb);
            return sb.ToString();
        }

        AppendYear(sb, Year);
        switch (Unit)
        {
            case Granularity.Day:
            case Granularity.Time:
                AppendTwo(sb.Append('-'), Month);
                AppendTwo(sb.Append('-'), Day);
                AppendTime(sb);
                break;
            case Granularity.Week:
                AppendTwo(sb.Append("-W"), Number);
                if (Weekend)
                {
                    sb.Append("-WE");
                }

                break;
            case Granularity.Month:
                AppendTwo(sb.Append('-'), Month);
                break;
            case Granularity.Season:
                sb.Append('-').Append(Season);
                break;
            case Granularity.Quarter:
                if (Number > 0)
                {
                    AppendDigits(sb.Append("-Q"), Number, 1);
                }
                else
                {
                    sb.Append("-QX");
                }

                break;
            case Granularity.Half:
                AppendDigits(sb.Append("-H"), Number, 1);
                break;
        }

        return sb.ToString();
    }

    /// <summary>The days this value covers, or null when its year is unknown or out of the calendar's range.</summary>
    public TimeInterval? Interval()
    {
        if (Unit == Granularity.Decade)
        {
            return Span(Number * 10, 1, 1, Number * 10 + 9, 12, 31, Granularity.Decade);
        }

        if (Unit == Granularity.Century)
        {
            return Span(Number * 100, 1, 1, Number * 100 + 99, 12, 31, Granularity.Century);
        }

        if (Year is not { } y || y < 1 || y > 9998)
        {
            return null;
        }

        var timeUnit = HasTime ? Granularity.Time : Granularity.Day;
        switch (Unit)
        {
            case Granularity.Day:
            case Granularity.Time:
                return Span(y, Month, Day, y, Month, Day, timeUnit);
            case Granularity.Week:
                if (Number < 1 || Number > ISOWeek.GetWeeksInYear(y))
                {
                    return null;
                }

                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, Number, DayOfWeek.Monday));
                return Weekend
                    ? new TimeInterval(monday.AddDays(5), monday.AddDays(6), Granularity.Week)
                    : new TimeInterval(monday, monday.AddDays(6), Granularity.Week);
            case Granularity.Month:
                return Month is >= 1 and <= 12 ? Span(y, Month, 1, y, Month, DateTime.DaysInMonth(y, Month), Granularity.Month) : null;
            case Granularity.Season:
                return Season switch
                {
                    "SP" => Span(y, 3, 1, y, 5, 31, Granularity.Season),
                    "SU" => Span(y, 6, 1, y, 8, 31, Granularity.Season),
                    "FA" => Span(y, 9, 1, y, 11, 30, Granularity.Season),
                    "WI" => Span(y, 12, 1, y + 1, 2, DateTime.DaysInMonth(y + 1, 2), Granularity.Season),
                    _ => null,
                };
            case Granularity.Quarter:
                return Number is >= 1 and <= 4
                    ? Span(y, Number * 3 - 2, 1, y, Number * 3, DateTime.DaysInMonth(y, Number * 3), Granularity.Quarter)
                    : null;
            case Granularity.Half:
                return Number == 1 ? Span(y, 1, 1, y, 6, 30, Granularity.Half) : Number == 2 ? Span(y, 7, 1, y, 12, 31, Granularity.Half) : null;
            case Granularity.Year:
                return Span(y, 1, 1, y, 12, 31, Granularity.Year);
            default:
                return null;
        }
    }

    private static TimeInterval? Span(int y1, int m1, int d1, int y2, int m2, int d2, Granularity unit) =>
        Calendar.TryDate(y1, m1, d1, out var a) && Calendar.TryDate(y2, m2, d2, out var b) ? new TimeInterval(a, b, unit) : null;

    private void AppendTime(StringBuilder sb)
    {
        if (Hour >= 0)
        {
            AppendDigits(sb.Append('T'), Hour, 2);
            AppendDigits(sb.Append(':'), Minute, 2);
        }
        else if (PartOfDay is not null)
        {
            sb.Append('T').Append(PartOfDay);
        }
    }

    private static void AppendYear(StringBuilder sb, int? year)
    {
        if (year is { } y && y >= 0 && y <= 9999)
        {
            AppendDigits(sb, y, 4);
        }
        else
        {
            sb.Append("XXXX");
        }
    }

    /// <summary>
    /// A number in at least width digits, zero-padded after any minus sign (as the D format writes it), one character at a time: a
    /// value is formatted for every expression, and the composite format took a slow path per number.
    /// </summary>
    private static void AppendDigits(StringBuilder sb, long n, int width)
    {
        if (n < 0)
        {
            sb.Append('-');
            n = -n;
        }

        var digits = 1;
        var divisor = 1L;
        for (var rest = n / 10; rest > 0; rest /= 10)
        {
            digits++;
            divisor *= 10;
        }

        sb.Append('0', Math.Max(0, width - digits));
        for (; divisor > 0; divisor /= 10)
        {
            sb.Append((char)('0' + (n / divisor % 10)));
        }
    }

    /// <summary>A month, day or week number in two digits, XX when unknown (0).</summary>
    private static void AppendTwo(StringBuilder sb, int n)
    {
        if (n > 0)
        {
            AppendDigits(sb, n, 2);
        }
        else
        {
            sb.Append("XX");
        }
    }
}

/// <summary>Calendar arithmetic that never throws: out-of-range results come back as false or null.</summary>
internal static class Calendar
{
    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static DateOnly? AddDays(DateOnly d, long days)
    {
        var n = d.DayNumber + days;
        return n >= DateOnly.MinValue.DayNumber && n <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)n) : null;
    }

    public static DateOnly? AddMonths(DateOnly d, long months)
    {
        var total = (long)d.Year * 12 + d.Month - 1 + months;
        var year = total / 12;
        if (total < 12 || year > 9999)
        {
            return null;
        }

        var month = (int)(total % 12) + 1;
        var day = Math.Min(d.Day, DateTime.DaysInMonth((int)year, month));
        return new DateOnly((int)year, month, day);
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly? Easter(int year)
    {
        if (year < 1583 || year > 9999)
        {
            return null;
        }

        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The nth (1-5, or -1 for the last) given ISO weekday of a month.</summary>
    public static DateOnly? NthWeekday(int year, int month, int isoWeekday, int nth)
    {
        if (!TryDate(year, month, 1, out var first))
        {
            return null;
        }

        if (nth < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            var back = (IsoDay(last) - isoWeekday + 7) % 7;
            return last.AddDays(-back);
        }

        var forward = (isoWeekday - IsoDay(first) + 7) % 7;
        var date = first.AddDays(forward + 7 * (nth - 1));
        return date.Month == month ? date : null;
    }

    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
}
