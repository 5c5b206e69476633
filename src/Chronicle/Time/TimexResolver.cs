using Chronicle.Model;

namespace Chronicle.Time;

/// <summary>
/// Turns matched expressions into TIMEX3s: places partial dates and weekdays by the tense of their
/// clause, counts deictic offsets from the document creation time (DCT) and anaphoric ones from the
/// last reference time of the text, and computes each value's interval.
/// </summary>
internal sealed class TimexResolver
{
    private const int TimeToDateReach = 4;

    /// <summary>How many tokens may stand between a clock time and the day after it (a time zone in brackets).</summary>
    private const int DayAheadReach = 5;

    /// <summary>How long before the creation time a date in a future clause may be (they said they would decide by Jan. 14).</summary>
    private const int FutureLookback = 31;

    /// <summary>
    /// How far before the creation time a day in a clause of plain "will" (shall, 'll) may still be: a few days,
    /// for a creation time a little late; "will decide before Christmas" in mid-January is the coming Christmas.
    /// A future told in the past ("said they would decide by Jan. 14", in a Jan. 15 text) keeps the month.
    /// </summary>
    private const int PlainFutureLookback = 7;

    /// <summary>How far after the creation time a date in a past-tense clause may still be (set to expire Nov. 21).</summary>
    private const int PastLookahead = 62;

    /// <summary>The same for a month (results are due in mid-November, said in late October).</summary>
    private const int PastMonthLookahead = 31;

    /// <summary>
    /// How far after the creation time the date of a past verb's infinitive may be (agreed to buy the line
    /// in February, said in late October; ordered it to refund the money beginning in July, said in mid-March): a plan made
    /// lately for the coming months.
    /// </summary>
    private const int InfinitiveLookahead = 123;

    /// <summary>
    /// The same for a day, a little shorter: a plan's exact day is seldom four months off ("agreed to sell the unit on Feb. 20",
    /// said on Oct. 30, is ahead; "agreed to be acquired on March 3", said on Oct. 31, is the one gone).
    /// </summary>
    private const int InfinitiveDayLookahead = 115;

    /// <summary>
    /// How long ago a quarter or half named alone in a future clause may have ended and still be the one meant
    /// (will report fourth-quarter results, said in February); one that ended longer ago gives way to the
    /// coming one (expected to close in the fourth quarter, said in June, is this year's).
    /// </summary>
    private const int FuturePeriodLookback = 92;

    /// <summary>
    /// The same for a quarter or half something is to happen in: a month ("will take a charge in the third quarter", said in
    /// mid-October, is the quarter just closed; "expects to launch it in the second half", said in March, the coming one).
    /// </summary>
    private const int WithinPeriodLookback = 31;

    /// <summary>How many days after its end a month named in a report is still the one reported on, not the year-ago one.</summary>
    private const int RecentMonthReach = 62;

    /// <summary>
    /// How many units "the past several months" or "the next few years" may reach: the interval must hold
    /// whatever the writer meant, and "several" seldom means more than seven.
    /// </summary>
    private const int VagueAmountReach = 7;

    /// <summary>
    /// How many tokens back (about two sentences) a date still anchors "two years on" in a past narrative ("In 1990 he
    /// joined the firm. Two years on, he was promoted"); farther off, "on" tells the time since the story's event, now.
    /// </summary>
    private const int NarrativeReach = 50;

    /// <summary>How many tokens back (about two sentences) a named day still anchors "overnight".</summary>
    private const int OvernightReach = 80;
    private readonly TenseDetector tense;

    [ThreadStatic]
    private static List<(CalendarValue Value, TimeInterval Interval)>? candidateBuffer;

    public TimexResolver(TenseDetector tenseDetector) => tense = tenseDetector;

    public TenseDetector Detector => tense;

    /// <summary>The ids t1 to t512, made once: every expression of every text takes one.</summary>
    private static readonly string[] Tids = Enumerable.Range(1, 512).Select(n => "t" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string TidOf(int n) => n <= Tids.Length ? Tids[n - 1] : "t" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public List<Timex> Resolve(TimeTokens t, List<Mention> mentions, DateOnly? dct)
    {
        var result = new List<Timex>(mentions.Count);
        CalendarValue? reference = null;
        string? referenceTid = null;
        var referenceEnd = -1000;
        CalendarValue? lastDay = null;
        CalendarValue? dayBeforeLast = null;

        // The last time a source spoke on ("said Friday"), kept apart from the reference time.
        CalendarValue? sayingTime = null;
        var sayingEnd = -1000;
        var lastDayEnd = -100;
        var framingYear = 0;
        var framingMonth = 0;
        var framingEnd = -100;
        string? lastDayTid = null;
        var lastDayIsWeekday = false;
        CalendarValue? lastDecade = null;
        var lastDecadeEnd = -1000;
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            var m = mention.Meaning;
            var tid = TidOf(result.Count + 1);
            CalendarValue? value = null;
            string? literal = null;
            string? anchor = null;
            TimeInterval? interval = null;
            var type = m.Type;
            switch (m.Kind)
            {
                case MeaningKind.Absolute when m.LatestDecade && dct is { } decadeDct && m.Value.Unit == Granularity.Decade:
                    // "the 1920s and '30s" said in 2021: the 1930s, not the 2030s.
                    var nowDecade = decadeDct.Year / 10;
                    value = m.Value with { Number = nowDecade - ((((nowDecade - m.Value.Number) % 10) + 10) % 10) };
                    break;
                case MeaningKind.Absolute:
                    value = m.Value;
                    break;
                case MeaningKind.Named when m.FromReference && m.Direction is { } monthStep && m.Value is { Unit: Granularity.Month, Month: > 0 }
                    && reference is { Year: { } referenceYear } monthReference:
                    // "signed in December 1984; it took effect the following May": the first May after the month under discussion
                    // (after its year when only a year is).
                    var steppedYear = monthReference.Month <= 0 ? referenceYear + monthStep
                        : monthStep > 0 ? (m.Value.Month > monthReference.Month ? referenceYear : referenceYear + 1)
                        : (m.Value.Month < monthReference.Month ? referenceYear : referenceYear - 1);
                    value = steppedYear is >= 1 and <= 9999 ? CalendarValue.OfMonth(steppedYear, m.Value.Month) : m.Value;
                    anchor = referenceTid;
                    break;
                case MeaningKind.Named when m.FromReference && m.Direction is { } step && lastDay?.Interval() is { } lastDayInterval
                    && NextWeekday(lastDayInterval.Earliest, m.Value.Weekday, step) is { } relativeDay:
                    // "Friday ... the week ... the previous Friday": the last day named, even when a week or month came between.
                    value = CalendarValue.OfDay(relativeDay);
                    anchor = lastDayTid;
                    break;
                case MeaningKind.Named when m.Value is { Month: > 0, Day: > 0, Year: null, Weekday: 0 } && m.Holiday is null && m.Direction is null
                    && lastDay is { Year: { } rangeYear } rangeStart && mention.Start - lastDayEnd <= 1 && IsRangeWord(t, mention.Start - 1)
                    && Calendar.TryDate(rangeYear + ((m.Value.Month * 32) + m.Value.Day < (rangeStart.Month * 32) + rangeStart.Day ? 1 : 0), m.Value.Month, m.Value.Day, out var rangeEnd):
                    // "flights taken Oct. 1 through Dec. 31": the end of a range is the first such day on from its start.
                    value = CalendarValue.OfDay(rangeEnd);
                    anchor = lastDayTid;
                    break;
                case MeaningKind.Named when m.YearOfDayBefore && lastDay is { Year: { } pairYear } pairDay && pairDay.Month == m.Value.Month
                    && mention.Start - lastDayEnd <= 2 && Calendar.TryDate(pairYear, m.Value.Month, m.Value.Day, out var pairedDay):
                    // "April 24 and 25": the second day is in the first one's year.
                    value = CalendarValue.OfDay(pairedDay);
                    anchor = lastDayTid;
                    break;
                case MeaningKind.Named when m.YearFromReference is { } referenceYears
                    && (reference?.Year ?? dct?.Year) is { } discussedYear && discussedYear + referenceYears is >= 1 and <= 9999:
                    // "the summer of that year", "March of the following year": the year under discussion, not the creation year.
                    value = m.Value with { Year = discussedYear + referenceYears };
                    anchor = reference is null ? (dct is null ? null : "t0") : referenceTid;
                    break;
                case MeaningKind.Named:
                    // "for the first time since October", said in September: a starting point is one gone by, not one a month ahead.
                    // "have risen since early November", said on Nov. 30: the month under way is begun, so it can be the one meant.
                    if (m.Direction is null && m.Holiday is null && m.Value is { Year: null, Month: > 0 } && TenseDetector.AfterSince(t, mention.Start)
                        && !(dct is { } sinceDct && m.Value.Month == sinceDct.Month && (m.Value.Day == 0 || m.Value.Day <= sinceDct.Day)))
                    {
                        m.Direction = -1;
                    }

                    var namedTense = dct is null ? Tense.None : NamedTense(t, m, mention.Start, mention.End);
                    m.HappensWithin = m.Value.Unit is Granularity.Quarter or Granularity.Half && (t.Is(mention.Start - 1, "in") || t.Is(mention.Start - 1, "during"));

                    // "A judge ordered him Tuesday to appear in court Friday", "decided Saturday to return to work Monday" (said on a
                    // Wednesday): the past verb has its own day, so the infinitive's weekday is the first such day after it.
                    DateOnly? afterOrder = null;
                    if (namedTense == Tense.Past && m.Direction is null && m.Holiday is null && m.Value is { Weekday: > 0, Month: 0 } && lastDayIsWeekday
                        && tense.SameSentence(t, lastDayEnd, mention.Start) && tense.InfinitiveAfter(t, lastDayEnd, mention.Start)
                        && !OfBetween(t, lastDayEnd, mention.Start))
                    {
                        namedTense = Tense.Future;
                        afterOrder = lastDay?.Interval() is { } orderDay ? NextWeekday(orderDay.Earliest, m.Value.Weekday, 1) : null;
                    }

                    // "will sell notes Tuesday, bills Wednesday and bonds Thursday": a weekday whose clause gives no tense, listed after
                    // a coming weekday of the same sentence, comes too.
                    if (namedTense == Tense.None && dct is { } listDct && m.Direction is null && m.Holiday is null && m.Value is { Weekday: > 0, Month: 0 }
                        && lastDayIsWeekday && lastDay?.Interval() is { } listedDay && listedDay.Earliest > listDct && tense.SameSentence(t, lastDayEnd, mention.Start))
                    {
                        namedTense = Tense.Future;
                    }

                    value = framingYear > 0 && dct is { } framedDct && framingYear != framedDct.Year
                        && InFramedYear(m) && tense.SameSentence(t, framingEnd, mention.Start)
                        ? m.Value with { Year = FramedYear(m.Value, framingYear, framingMonth) }
                        : ResolveNamed(m, dct, namedTense, namedTense == Tense.Past && tense.InfinitiveBefore(t, mention.Start),
                        namedTense == Tense.Future && tense.PlainFutureBefore(t, mention.Start));
                    if (afterOrder is { } orderedDay)
                    {
                        value = CalendarValue.OfDay(orderedDay);
                    }

                    if (namedTense == Tense.Future && m.Direction is null && m.Holiday is null && m.Value is { Weekday: > 0, Month: 0 }
                        && lastDayIsWeekday && dct is { } futureDct && lastDay?.Interval() is { } earlierDay && earlierDay.Earliest > futureDct
                        && value is { } bareDay && bareDay.Interval() is { } bareInterval && bareInterval.Earliest < earlierDay.Earliest
                        && tense.SameSentence(t, lastDayEnd, mention.Start) && SameClauseChain(t, lastDayEnd, mention.Start) && !t.Is(mention.Start - 1, "not")
                        && NextWeekday(earlierDay.Earliest, m.Value.Weekday, 1) is { } afterEarlier)
                    {
                        // "The trial begins next Monday and ends Wednesday": a weekday told in the future after a
                        // coming weekday of the same sentence is the first such day after it, not one before it. Only
                        // after a weekday: "the concert, which takes place on 8 October, will go on sale on Wednesday"
                        // names this week's Wednesday; and only in one chain of verbs: "will testify Wednesday, and the
                        // president is expected to announce Tuesday" starts a clause of its own, counted from the creation day.
                        value = CalendarValue.OfDay(afterEarlier);
                    }

                    // "The envoy was to leave Sunday", said on a Saturday: a plan told in the past is on the nearer of the two such days.
                    if (namedTense == Tense.Past && m.Direction is null && m.Holiday is null && m.Value is { Weekday: > 0, Month: 0, Day: 0 } && dct is { } planDct
                        && value is { } lastPlanned && lastPlanned.Interval() is { } lastPlannedDay && lastPlannedDay.Earliest < planDct
                        && NextWeekday(planDct, m.Value.Weekday, 1) is { } nextPlanned && nextPlanned.DayNumber - planDct.DayNumber < planDct.DayNumber - lastPlannedDay.Earliest.DayNumber
                        && tense.PastPlanBefore(t, mention.Start))
                    {
                        value = CalendarValue.OfDay(nextPlanned);
                    }

                    // "Officials said in October that talks would resume in February", said in March: the future of a past report
                    // counts from the report's month, not from the creation time.
                    if (namedTense == Tense.Future && m.Direction is null && m.Holiday is null && m.Value is { Month: > 0, Day: 0, Weekday: 0, Year: null }
                        && dct is { } reportDct && (sayingEnd > referenceEnd ? (sayingTime, sayingEnd) : (reference, referenceEnd)) is ({ Year: { } reportYear, Month: > 0 } report, var reportEnd)
                        && report.Interval() is { } reportInterval && reportInterval.Latest < reportDct && tense.SameSentence(t, reportEnd, mention.Start)
                        && tense.WouldBefore(t, mention.Start))
                    {
                        var afterReport = m.Value.Month >= report.Month ? reportYear : reportYear + 1;
                        value = afterReport <= 9999 ? CalendarValue.OfMonth(afterReport, m.Value.Month) : value;
                    }

                    anchor = dct is null ? null : "t0";
                    break;
                case MeaningKind.Deictic when m.PartOfDay == "NI" && m.Offset == -1 && t.Is(mention.Start, "overnight") && lastDay is { } eventDay
                    && mention.Start - lastDayEnd <= OvernightReach && Shift(eventDay, -1, "D", false) is { Year: not null } nightBefore:
                    // "closed lower Friday ... overnight losses in New York": the night before the day under discussion.
                    value = nightBefore;
                    anchor = lastDayTid;
                    break;
                case MeaningKind.Deictic when m.DiscussedUnit && dct is { } narratedDct
                    && (m.Unit == "DE" && lastDecade is not null ? (lastDecade, lastDecadeEnd) : (reference, referenceEnd)) is ({ } discussed, var discussedEnd)
                    && mention.Start - discussedEnd <= NarrativeReach && DiscussedPeriod(m.Unit, discussed, narratedDct) is { } discussedPeriod
                    && !t.Is(mention.Start - 1, "since") && tense.Detect(t, mention.Start, mention.End) == Tense.Past:
                    // "The quake struck on Jan. 17. By the end of the month, 12,000 were living in tents": the month the story is in ("since
                    // the start of the year" counts up to now: the current one).
                    value = discussedPeriod;
                    anchor = referenceTid;
                    break;
                case MeaningKind.Deictic when m.Unit == "WE" && m.Offset == 0 && dct is { } weekdayDct && weekdayDct.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Tuesday
                    && tense.Detect(t, mention.Start, mention.End) == Tense.Past:
                    // "Shoppers spent less this weekend than a year ago", said on a Monday: the weekend just gone.
                    value = Shift(CalendarValue.OfDay(weekdayDct), -1, "WE", false);
                    anchor = "t0";
                    break;
                case MeaningKind.Deictic:
                    value = dct is { } today ? ShiftFromCreationTime(m, today, reference) : Unresolved(m.Unit);
                    anchor = dct is null ? null : "t0";
                    break;
                case MeaningKind.Anaphoric:
                    var origin = reference ?? (dct is { } d ? CalendarValue.OfDay(d) : (CalendarValue?)null);

                    // "charges over a 1983 rape were dropped on Monday ... the next day", "said Monday it would take a fourth-quarter
                    // charge. That day": a day (or a week on) counts from the last day named (else the creation day), not from a year or
                    // a quarter the text mentioned since, nor from a month when a day was named shortly before ("passed a bill on Sept. 28
                    // that would raise the wage by April 1991. The Senate approved it the following day").
                    if (m.Unit is "D" or "W" && (m.Offset != 0 || m.Unit == "D") && reference is { } coarse
                        && (IsCoarserThanMonth(coarse.Unit) || (coarse.Unit == Granularity.Month && m.Unit == "D" && lastDay is not null && mention.Start - lastDayEnd <= NarrativeReach)))
                    {
                        origin = lastDay ?? (dct is { } creationDay ? CalendarValue.OfDay(creationDay) : null);
                    }

                    if (m.Unit is "RQ" or "PQ")
                    {
                        // "the quarter", "the year-ago quarter", "the previous quarter": from the quarter under discussion, else the last one
                        // completed.
                        // "the first half of this year ... over the same period last year": a half is a reporting period too, and so
                        // is a year ("in the first 11 months of this year ... the same period last year" is last year), when it is the
                        // creation year: after "grew from 2018 to 2024", "the same period last year" counts from the latest quarter.
                        origin = reference is { Unit: Granularity.Quarter } q ? q
                            : m.AnyReportingPeriod && reference is { Unit: Granularity.Half } h ? h
                            : m.AnyReportingPeriod && reference is { Unit: Granularity.Year, Year: { } discussedYear } y && mention.Start - referenceEnd <= NarrativeReach
                                && (dct is not { } creation || discussedYear == creation.Year) ? y
                            : dct is { } today2 ? Shift(CalendarValue.OfDay(today2), -1, "Q", false) : null;
                    }

                    value = m.PresentWithoutReference && dct is { } presentDay
                        && (reference is null || mention.Start - referenceEnd > NarrativeReach || tense.Detect(t, mention.Start, mention.End) != Tense.Past)
                        ? ShiftFromCreationTime(Meaning.Deictic(0, m.Unit), presentDay, null)
                        : origin is { } f ? Shift(f, m.Offset, m.Unit, m.KeepsReferenceGranularity) : Unresolved(m.Unit);
                    if (m.DayOfMonth > 0 && dct is { } dayOfMonthDct && (reference is null || reference.Value.Unit is not (Granularity.Day or Granularity.Month)))
                    {
                        // "The vote took place on the 14th", with no month under discussion: the month the clause's tense points to
                        // from the creation day, not the first month of a year named since ("runs until 2030") nor a week's.
                        value = MonthOfDay(m.DayOfMonth, dayOfMonthDct, tense.Detect(t, mention.Start, mention.End));
                    }

                    // "A fire broke out Tuesday night, authorities said Friday (the creation day). The owner was arrested the next
                    // day": a day after the last one named that would come after the creation day, told in the past, counts from the
                    // day named before it.
                    if (m.Unit == "D" && m.Offset > 0 && dct is { } toldDct && value?.Interval() is { } laterDay && laterDay.Earliest > toldDct
                        && dayBeforeLast is { } namedBefore && Shift(namedBefore, m.Offset, "D", false) is { } fromEarlier && fromEarlier.Interval() is { } fromEarlierDay
                        && fromEarlierDay.Latest <= toldDct && tense.Detect(t, mention.Start, mention.End) == Tense.Past)
                    {
                        value = fromEarlier;
                    }

                    if (m.SeasonOfReference is { } steppedSeason && m.SeasonStep != 0)
                    {
                        value = reference is { Year: { } referenceYear } steppedFrom
                            ? SeasonStepped(steppedSeason, m.SeasonStep, referenceYear, steppedFrom.Unit is Granularity.Month or Granularity.Day ? steppedFrom.Month : 0)
                            : dct is { } seasonDct ? SeasonStepped(steppedSeason, m.SeasonStep, seasonDct.Year, seasonDct.Month) : Unresolved("Y");
                    }
                    else if (m.SeasonOfReference is { } season && value is { Year: { } seasonYear })
                    {
                        // "In January 1998 ... that winter": the winter that began in December 1997.
                        var winterBefore = season == "WI" && reference is { Month: 1 or 2, Unit: Granularity.Month or Granularity.Day } && seasonYear > 1;
                        value = new CalendarValue { Unit = Granularity.Season, Season = season, Year = winterBefore ? seasonYear - 1 : seasonYear };
                    }

                    if (m.InYear is { } namedYear && value is { Unit: Granularity.Quarter } inQuarter)
                    {
                        value = inQuarter with { Year = namedYear };
                    }

                    if (m.Unit == "D" && m.Offset == 0 && reference is { Year: not null, Unit: Granularity.Month or Granularity.Year } period)
                    {
                        // "killed last October ... crossed out that same day": a day of that month whose date the
                        // text does not give (1998-10-XX), not the month's first day.
                        value = new CalendarValue { Unit = Granularity.Day, Year = period.Year, Month = period.Unit == Granularity.Month ? period.Month : 0 };
                    }
                    if (m.ComparisonPeriod && dct is { } reportDay && reference is { Year: { } refYear } compared)
                    {
                        // "in the 1988 period. The year-ago results ...": the period already named; a day
                        // (the quarter ended Sept. 30) stands for its quarter a year before. A month that ended lately is the one
                        // reported ("net income for December rose 8% from the year-earlier month", said in January).
                        value = refYear < reportDay.Year && !(compared.Unit == Granularity.Month && compared.Interval() is { } reported
                                && reportDay.DayNumber - reported.Latest.DayNumber < RecentMonthReach) ? compared
                            : compared.Unit == Granularity.Day && value is { Year: not null, Month: > 0 } dayBack ? QuarterEndingOn(dayBack)
                            : value;
                    }

                    anchor = reference is null ? (dct is null ? null : "t0") : referenceTid;
                    break;
                case MeaningKind.Reference:
                    literal = m.Literal;
                    if (literal == "PRESENT_REF" && dct is { } now)
                    {
                        interval = new TimeInterval(now, now, Granularity.Unknown);
                    }
                    else if (m.AnchoredDirection != 0 && m.Unit is { } unit && dct is { } from)
                    {
                        interval = VagueDistance(from, m.AnchoredDirection, unit);
                    }

                    anchor = dct is null ? null : "t0";
                    break;
                case MeaningKind.Duration:
                    if (m.DateIfFutureClause && dct is { } start && m.Unit is "D" or "W" or "2W" or "M" or "Y" && m.Offset > 0
                        && tense.Detect(t, mention.Start, mention.End) == Tense.Future)
                    {
                        value = ShiftFromCreationTime(Meaning.Deictic(m.Offset, m.Unit), start, null);
                        type = TimexType.Date;
                        anchor = "t0";
                    }
                    else
                    {
                        literal = m.Literal;
                        if (m.AnchoredDirection != 0 && dct is { } anchorDay)
                        {
                            interval = AnchoredInterval(anchorDay, m.AnchoredDirection * (m.Offset > 0 ? m.Offset : VagueAmountReach), m.Unit);
                            anchor = "t0";
                        }
                    }

                    break;
                case MeaningKind.Set:
                    literal = m.Literal;
                    break;
                case MeaningKind.TimeOfDay:
                    if (lastDay is { } day && ((mention.Start - lastDayEnd <= TimeToDateReach && !SentenceEndBetween(t, lastDayEnd, mention.Start))
                        || tense.SameSentence(t, lastDayEnd, mention.Start)))
                    {
                        // "Tuesday at 10 a.m."; "On Feb. 10, the meeting started at 9 a.m.": the day the sentence named.
                        value = day;
                        anchor = lastDayTid;
                    }
                    else if (dct is { } eventDct && DayAhead(t, mentions, index, eventDct) is { } ahead)
                    {
                        // "at about 10:35 a.m. (0735 GMT) Friday": the day that follows in the clause.
                        value = ahead;
                        anchor = "t0";
                    }
                    else if (dct is { } pastDct && lastDay is { } toldDay && toldDay.Interval() is { } toldInterval && toldInterval.Latest < pastDct
                        && tense.Detect(t, mention.Start, mention.End) == Tense.Past)
                    {
                        // "was given a tablet at 1.30 am", "Dan arrived at 10am": a clock time the clause tells in the past
                        // happened on the last day the text named, when that day is gone; today only when none is.
                        value = toldDay;
                        anchor = lastDayTid;
                    }
                    else if (dct is { } aheadDct && lastDay is { } comingDay && comingDay.Interval() is { } comingInterval && comingInterval.Earliest > aheadDct
                        && mention.Start - lastDayEnd <= ComingDayReach && tense.Detect(t, mention.Start, mention.End) == Tense.Future)
                    {
                        // "Counting begins tomorrow morning. Officials expect results by late afternoon": a time of day told ahead
                        // after a coming day is on that day.
                        value = comingDay;
                        anchor = lastDayTid;
                    }
                    else if (dct is { } dctDay)
                    {
                        value = CalendarValue.OfDay(dctDay);
                        anchor = "t0";
                    }
                    else
                    {
                        value = new CalendarValue { Unit = Granularity.Day };
                    }

                    break;
            }

            if (m.YearBack && value is { Year: { } back } && back > 1)
            {
                value = value.Value with { Year = back - 1 };
            }

            if (m.QuarterOfDate && value is { Year: not null, Month: > 0 } dated)
            {
                value = QuarterEndingOn(dated);
            }

            if (m.DayOfMonth > 0 && value is { Year: { } monthYear, Unit: Granularity.Month, Month: > 0 } ofMonth)
            {
                value = Calendar.TryDate(monthYear, ofMonth.Month, m.DayOfMonth, out var dayOfMonth) ? CalendarValue.OfDay(dayOfMonth) : Unresolved("D");
            }

            if (m.DayShift != 0 && value is { Year: not null, Unit: Granularity.Day } shiftedFrom)
            {
                value = Shift(shiftedFrom, m.DayShift, "D", false);
            }

            if (m.WeekOfDate && value is { Year: not null, Unit: Granularity.Day } weekDay && weekDay.Interval() is { } weekDayInterval)
            {
                value = CalendarValue.OfWeek(weekDayInterval.Earliest);
            }

            if (m.WeekendOfDate && value is { Year: not null, Unit: Granularity.Day } holidayDay && holidayDay.Interval() is { } holidayInterval)
            {
                var day = holidayInterval.Earliest;
                var weekendDay = day.DayOfWeek == DayOfWeek.Monday && Calendar.AddDays(day, -1) is { } sunday ? sunday : day;
                value = CalendarValue.OfWeek(weekendDay) with { Weekend = true };
            }

            if (value is { } v)
            {
                if ((m.Hour >= 0 || m.PartOfDay is not null) && v.Unit == Granularity.Day)
                {
                    v = v.WithTime(m.PartOfDay, m.Hour, m.Minute);
                    type = TimexType.Time;
                }

                literal = v.Format();
                interval = Narrow(v.Interval() ?? UnknownDayInterval(v), m.Mod);
                value = v;
            }

            var span = new Span(t[mention.Start].Start, t[mention.End - 1].End);
            result.Add(new Timex(span, t.Text.Substring(span.Start, span.Length), type, literal ?? "", m.Mod, anchor, interval) { Tid = tid });

            if (value is { Year: not null, Unit: Granularity.Day } said && UpdatesReference(m) && !IsUnknownDay(said) && IsSayingDay(t, mention.Start))
            {
                sayingTime = said with { Hour = -1, PartOfDay = null, Minute = 0 };
                sayingEnd = mention.End;
            }
            else if (value is { Year: not null } resolved && UpdatesReference(m) && !IsUnknownDay(resolved) && !IsComparedFrom(t, mention.Start))
            {
                reference = resolved with { Hour = -1, PartOfDay = null, Minute = 0 };
                referenceTid = tid;
                referenceEnd = mention.End;
            }

            if (value is { Unit: Granularity.Decade } decadeValue)
            {
                lastDecade = decadeValue;
                lastDecadeEnd = mention.End;
            }

            // ("Fiscal 2000 begins Oct. 1" frames nothing: a fiscal year starts in the calendar year before.)
            if (m.Kind == MeaningKind.Absolute && m.Mod is null && value is { Year: { } framed } && OpensSentence(t, mention.Start) && !t.Is(mention.Start, "fiscal"))
            {
                framingYear = framed;
                framingMonth = value.Value.Month;
                framingEnd = mention.End;
            }

            if (value is { Year: not null } dayValue && dayValue.Unit == Granularity.Day && !IsUnknownDay(dayValue))
            {
                var day = dayValue with { Hour = -1, PartOfDay = null, Minute = 0 };
                dayBeforeLast = day == lastDay ? dayBeforeLast : lastDay;
                lastDay = day;
                lastDayEnd = mention.End;
                lastDayTid = tid;
                lastDayIsWeekday = m.Kind == MeaningKind.Named && m.Value is { Weekday: > 0, Month: 0 };
            }
        }

        return result;
    }

    /// <summary>
    /// A month, a day of a month, a season, quarter or half named without its year and without last/next/this: in a sentence
    /// that named a year before it ("In 2008, prices peaked in July"), that year's.
    /// </summary>
    private static bool InFramedYear(Meaning m) =>
        m.Direction is null && m.Holiday is null && m.YearFromCreation is null && m.Value is { Year: null, Weekday: 0, Weekend: false }
        && (m.Value.Unit is Granularity.Month or Granularity.Season or Granularity.Quarter or Granularity.Half
            || (m.Value.Unit == Granularity.Day && m.Value.Month > 0 && m.Value.Day > 0));

    /// <summary>
    /// The year of a partial date in a sentence that a date opened: the year named, or, after a month of it, the
    /// year that puts the partial date on or after that month ("In November 2008 he was elected; he took office
    /// in January": 2009).
    /// </summary>
    private static int FramedYear(CalendarValue partial, int year, int month)
    {
        var partialMonth = partial.Month > 0 ? partial.Month
            : partial.Unit == Granularity.Quarter ? (partial.Number * 3) - 2
            : partial.Unit == Granularity.Half ? (partial.Number * 6) - 5
            : partial.Season switch { "SP" => 3, "SU" => 6, "FA" => 9, "WI" => 12, _ => 0 };
        return month > 0 && partialMonth > 0 && partialMonth < month && year < 9999 ? year + 1 : year;
    }

    /// <summary>Whether the expression at start opens its sentence, perhaps after a preposition ("In 2008, ...").</summary>
    private static bool OpensSentence(TimeTokens t, int start)
    {
        var p = start - 1;
        if (t.Is(p, "in") || t.Is(p, "by") || t.Is(p, "during") || t.Is(p, "since") || t.Is(p, "until") || t.Is(p, "through")
            || t.Is(p, "throughout") || t.Is(p, "after") || t.Is(p, "before") || t.Is(p, "from") || t.Is(p, "on"))
        {
            p--;
        }

        return p < 0 || t.LineBreakAfter(p) || t.IsPunct(p, '.') || t.IsPunct(p, '!') || t.IsPunct(p, '?');
    }

    /// <summary>A day of a known month or year whose date is not known (1998-10-XX).</summary>
    private static bool IsUnknownDay(CalendarValue v) => v is { Unit: Granularity.Day or Granularity.Time, Day: 0, Year: not null };

    /// <summary>The interval of a day whose date is not known: the month (or the year) it lies in.</summary>
    private static TimeInterval? UnknownDayInterval(CalendarValue v) =>
        !IsUnknownDay(v) ? null
        : v.Month > 0 ? CalendarValue.OfMonth(v.Year!.Value, v.Month).Interval()
        : CalendarValue.OfYear(v.Year!.Value).Interval();

    /// <summary>
    /// The day named just after a clock time in the same clause (a time zone or a parenthesis between
    /// them), for a time that no date precedes: "10:35 a.m. (0735 GMT) Friday".
    /// </summary>
    private CalendarValue? DayAhead(TimeTokens t, List<Mention> mentions, int index, DateOnly dct)
    {
        if (index + 1 >= mentions.Count)
        {
            return null;
        }

        var next = mentions[index + 1];
        var end = mentions[index].End;

        // "at 4pm local time (1300 GMT) on 5 December": the local clock's words add no distance.
        if (t.Is(end, "local") && t.Is(end + 1, "time"))
        {
            end += 2;
        }

        if (next.Start - end > DayAheadReach)
        {
            return null;
        }

        for (var k = end; k < next.Start; k++)
        {
            if (t[k].Type == TokenType.Punct && t.Text[t[k].Start] is '.' or '!' or '?' or ';' or ',')
            {
                return null;
            }
        }

        var n = next.Meaning;
        CalendarValue? day = n.Kind switch
        {
            MeaningKind.Absolute => n.Value,
            MeaningKind.Named when n.Value.Weekday > 0 || n.Value.Day > 0 => ResolveNamed(n, dct, NamedTense(t, n, next.Start, next.End)),
            MeaningKind.Deictic when n.Unit == "D" => ShiftFromCreationTime(n, dct, null),
            _ => null,
        };
        return day is { Year: not null, Unit: Granularity.Day } d ? d with { Hour = -1, PartOfDay = null, Minute = 0 } : null;
    }

    /// <summary>
    /// The calendar quarter that a three-month period ending on the given day mostly covers (the quarter
    /// ended July 31 is May to July: the second quarter): the one holding the period's middle.
    /// </summary>
    private static CalendarValue QuarterEndingOn(CalendarValue day)
    {
        if (day.Interval() is not { } interval || Calendar.AddDays(interval.Latest, -45) is not { } middle)
        {
            return day;
        }

        return CalendarValue.OfQuarter(middle.Year, (middle.Month - 1) / 3 + 1);
    }

    /// <summary>
    /// The month whose given day the tense places: the last such day on or before the creation day in a past clause, the
    /// first on or after it in a future one, else the creation month's.
    /// </summary>
    private static CalendarValue MonthOfDay(int day, DateOnly dct, Tense clauseTense)
    {
        var step = clauseTense switch
        {
            Tense.Past when day > dct.Day => -1,
            Tense.Future when day < dct.Day => 1,
            _ => 0,
        };
        var index = (dct.Year * 12) + dct.Month - 1 + step;
        return index / 12 is >= 1 and <= 9999 ? CalendarValue.OfMonth(index / 12, (index % 12) + 1) : CalendarValue.OfMonth(dct.Year, dct.Month);
    }

    private static bool IsCoarserThanMonth(Granularity unit) =>
        unit is Granularity.Year or Granularity.Decade or Granularity.Century or Granularity.Quarter or Granularity.Half or Granularity.Season;

    /// <summary>
    /// "payrolls grew last month after a rise the previous month, the department said Friday": the day a source spoke on is no time
    /// the story moves to, so the anaphora after it count from the time before it.
    /// </summary>
    private static bool IsSayingDay(TimeTokens t, int start) =>
        t.Is(start - 1, "said") || t.Is(start - 1, "says") || (t.Is(start - 1, "on") && (t.Is(start - 2, "said") || t.Is(start - 2, "says")));

    /// <summary>
    /// "narrowed to $8.7 billion in September from $10.8 billion in August": the month a figure is compared from is no time the
    /// story moves to ("during the month" after it is September).
    /// </summary>
    private static bool IsComparedFrom(TimeTokens t, int start)
    {
        if (!t.Is(start - 1, "in") || !t.IsNumber(start - 2) && !t.Is(start - 2, "million") && !t.Is(start - 2, "billion") && !t.IsPunct(start - 2, '%'))
        {
            return false;
        }

        for (var k = start - 3; k >= 0 && start - k <= 12; k--)
        {
            if (t.Is(k, "from"))
            {
                return true;
            }

            if (t.IsWord(k) && !t.Is(k, "a") && !t.Is(k, "revised") && !t.Is(k, "million") && !t.Is(k, "billion") && !t.Is(k, "percent"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a resolved expression becomes the reference time for the anaphora after it.</summary>
    private static bool UpdatesReference(Meaning m) => m.Kind switch
    {
        MeaningKind.Absolute or MeaningKind.Named => true,
        MeaningKind.Deictic => m.Unit is "D" or "W" or "Q" || m.Offset == 0,
        MeaningKind.Anaphoric => m.Unit is "D" or "W" or "M" || (m.Unit == "RQ" && m.Offset == 0),
        _ => false,
    };

    private static CalendarValue Unresolved(string unit) => unit switch
    {
        "W" => new CalendarValue { Unit = Granularity.Week },
        "WE" => new CalendarValue { Unit = Granularity.Week, Weekend = true },
        "M" => new CalendarValue { Unit = Granularity.Month },
        "Q" or "RQ" or "PQ" => new CalendarValue { Unit = Granularity.Quarter },
        "Y" or "DE" or "CE" => new CalendarValue { Unit = Granularity.Year },
        _ => new CalendarValue { Unit = Granularity.Day },
    };

    // ---- named dates: partial dates, weekdays, holidays ----

    /// <summary>The tense that places a named date: a possessive weekday's own, a month naming an earlier event's past, else the clause's.</summary>
    private Tense NamedTense(TimeTokens t, Meaning m, int start, int end) =>
        m.Value is { Month: > 0, Day: 0, Year: null } && TimexGrammar.IsContractMonth(t, end) ? Tense.Future
        : m.Value is { Month: > 0, Year: null } or { Weekday: > 0, Month: 0 } && (t.Is(end, "deadline") || t.Is(end, "deadlines")) ? DeadlineTense(t, start, end)
        : IsPossessiveWeekday(t, m, end) ? tense.PossessiveWeekday(t, start, end)
        : IsEarlierMonthsEvent(t, m, start, end) ? Tense.Past
        : tense.Detect(t, start, end);

    /// <summary>
    /// A named deadline lies ahead ("the Jan. 15 deadline set by the Security Council left little room"), unless the clause tells
    /// what was done by or before it ("received three bids by the March 15 deadline"); "hoped to reach an accord before the Friday
    /// deadline" looks ahead through the past verb's infinitive.
    /// </summary>
    private Tense DeadlineTense(TimeTokens t, int start, int end) => !(t.Is(start - 1, "the") && (t.Is(start - 2, "by") || t.Is(start - 2, "before")))
        ? Tense.Future
        : tense.Detect(t, start, end) switch
        {
            Tense.Present => Tense.Future,
            Tense.Past when tense.InfinitiveBefore(t, start) => Tense.Future,
            var told => told,
        };

    /// <summary>
    /// The month, year or decade (unit M, Y, DE) of the period under discussion, when it is an earlier one than the creation
    /// time's; null when it is the same or none can be read from it.
    /// </summary>
    private static CalendarValue? DiscussedPeriod(string unit, CalendarValue discussed, DateOnly dct)
    {
        if (unit == "DE")
        {
            var decade = discussed.Unit == Granularity.Decade ? discussed.Number : discussed.Year is { } y ? y / 10 : (int?)null;
            return decade is { } d && d < dct.Year / 10 ? new CalendarValue { Unit = Granularity.Decade, Number = d } : null;
        }

        if (discussed.Year is not { } year)
        {
            return null;
        }

        if (unit == "Y")
        {
            return year < dct.Year ? CalendarValue.OfYear(year) : null;
        }

        return discussed.Month > 0 && (year * 12) + discussed.Month < (dct.Year * 12) + dct.Month ? CalendarValue.OfMonth(year, discussed.Month) : null;
    }

    /// <summary>Whether a full stop, exclamation or question mark stands between the tokens: the day named ends its sentence.</summary>
    private static bool SentenceEndBetween(TimeTokens t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (t.IsPunct(k, '.') || t.IsPunct(k, '!') || t.IsPunct(k, '?'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an "of" stands between the tokens: "demonstrated Monday to protest against the bombing of the embassy late Friday" dates
    /// the bombing, a noun's event, not the infinitive's.
    /// </summary>
    private static bool OfBetween(TimeTokens t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (t.Is(k, "of"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"through", "to", "until", "till", a dash, or the "and" of "between ... and", between the two ends of a range of dates.</summary>
    private static bool IsRangeWord(TimeTokens t, int k) =>
        t.Is(k, "through") || t.Is(k, "to") || t.Is(k, "until") || t.Is(k, "till") || t.Is(k, "thru") || t.IsPunct(k, '-')
        || (t.Is(k, "and") && (t.Is(k - 4, "between") || t.Is(k - 3, "between") || t.Is(k - 5, "between")));

    /// <summary>How many tokens after a coming day (about two sentences) a time of day told ahead is still on it.</summary>
    private const int ComingDayReach = 40;

    /// <summary>Whether the tokens from..to hold no comma or semicolon, or are few: one clause or a short list of its verbs.</summary>
    private static bool SameClauseChain(TimeTokens t, int from, int to)
    {
        if (to - from <= 4)
        {
            return true;
        }

        for (var k = from; k < to; k++)
        {
            if (t.IsPunct(k, ',') || t.IsPunct(k, ';'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Wednesday's ruling": a weekday that qualifies a noun is not governed by the clause's verb (they
    /// will appeal Wednesday's ruling); news reports it as done, so it is the last such day.
    /// </summary>
    private static bool IsPossessiveWeekday(TimeTokens t, Meaning m, int end) =>
        m.Value is { Weekday: > 0, Month: 0 } && m.Holiday is null && (t.IsPunct(end, '\'') || t.IsPunct(end, '’')) && t.Adjacent(end - 1) && t.Is(end + 1, "s");

    /// <summary>
    /// "following the January blowout", "since the March attack": a month naming an event that the clause
    /// comes after is a month gone by, even in a clause told in the future of the past ("he would step down
    /// following ..."); not after "will" ("will close after the January holidays").
    /// </summary>
    private static bool IsEarlierMonthsEvent(TimeTokens t, Meaning m, int start, int end)
    {
        if (m.Value is not { Month: > 0, Day: 0, Weekday: 0, Year: null } || m.Holiday is not null || !t.Is(start - 1, "the")
            || !(t.Is(start - 2, "following") || t.Is(start - 2, "after") || t.Is(start - 2, "since")) || !t.IsWord(end) || t.IsCapitalised(end))
        {
            return false;
        }

        for (var k = start - 3; k >= Math.Max(0, start - 12); k--)
        {
            if (t.Is(k, "will") || t.Is(k, "shall") || t.Is(k, "ll"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The season after (step 1) or before (step -1) a period of the given year and month (0: the whole year): "The war
    /// ended in 1945. The following spring" is 1946's; after March 1945, "the following summer" is 1945's; a winter
    /// begins in December and carries that year.
    /// </summary>
    private static CalendarValue SeasonStepped(string season, int step, int year, int month)
    {
        var start = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        var seasonYear = month == 0 ? year + step
            : step > 0 ? (start > month ? year : year + 1)
            : (start + 2 < month ? year : year - 1);
        return seasonYear is >= 1 and <= 9999 ? new CalendarValue { Unit = Granularity.Season, Season = season, Year = seasonYear } : Unresolved("Y");
    }

    private static CalendarValue ResolveNamed(Meaning m, DateOnly? dct, Tense clauseTense, bool infinitive = false, bool plainFuture = false)
    {
        var v = m.Value;
        if (dct is not { } d)
        {
            if (m.Holiday is { Kind: "fixed" } fixedDay)
            {
                return v with { Month = fixedDay.Month, Day = fixedDay.Day };
            }

            return v;
        }

        if (m.YearFromCreation is { } years && d.Year + years is >= 1 and <= 9999)
        {
            return v with { Year = d.Year + years };
        }

        // One list per thread, cleared for each expression: a fresh one per expression was most of what
        // tagging allocated (27 slots of a value and its interval, about 1.7 KB).
        var candidates = candidateBuffer ??= new List<(CalendarValue Value, TimeInterval Interval)>(27);
        candidates.Clear();
        if (m.Holiday is { } holiday)
        {
            for (var y = d.Year - 1; y <= d.Year + 1; y++)
            {
                if (holiday.Kind == "vague")
                {
                    Add(candidates, CalendarValue.OfYear(y));
                }
                else if (holiday.Lunar)
                {
                    foreach (var feast in LunarFeasts.Days(holiday.Kind, holiday.Month, holiday.Day, y))
                    {
                        Add(candidates, CalendarValue.OfDay(feast));
                    }
                }
                else if (HolidayDate(holiday, y) is { } h)
                {
                    Add(candidates, CalendarValue.OfDay(h));
                }
            }
        }
        else if (v.Weekday > 0 && v.Month > 0)
        {
            // Friday, Dec. 21: the year whose Dec. 21 is a Friday, when one is near.
            for (var y = d.Year - 1; y <= d.Year + 1; y++)
            {
                if (Calendar.TryDate(y, v.Month, v.Day, out var dated) && Calendar.IsoDay(dated) == v.Weekday)
                {
                    Add(candidates, CalendarValue.OfDay(dated));
                }
            }

            if (candidates.Count == 0)
            {
                for (var y = d.Year - 1; y <= d.Year + 1; y++)
                {
                    Add(candidates, v with { Year = y, Weekday = 0 });
                }
            }
        }
        else if (v.Weekday > 0 && v.Day > 0 && v.Unit == Granularity.Day)
        {
            // "Friday the 13th": the months around the creation day whose that day falls on that weekday.
            for (var months = -14; months <= 14; months++)
            {
                var monthIndex = (d.Year * 12) + d.Month - 1 + months;
                if (Calendar.TryDate(monthIndex / 12, (monthIndex % 12) + 1, v.Day, out var dated) && Calendar.IsoDay(dated) == v.Weekday)
                {
                    Add(candidates, CalendarValue.OfDay(dated));
                }
            }
        }
        else if (v.Weekday > 0 && v.Unit == Granularity.Day)
        {
            for (var off = -13; off <= 13; off++)
            {
                if (Calendar.AddDays(d, off) is { } day && Calendar.IsoDay(day) == v.Weekday)
                {
                    Add(candidates, CalendarValue.OfDay(day));
                }
            }
        }
        else if (v.Weekend)
        {
            for (var off = -14; off <= 14; off += 7)
            {
                if (Calendar.AddDays(d, off) is { } day)
                {
                    Add(candidates, CalendarValue.OfWeek(day) with { Weekend = true });
                }
            }
        }
        else
        {
            for (var y = d.Year - 1; y <= d.Year + 1; y++)
            {
                Add(candidates, v with { Year = y });
            }
        }

        if (candidates.Count == 0)
        {
            return v;
        }

        // "December retail sales will be reported Wednesday", said in January: a figure measures a month begun, whatever the tense.
        if (m.ReportedMonth && m.Direction is null && Last(candidates, c => c.Interval.Earliest <= d) is { } measured)
        {
            return measured.Value;
        }

        var chosen = Choose(candidates, d, m.Direction, clauseTense, v.Weekday > 0 && v.Month == 0, infinitive, plainFuture, m.HappensWithin);
        if (m.SkipsAdjacentMonth && chosen is { Unit: Granularity.Month, Year: { } year } && m.Direction is { } way
            && ((d.Year * 12) + d.Month) - ((year * 12) + chosen.Month) == -way && year + way is >= 1 and <= 9999)
        {
            // "the helicopters crashed last February", said on March 1: the February of the year before.
            chosen = chosen with { Year = year + way };
        }

        return chosen;
    }

    private static void Add(List<(CalendarValue, TimeInterval)> candidates, CalendarValue value)
    {
        if (value.Interval() is { } interval)
        {
            candidates.Add((value, interval));
        }
    }

    private static CalendarValue Choose(List<(CalendarValue Value, TimeInterval Interval)> candidates, DateOnly d, int? direction, Tense clauseTense, bool isWeekday, bool infinitive, bool plainFuture, bool within)
    {
        (CalendarValue Value, TimeInterval Interval)? pick = null;
        switch (direction)
        {
            case -1:
                pick = Last(candidates, c => c.Interval.Latest < d);
                break;
            case 1:
                pick = First(candidates, c => c.Interval.Earliest > d);
                break;
            case 0:
                if (isWeekday)
                {
                    var week = CalendarValue.OfWeek(d);
                    pick = First(candidates, c => CalendarValue.OfWeek(c.Interval.Earliest) == week);

                    // "will be held this Monday", said on a Wednesday: the coming Monday, not the one gone.
                    if (clauseTense == Tense.Future && pick is { } gone && gone.Interval.Latest < d)
                    {
                        pick = First(candidates, c => c.Interval.Earliest >= d);
                    }
                }
                else
                {
                    pick = First(candidates, c => c.Interval.Contains(d)) ?? First(candidates, c => c.Value.Year == d.Year);
                }

                break;
            default:
                pick = clauseTense switch
                {
                    _ when isWeekday && clauseTense == Tense.Future => First(candidates, c => c.Interval.Latest >= d),

                    // A bare weekday in news is mostly the last one (said Friday).
                    _ when isWeekday => Last(candidates, c => c.Interval.Earliest <= d),

                    // A date without its year is in the creation year unless the tense says it cannot be:
                    // a future clause moves a passed date on a year, a past clause a date well ahead back one.
                    // A quarter or half named alone is the latest one begun (results for the third quarter); in a future
                    // clause, the coming one when the latest ended a quarter or more ago (expected to close in the fourth
                    // quarter, said in June), or a month or more ago when something is to happen within it rather than be reported
                    // on it (expects to launch the model in the second half, said in March).
                    _ when candidates[0].Value.Unit is Granularity.Quarter or Granularity.Half && clauseTense == Tense.Future
                        => First(candidates, c => c.Interval.Latest.DayNumber >= d.DayNumber - (within ? WithinPeriodLookback : FuturePeriodLookback)),
                    _ when candidates[0].Value.Unit is Granularity.Quarter or Granularity.Half => Last(candidates, c => c.Interval.Earliest <= d),
                    Tense.Future => First(candidates, c => c.Interval.Latest.DayNumber >= d.DayNumber - (c.Value.Unit != Granularity.Day ? 0 : plainFuture ? PlainFutureLookback : FutureLookback)),
                    // The look-ahead of a past clause stays in the creation year: "held talks on January 19" in a
                    // December article is the January gone, not the one weeks away; an infinitive's does not
                    // ("named him to take over on January 13"). A weekend comes every week, so an infinitive's is
                    // the coming one ("joined by guests to preview the weekend's games"), not the furthest in reach.
                    Tense.Past when infinitive && candidates[0].Value.Weekend => First(candidates, c => c.Interval.Latest >= d),
                    Tense.Past when infinitive => Last(candidates, c => c.Interval.Earliest.DayNumber <= d.DayNumber + (c.Value.Unit == Granularity.Day ? InfinitiveDayLookahead : InfinitiveLookahead)),
                    Tense.Past => Last(candidates, c => (infinitive || c.Interval.Earliest.Year <= d.Year)
                        && c.Interval.Earliest.DayNumber <= d.DayNumber + (c.Value.Unit == Granularity.Day ? PastLookahead : c.Value.Unit == Granularity.Month ? PastMonthLookahead : 0)),
                    _ => null,
                };
                break;
        }

        if (pick is null)
        {
            // The nearest occurrence; on a tie the earlier one (news reports more past than future).
            var best = candidates[0];
            var bestDistance = long.MaxValue;
            foreach (var c in candidates)
            {
                var distance = c.Interval.Contains(d) ? 0 : c.Interval.Earliest > d ? c.Interval.Earliest.DayNumber - d.DayNumber : d.DayNumber - c.Interval.Latest.DayNumber;
                if (distance < bestDistance)
                {
                    best = c;
                    bestDistance = distance;
                }
            }

            pick = best;
        }

        return pick.Value.Value;
    }

    private static (CalendarValue Value, TimeInterval Interval)? Last(List<(CalendarValue Value, TimeInterval Interval)> list, Func<(CalendarValue Value, TimeInterval Interval), bool> test)
    {
        (CalendarValue, TimeInterval)? found = null;
        foreach (var c in list)
        {
            if (test(c))
            {
                found = c;
            }
        }

        return found;
    }

    private static (CalendarValue Value, TimeInterval Interval)? First(List<(CalendarValue Value, TimeInterval Interval)> list, Func<(CalendarValue Value, TimeInterval Interval), bool> test)
    {
        foreach (var c in list)
        {
            if (test(c))
            {
                return c;
            }
        }

        return null;
    }

    private static DateOnly? HolidayDate(HolidayRule rule, int year) => rule.Kind switch
    {
        "fixed" => Calendar.TryDate(year, rule.Month, rule.Day, out var fixedDate) ? fixedDate : null,
        "easter" => Calendar.Easter(year) is { } easter ? Calendar.AddDays(easter, rule.EasterOffset) : null,
        "nth" => Calendar.NthWeekday(year, rule.Month, rule.Weekday, rule.Nth),
        "after" => Calendar.TryDate(year, rule.Month, rule.Day, out var after) ? FirstWeekdayAfter(after, rule.Weekday) : null,
        _ => null,
    };

    /// <summary>The nearest day strictly before (step -1) or after (step 1) the given day that falls on weekday (1 = Monday .. 7 = Sunday).</summary>
    private static DateOnly? NextWeekday(DateOnly from, int weekday, int step)
    {
        for (var off = 1; off <= 7; off++)
        {
            if (Calendar.AddDays(from, (long)off * step) is { } day && Calendar.IsoDay(day) == weekday)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The first day after date that falls on weekday (1 = Monday .. 7 = Sunday).</summary>
    private static DateOnly FirstWeekdayAfter(DateOnly date, int weekday)
    {
        var d = date.AddDays(1);
        while (((int)d.DayOfWeek + 6) % 7 + 1 != weekday)
        {
            d = d.AddDays(1);
        }

        return d;
    }

    // ---- offsets ----

    private static CalendarValue ShiftFromCreationTime(Meaning m, DateOnly d, CalendarValue? reference)
    {
        // "a year ago" beside a quarter's figures means that quarter a year before.
        if (m.Unit == "Y" && m.Offset != 0 && m.KeepsReferenceGranularity && reference is { Unit: Granularity.Quarter or Granularity.Half } period)
        {
            return Shift(period, m.Offset, "Y", true);
        }

        if (m.FromCreationDay)
        {
            var sameDay = m.Unit switch
            {
                "W" => Calendar.AddDays(d, 7L * m.Offset),
                "M" => Calendar.AddMonths(d, m.Offset),
                _ => null,
            };
            var anniversary = sameDay is { } shifted ? CalendarValue.OfDay(shifted) : Shift(CalendarValue.OfDay(d), m.Offset, m.Unit, true);
            return anniversary is { Unit: Granularity.Day, Year: { } y } && m.AnniversaryUnit is { } anniversaryUnit
                ? anniversaryUnit == "M" ? CalendarValue.OfMonth(y, anniversary.Month) : Calendar.TryDate(y, anniversary.Month, anniversary.Day, out var onDay) ? CalendarValue.OfWeek(onDay) : anniversary
                : anniversary;
        }

        var origin = m.Unit == "Y" ? CalendarValue.OfYear(d.Year) : CalendarValue.OfDay(d);
        return Shift(origin, m.Offset, m.Unit, false);
    }

    /// <summary>A value moved by n units; the result has the unit's granularity, except that whole years keep the base's.</summary>
    internal static CalendarValue Shift(CalendarValue origin, int n, string unit, bool keepGranularity)
    {
        if (unit == "R")
        {
            return origin;
        }

        if (unit == "RQ")
        {
            return n == 0 ? origin : Shift(origin, n, "Y", true);
        }

        if (unit == "PQ")
        {
            return Shift(origin, n, "Q", false);
        }

        var interval = origin.Interval();
        if (interval is null)
        {
            return Unresolved(unit);
        }

        var day = interval.Earliest;
        switch (unit)
        {
            case "D":
                return Calendar.AddDays(day, n) is { } shiftedDay ? CalendarValue.OfDay(shiftedDay) : Unresolved(unit);
            case "W":
            case "2W":
                return Calendar.AddDays(day, 7L * n * (unit == "2W" ? 2 : 1)) is { } weekDay ? CalendarValue.OfWeek(weekDay) : Unresolved("W");
            case "WE":
                return Calendar.AddDays(day, 7L * n) is { } weekendDay ? CalendarValue.OfWeek(weekendDay) with { Weekend = true } : Unresolved("WE");
            case "M":
                return Calendar.AddMonths(day, n) is { } monthDay ? CalendarValue.OfMonth(monthDay.Year, monthDay.Month) : Unresolved(unit);
            case "Q":
                var q = (long)day.Year * 4 + (day.Month - 1) / 3 + n;
                return q / 4 is >= 1 and <= 9999 ? CalendarValue.OfQuarter((int)(q / 4), (int)(q % 4) + 1) : Unresolved(unit);
            case "Y":
                if (n == 0 || origin.Year is null || !keepGranularity)
                {
                    return origin.Year is { } y && y + (long)n is >= 1 and <= 9999 ? CalendarValue.OfYear(y + n) : Unresolved(unit);
                }

                var year = (long)origin.Year.Value + n;
                if (year is < 1 or > 9999)
                {
                    return Unresolved(unit);
                }

                var moved = origin with { Year = (int)year };
                if (moved.Unit is Granularity.Day or Granularity.Time && moved.Month == 2 && moved.Day == 29 && !DateTime.IsLeapYear((int)year))
                {
                    moved = moved with { Day = 28 };
                }

                if (moved.Unit == Granularity.Week)
                {
                    return Calendar.AddDays(day, 364L * n) is { } weekYear ? CalendarValue.OfWeek(weekYear) : Unresolved(unit);
                }

                return moved.Unit is Granularity.Decade or Granularity.Century ? CalendarValue.OfYear((int)year) : moved;
            case "DE":
                return new CalendarValue { Unit = Granularity.Decade, Number = day.Year / 10 + n };
            case "CE":
                return new CalendarValue { Unit = Granularity.Century, Number = day.Year / 100 + n };
            case "H":
            case "MIN":
            case "S":
                return CalendarValue.OfDay(day);
            default:
                return Unresolved(unit);
        }
    }

    /// <summary>
    /// "Weeks ago": at least two of the unit from the creation time and, like "several", at most
    /// <see cref="VagueAmountReach"/>, in the direction given.
    /// </summary>
    private static TimeInterval? VagueDistance(DateOnly d, int direction, string unit)
    {
        var granularity = unit switch
        {
            "D" => Granularity.Day,
            "W" => Granularity.Week,
            "M" => Granularity.Month,
            "Y" => Granularity.Year,
            _ => (Granularity?)null,
        };
        if (granularity is not { } g || AnchoredInterval(d, direction * 2, unit) is not { } near || AnchoredInterval(d, direction * VagueAmountReach, unit) is not { } far)
        {
            return null;
        }

        return direction < 0
            ? new TimeInterval(far.Earliest, near.Earliest, g)
            : new TimeInterval(near.Latest, far.Latest, g);
    }

    private static TimeInterval? AnchoredInterval(DateOnly d, int n, string unit)
    {
        DateOnly? other = unit switch
        {
            "D" => Calendar.AddDays(d, n),
            "W" => Calendar.AddDays(d, 7L * n),
            "M" => Calendar.AddMonths(d, n),
            "Q" => Calendar.AddMonths(d, 3L * n),
            "Y" => Calendar.AddMonths(d, 12L * n),
            "DE" => Calendar.AddMonths(d, 120L * n),
            "CE" => Calendar.AddMonths(d, 1200L * n),
            _ => null,
        };
        if (other is not { } o)
        {
            return null;
        }

        return o < d ? new TimeInterval(o, d, Granularity.Unknown) : new TimeInterval(d, o, Granularity.Unknown);
    }

    /// <summary>START, MID and END keep the first, middle and last third of the interval.</summary>
    private static TimeInterval? Narrow(TimeInterval? interval, string? mod)
    {
        if (interval is null || mod is not ("START" or "MID" or "END"))
        {
            return interval;
        }

        var length = interval.Latest.DayNumber - interval.Earliest.DayNumber + 1;
        var third = length / 3;
        if (third < 1)
        {
            return interval;
        }

        return mod switch
        {
            "START" => interval with { Latest = interval.Earliest.AddDays(third - 1) },
            "MID" => interval with { Earliest = interval.Earliest.AddDays(third), Latest = interval.Latest.AddDays(-third) },
            _ => interval with { Earliest = interval.Latest.AddDays(-(third - 1)) },
        };
    }
}
