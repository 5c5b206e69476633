using System.Globalization;

namespace Chronicle.Fusion;

/// <summary>Interval arithmetic on event dates and the order of granularities (finest first).</summary>
public static class FusionDates
{
    private static readonly string[] Order = ["day", "week", "month", "season", "quarter", "year", "decade", "century", "unknown"];

    public static int Rank(string granularity)
    {
        if (granularity == "time")
        {
            return 0; // "Friday night", "this morning": a time of one day is as precise as a date, which is all a timeline shows
        }

        var i = Array.IndexOf(Order, granularity);
        return i < 0 ? Order.Length - 2 : i;
    }

    public static string Finest(string a, string b) => Rank(a) <= Rank(b) ? a : b;

    /// <summary>Whether two intervals (open bounds allowed) share at least one day.</summary>
    public static bool Overlap(DateOnly? aStart, DateOnly? aEnd, DateOnly? bStart, DateOnly? bEnd) =>
        !(aEnd is { } ae && bStart is { } bs && ae < bs) && !(bEnd is { } be && aStart is { } @as && be < @as);

    public static (DateOnly? Start, DateOnly? End) Intersect(DateOnly? aStart, DateOnly? aEnd, DateOnly? bStart, DateOnly? bEnd) =>
        (Max(aStart, bStart), Min(aEnd, bEnd));

    public static string? Format(DateOnly? earliest, DateOnly? latest, string granularity)
    {
        var d = earliest ?? latest;
        if (d is not { } date || granularity == "unknown")
        {
            return null;
        }

        return Rank(granularity) switch
        {
            0 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 or 2 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => date.ToString("yyyy", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The later of two days, either of which may be unknown.</summary>
    public static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    /// <summary>The earlier of two days, either of which may be unknown.</summary>
    public static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
