using Chronicle.Model;

namespace Chronicle.Time;

/// <summary>The TIMEX3 types of TimeML.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>How fine the calendar interval of a temporal expression is.</summary>
public enum Granularity
{
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Time,
    Unknown,
}

/// <summary>
/// The calendar interval a temporal expression denotes: the first and the last day it may cover,
/// and the unit it was stated in. Later stages order and merge on this, never on value strings.
/// </summary>
public sealed record TimeInterval(DateOnly Earliest, DateOnly Latest, Granularity Granularity)
{
    public bool Contains(DateOnly day) => day >= Earliest && day <= Latest;

    public bool Overlaps(TimeInterval other) => Earliest <= other.Latest && other.Earliest <= Latest;
}

/// <summary>
/// One temporal expression found in a text, as a TimeML TIMEX3: its extent, type, normalised value
/// and modifier, what it was resolved against, and the calendar interval it denotes (null when it
/// cannot be computed, for example for sets or when no document creation time is known).
/// </summary>
public sealed record Timex(
    Span Span,
    string Text,
    TimexType Type,
    string Value,
    string? Mod,
    string? Anchor,
    TimeInterval? Interval)
{
    /// <summary>The TimeML id, t1, t2 ... in document order.</summary>
    public string Tid { get; init; } = "";

    /// <summary>The granularity of the interval, or Unknown where there is none.</summary>
    public Granularity Granularity => Interval?.Granularity ?? Granularity.Unknown;

    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    public static TimexType? ParseType(string? name) => name?.ToUpperInvariant() switch
    {
        "DATE" => TimexType.Date,
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => null,
    };
}
