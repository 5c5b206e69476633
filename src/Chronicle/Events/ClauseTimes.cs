using Chronicle.Syntax;

namespace Chronicle.Events;

/// <summary>
/// How a sentence's time relates to an event in another of its clauses: an event counted from it ("a year
/// to the day after"), bounded by it (an after-clause), or not dated by it (a relative clause).
/// </summary>
internal static class ClauseTimes
{
    private static readonly Dictionary<string, int> SmallCounts = new(StringComparer.Ordinal)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
    };

    /// <summary>How far an event lies from a time: <c>Amount</c> units (negative: before it), exactly when "to the day".</summary>
    public readonly record struct TimeOffset(int Amount, string Unit, bool Exact);

    /// <summary>
    /// "sat before the committee on Tuesday, a year to the day after the jet plunged into the sea": the
    /// trigger opens a clause counted from the time of another ("N units after/before"), so it lies that far
    /// from it. Null unless the time is told before the count and the trigger is the clause's first predicate.
    /// </summary>
    public static TimeOffset? CountedFrom(SentenceAnalysis s, int start, int predicate, EventTimeMention time)
    {
        var k = Subordinator(s, Math.Min(start, predicate));
        if (k < 2)
        {
            return null;
        }

        var unitAt = k - 1;
        var exact = false;
        if (unitAt >= 3 && s.Lower[unitAt] == "day" && s.Lower[unitAt - 1] == "the" && s.Lower[unitAt - 2] == "to")
        {
            exact = true;
            unitAt -= 3;
        }

        var unit = s.Lower[unitAt].TrimEnd('s');
        if (unit is not ("day" or "week" or "month" or "year") || unitAt < 1)
        {
            return null;
        }

        var countAt = unitAt - 1;
        if (!SmallCounts.TryGetValue(s.Lower[countAt], out var count)
            && !int.TryParse(s.Lower[countAt], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count))
        {
            return null;
        }

        if (countAt > 0 && s.Lower[countAt - 1] is "than" or "nearly" or "almost" or "about" or "around" or "some" or "roughly" or "over" or "under")
        {
            return null; // "less than five months after": a bound, not a distance
        }

        var timeAt = TokenOf(s, time);
        if (timeAt < 0 || timeAt >= countAt || count is < 1 or > 1000)
        {
            return null; // "two years after the crash in October 2018", "... after X cleared it, on November 18": the time is the event's own
        }

        return new TimeOffset(s.Lower[k] == "after" ? -count : count, unit, exact || unit == "day");
    }

    /// <summary>
    /// The "after" or "before" whose clause the trigger at <paramref name="head"/> is the first predicate of
    /// ("after one of the planes crashed", "a day after the attack"), or -1.
    /// </summary>
    private static int Subordinator(SentenceAnalysis s, int head)
    {
        var k = head - 1;
        while (k >= 0 && (s.Participant[k] >= 0 || s.Tags[k] is UPos.DET or UPos.ADJ or UPos.NOUN or UPos.PROPN or UPos.NUM or UPos.AUX
            || (s.Tags[k] == UPos.PART && s.Lower[k] is "'s" or "'") || (s.Lower[k] == "of" && k + 1 < head)))
        {
            k--;
        }

        return k >= 0 && s.Lower[k] is "after" or "before" ? k : -1;
    }

    /// <summary>Whether a clause is a relative one, but for "held talks in September, during which they agreed" (at that time).</summary>
    private static bool Relative(SentenceAnalysis s, int clauseStart) =>
        s.Lower[clauseStart] is "who" or "which" or "whom" or "whose" && !(clauseStart > 0 && s.Tags[clauseStart - 1] == UPos.ADP);

    /// <summary>Words before "after" that keep the two events close: "shortly after", "hours after", "right after".</summary>
    private static readonly HashSet<string> CloseAfter = new(StringComparer.Ordinal)
    {
        "shortly", "soon", "just", "right", "immediately", "moments", "minutes", "hours", "hour", "minute",
    };

    /// <summary>
    /// The time of a clause that the trigger's clause follows ("became chief in January 2020 after X was forced
    /// out") bounds it from above; a relative clause ("took over in January from X, who was forced out") is
    /// background, which the time of the clause it describes does not date, nor its own time that clause.
    /// Null: the time says nothing of it.
    /// </summary>
    public static EventTime? Outside(SentenceAnalysis s, int head, EventTimeMention told, EventTime time, EventStatus status)
    {
        var timeAt = TokenOf(s, told);
        if (timeAt < 0)
        {
            return time;
        }

        if (s.Clause[timeAt] != s.Clause[head] && (Relative(s, s.ClauseStart(head)) || Relative(s, s.ClauseStart(timeAt))))
        {
            return null; // "took over in January from X, who was forced out"; "Y, who joined the board in 2020, was named"
        }

        var after = Subordinator(s, head);
        if (after >= 0 && timeAt < after && s.Lower[after] == "after" && !(after > 0 && CloseAfter.Contains(s.Lower[after - 1])))
        {
            return status == EventStatus.Occurred ? UpperBound(time) : null;
        }

        return time;
    }

    /// <summary>
    /// "X filed complaints about the nomination, the Daily Courier reported on March 3"; "the ministry said
    /// on Friday that Y had been named": a time told of the reporting verb dates the report, and what the
    /// report tells as done before it happened by then, so the time bounds it from above. Returns the time
    /// so bounded, or unchanged where it is not the report's or the event is that day's news.
    /// </summary>
    public static EventTime? Reported(SentenceAnalysis s, int head, bool nominal, int speechVerb, EventTimeMention told, EventTime time, EventStatus status)
    {
        var timeAt = TokenOf(s, told);
        if (status != EventStatus.Occurred || speechVerb < 0 || timeAt < 0 || head == speechVerb || !OfTheVerb(s, speechVerb, timeAt))
        {
            return time;
        }

        // "On Friday, X said that ..." and "X said on Friday that ...": the report's content follows it;
        // "..., X reported on March 3": it precedes the report.
        var inReport = timeAt < speechVerb ? head > speechVerb : head < speechVerb || head > timeAt;
        var that = Array.IndexOf(s.Lower, "that", speechVerb + 1) is var k && k >= 0 && k < head;

        // What the report tells as done before it: a past perfect ("had been named"), an event named by a
        // noun before the report or after its "that" ("complaints about the nomination"), or a recent one.
        // A simple past or present perfect told on the day ("has agreed to pay, the department said on
        // Thursday") is news of that day and keeps its date.
        var anterior = PastPerfect(s, head) || (nominal && (head < speechVerb || that)) || MarkedEarlier(s, head);
        return inReport && anterior ? UpperBound(time) : time;
    }

    /// <summary>
    /// "made the announcement on Monday, calling the accident a turning point": a definite noun that a
    /// participle after a comma comments on names an event known before the time of the clause the comment
    /// hangs on, which bounds it from above. Returns the time so bounded, or unchanged.
    /// </summary>
    public static EventTime? Commented(SentenceAnalysis s, int noun, EventTimeMention told, EventTime time, EventStatus status)
    {
        var timeAt = TokenOf(s, told);
        if (status != EventStatus.Occurred || timeAt < 0 || noun < 3 || s.Lower[noun - 1] is not ("the" or "that" or "this"))
        {
            return time;
        }

        var participle = noun - 2;
        var commented = s.Tags[participle] == UPos.VERB && s.Lower[participle].EndsWith("ing", StringComparison.Ordinal) && s.Lower[participle - 1] == "," && timeAt < participle - 1;
        return commented ? UpperBound(time) : time;
    }

    /// <summary>
    /// "the recent visit", "its earlier decision to invite them": the trigger, or the noun whose "to" it
    /// follows, is marked as done before the time of telling.
    /// </summary>
    public static bool MarkedEarlier(SentenceAnalysis s, int head) =>
        (head > 0 && IsEarlierWord(s.Lower[head - 1]))
        || (head > 2 && s.Lower[head - 1] == "to" && s.Tags[head - 2] == UPos.NOUN && IsEarlierWord(s.Lower[head - 3]));

    private static bool IsEarlierWord(string lower) => lower is "recent" or "earlier" or "previous";

    /// <summary>Whether the verb at <paramref name="head"/> is in the past perfect ("had signed", "had been signed").</summary>
    private static bool PastPerfect(SentenceAnalysis s, int head)
    {
        var k = head - 1;
        while (k >= 0 && s.Tags[k] == UPos.ADV)
        {
            k--;
        }

        if (k >= 0 && s.Lower[k] == "been")
        {
            k--;
        }

        return k >= 0 && s.Lower[k] is "had" or "'d";
    }

    /// <summary>Whether the time at <paramref name="timeAt"/> belongs to the verb: no other verb stands between them, nor a clause boundary, within a few words.</summary>
    private static bool OfTheVerb(SentenceAnalysis s, int verb, int timeAt)
    {
        var (from, to) = timeAt > verb ? (verb + 1, timeAt) : (timeAt + 1, verb);
        if (to - from > 12 || s.Clause[verb] != s.Clause[timeAt])
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (s.Time[k] < 0 && (s.Tags[k] is UPos.VERB or UPos.AUX or UPos.SCONJ || s.Lower[k] == "that"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token of a time mention of the sentence, or -1.</summary>
    private static int TokenOf(SentenceAnalysis s, EventTimeMention time) => Array.IndexOf(s.Time, Array.IndexOf(s.Times, time));

    /// <summary>A time kept only as the latest the event can have happened: it happened by then, when is not told.</summary>
    private static EventTime UpperBound(EventTime time) => time with { Earliest = null, Value = null, Granularity = "unknown", Mod = null };

    private static int Coarseness(string granularity) => granularity switch
    {
        "time" or "day" => 0,
        "week" => 1,
        "month" => 2,
        "season" or "quarter" => 3,
        "year" => 4,
        _ => 5,
    };

    /// <summary>A time moved by an offset; widened by half a unit each way unless the offset is exact.</summary>
    public static EventTime? Shifted(EventTime time, TimeOffset offset)
    {
        if (time.Earliest is not { } from || time.Latest is not { } to || Coarseness(time.Granularity) > Coarseness(offset.Unit))
        {
            return time; // "since March 13 of last year, three days after": a year moved by days tells nothing new
        }

        DateOnly Move(DateOnly d) => offset.Unit switch
        {
            "year" => d.AddYears(offset.Amount),
            "month" => d.AddMonths(offset.Amount),
            "week" => d.AddDays(7 * offset.Amount),
            _ => d.AddDays(offset.Amount),
        };

        try
        {
            if (offset.Exact)
            {
                var (first, last) = (Move(from), Move(to));
                return time with { Earliest = first, Latest = last, Value = first == last ? first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null, Mod = null };
            }

            var slack = offset.Unit switch { "year" => 182, "month" => 15, _ => 3 };
            return time with { Earliest = Move(from).AddDays(-slack), Latest = Move(to).AddDays(slack), Value = null, Mod = null, Granularity = "unknown" };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // beyond the calendar
        }
    }
}
