namespace Chronicle.Time;

/// <summary>What kind of resolution a matched expression needs.</summary>
internal enum MeaningKind
{
    /// <summary>A calendar value stated in full (its year is known).</summary>
    Absolute,

    /// <summary>A calendar value without its year, or a weekday or holiday: placed by direction or tense.</summary>
    Named,

    /// <summary>An offset in some unit from the document creation time (yesterday, last week, two days ago).</summary>
    Deictic,

    /// <summary>An offset in some unit from the last reference time of the text (the following day, a year earlier).</summary>
    Anaphoric,

    /// <summary>PRESENT_REF, PAST_REF or FUTURE_REF.</summary>
    Reference,

    Duration,

    Set,

    /// <summary>A clock time or part of day with no date of its own: it takes the nearest date.</summary>
    TimeOfDay,
}

/// <summary>
/// The unresolved meaning of a matched expression, as the grammar read it. The resolver turns it
/// into a TIMEX3 value and interval using the document creation time, the tense of the clause and
/// the last reference time.
/// </summary>
internal sealed class Meaning
{
    public MeaningKind Kind { get; set; }

    /// <summary>The calendar value of Absolute and Named meanings (Year null for Named).</summary>
    public CalendarValue Value { get; set; }

    /// <summary>For Named: -1 last, 0 this, +1 next, null when the tense of the clause decides.</summary>
    public int? Direction { get; set; }

    public HolidayRule? Holiday { get; set; }

    /// <summary>For Deictic and Anaphoric: the offset, in Unit (D, W, WE, M, Q, Y, DE, CE, or R: the reference itself).</summary>
    public int Offset { get; set; }

    public string Unit { get; set; } = "D";

    /// <summary>For an amount before "later", "earlier" or "ago" (a year earlier): the result keeps the granularity of what it shifts.</summary>
    public bool KeepsReferenceGranularity { get; set; }

    /// <summary>
    /// For "year-ago" and "year-earlier" before a noun (the year-ago results): the comparison period of
    /// a report, which a reference already placed in an earlier year is itself.
    /// </summary>
    public bool ComparisonPeriod { get; set; }

    /// <summary>For "the same period last year": the period under discussion may be a half as well as a quarter.</summary>
    public bool AnyReportingPeriod { get; set; }

    /// <summary>True when the offset is stated as "some" units (weeks ago): the value stays vague.</summary>
    public bool VagueAmount { get; set; }

    /// <summary>For Reference, Duration and Set: the TIMEX3 value itself.</summary>
    public string Literal { get; set; } = "";

    /// <summary>For a Duration anchored at the creation time (the past two months): the direction, -1 back or +1 on.</summary>
    public int AnchoredDirection { get; set; }

    /// <summary>For "next year's first quarter": the named period in the creation year plus this many years.</summary>
    public int? YearFromCreation { get; set; }

    /// <summary>For "the summer of that year", "March of the following year": the named period in the year under discussion plus this many years.</summary>
    public int? YearFromReference { get; set; }

    /// <summary>
    /// Tokens after the extent that the reading took in but the extent leaves out: "last year" in "March last year"
    /// gives the month its year, and TimeBank tags the month alone, "last year" not at all.
    /// </summary>
    public int TakenAfterEnd { get; set; }

    /// <summary>For "the year-ago third quarter": the named period one year before the one the creation time gives.</summary>
    public bool YearBack { get; set; }

    /// <summary>
    /// For a Named weekday (the previous Friday, the following Monday): counted in its direction from the
    /// day under discussion (the text's last reference day), not from the creation time.
    /// </summary>
    public bool FromReference { get; set; }

    /// <summary>For "the 1988 quarter": the period under discussion (an Anaphoric RQ), placed in this year.</summary>
    public int? InYear { get; set; }

    /// <summary>
    /// For "the month", "the year" after a position (by the end of the month): the month or year under discussion when a past clause
    /// tells of an earlier one, else the current one.
    /// </summary>
    public bool DiscussedUnit { get; set; }

    /// <summary>For "December retail sales": the month a figure measures, the latest begun whatever the clause's tense.</summary>
    public bool ReportedMonth { get; set; }

    /// <summary>For "in the second half", "during the fourth quarter": a quarter or half something happens within, not one reported on.</summary>
    public bool HappensWithin { get; set; }

    /// <summary>For "the quarter ended Sept. 30": the quarter that contains the (named) date read.</summary>
    public bool QuarterOfDate { get; set; }

    /// <summary>For "the day before last Tuesday", "the day after Christmas": days added to the day read.</summary>
    public int DayShift { get; set; }

    /// <summary>For "the '30s": the latest decade with that name up to the creation time (the 1930s in 2021, the 2000s in 2005).</summary>
    public bool LatestDecade { get; set; }

    /// <summary>For "25" in "April 24 and 25": the day takes the year the day just before it resolved to.</summary>
    public bool YearOfDayBefore { get; set; }

    /// <summary>For "the 11th of this month": the day of the month the value names, once the month is resolved.</summary>
    public int DayOfMonth { get; set; }

    /// <summary>
    /// For "last February" or "next April" (said with "last" or "next"): not the month just before or after the
    /// creation month, which the writer would have called "last month" or "next month", but the one a year on.
    /// </summary>
    public bool SkipsAdjacentMonth { get; set; }

    /// <summary>For "the week of March 6", "Easter week": the week that contains the date read.</summary>
    public bool WeekOfDate { get; set; }

    /// <summary>For "the Easter weekend", "the Memorial Day weekend": the weekend next to the day (before a Monday holiday).</summary>
    public bool WeekendOfDate { get; set; }

    /// <summary>For "in three years": a date that many units after the creation time when the clause is in the future tense.</summary>
    public bool DateIfFutureClause { get; set; }

    /// <summary>
    /// "Fifty years on, the band still tours", "More than a year on, it seems ...": the time since the event the report
    /// is about, told from now; outside a past clause (and with no date before it at all) the expression names the
    /// present, the creation time's period of the unit. In a past narrative ("In 1990 he joined; two years on, he was
    /// promoted") it counts from the last date, as "later" does.
    /// </summary>
    public bool PresentWithoutReference { get; set; }

    /// <summary>"that summer": the season (SP, SU, FA, WI) of the year under discussion.</summary>
    public string? SeasonOfReference { get; set; }

    /// <summary>
    /// With <see cref="SeasonOfReference"/>: 1 for "the following (next) spring", -1 for "the previous (preceding) winter",
    /// the first such season after (the last before) the period under discussion; 0 for "that summer".
    /// </summary>
    public int SeasonStep { get; set; }

    /// <summary>"this time last year": the creation day shifted by the unit, a day, not the period.</summary>
    public bool FromCreationDay { get; set; }

    /// <summary>With <see cref="FromCreationDay"/>: "M" or "W" for "fifty years ago this month (week)", the period of that day.</summary>
    public string? AnniversaryUnit { get; set; }

    public string? PartOfDay { get; set; }

    public int Hour { get; set; } = -1;

    public int Minute { get; set; }

    public string? Mod { get; set; }

    public TimexType Type { get; set; } = TimexType.Date;

    /// <summary>True for a calendar expression a date modifier (early, mid, the end of) may apply to.</summary>
    public bool IsPeriod => Kind is MeaningKind.Absolute or MeaningKind.Named or MeaningKind.Deictic or MeaningKind.Anaphoric;

    /// <summary>True for an amount or a point an amount modifier (about, more than) may apply to; a clock time is one.</summary>
    public bool IsQuantity => Kind is MeaningKind.Duration || (Kind is MeaningKind.Deictic or MeaningKind.Anaphoric && Offset != 0) || Kind == MeaningKind.Absolute
        || Kind == MeaningKind.TimeOfDay || Hour >= 0;

    public static Meaning Absolute(CalendarValue value) => new() { Kind = MeaningKind.Absolute, Value = value };

    public static Meaning Named(CalendarValue value, int? direction) => new() { Kind = MeaningKind.Named, Value = value, Direction = direction };

    public static Meaning Deictic(int offset, string unit) => new() { Kind = MeaningKind.Deictic, Offset = offset, Unit = unit };

    public static Meaning Anaphoric(int offset, string unit) => new() { Kind = MeaningKind.Anaphoric, Offset = offset, Unit = unit };

    public static Meaning Reference(string value) => new() { Kind = MeaningKind.Reference, Literal = value };

    public static Meaning Duration(string value) => new() { Kind = MeaningKind.Duration, Literal = value, Type = TimexType.Duration };

    public static Meaning Set(string value) => new() { Kind = MeaningKind.Set, Literal = value, Type = TimexType.Set };
}

/// <summary>A matched expression: its tokens [Start, End) and meaning.</summary>
internal sealed record Mention(int Start, int End, Meaning Meaning);
