using System.Globalization;
using Chronicle.Model;

namespace Chronicle.Time;

/// <summary>One piece of evidence about when an article was written, and what it allows.</summary>
/// <param name="Text">The expression in the article.</param>
/// <param name="Span">Where it is.</param>
/// <param name="Earliest">The creation time is on or after this day (null: no lower bound from this clue).</param>
/// <param name="Latest">The creation time is on or before this day (null: no upper bound).</param>
/// <param name="Weekday">The creation time falls on this weekday (null: any).</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="PastWeekday">A weekday the article names in the past tense ("announced on Wednesday"): no bound, but within a week-long
/// window the likeliest creation time is the last such day (news reports the days just gone).</param>
/// <param name="Strength">How far the clue is trusted when clues contradict one another: <see cref="DatingClue.Matched"/> for an expression
/// whose day another article gives, <see cref="DatingClue.Told"/> for the article's own words, <see cref="DatingClue.Linked"/> for a bound
/// learnt from an event fusion linked it to; the weaker give way.</param>
public sealed record DatingClue(string Text, Span Span, DateOnly? Earliest, DateOnly? Latest, DayOfWeek? Weekday, string Reason, DayOfWeek? PastWeekday = null, int Strength = DatingClue.Told)
{
    public const int Linked = 0;
    public const int Told = 1;
    public const int Matched = 2;
}

/// <summary>
/// Something known from outside the article: the expression at Span (for example "tomorrow, Thursday")
/// denotes this date (found, say, in another article about the same event).
/// </summary>
public sealed record DateConstraint(Span Span, DateOnly Date, string? Source = null);

/// <summary>What an article's own words say about its creation time: the admissible interval, a best estimate and the clues.</summary>
public sealed record InferredDating(
    string Text,
    DateOnly? Earliest,
    DateOnly? Latest,
    DateOnly? Best,
    IReadOnlyList<DatingClue> Clues)
{
    /// <summary>As the model's publication date: Inferred with the clues as evidence, or Unknown when there are none.</summary>
    public PublicationDate ToPublicationDate()
    {
        if (Clues.Count == 0 || (Earliest is null && Latest is null && Best is null))
        {
            return PublicationDate.Unknown;
        }

        var evidence = string.Join("; ", Clues.Select(c => c.Reason));
        return new PublicationDate(Best, DateEvidence.Inferred, Earliest, Latest, evidence, "text");
    }
}

/// <summary>
/// Dates an article that has no date line from what it says: full dates in past-tense clauses put the
/// article on or after them, full dates in future-tense clauses on or before them, and an apposed
/// weekday ("tomorrow, Thursday") fixes the weekday of the day it was written. <see cref="Refine"/>
/// narrows the result with dates learnt elsewhere (another article dating the same event).
/// </summary>
public sealed class ArticleDateInference
{
    /// <summary>How far around a constraint's date candidate creation times are tried.</summary>
    private const int ConstraintReachDays = 800;

    private readonly TimexTagger tagger;

    public ArticleDateInference(TimexTagger tagger) => this.tagger = tagger;

    public InferredDating Infer(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new InferredDating("", null, null, null, []);
        }

        var analysis = tagger.Analyse(text);
        var clues = new List<DatingClue>();
        for (var i = 0; i < analysis.Mentions.Count; i++)
        {
            var m = analysis.Mentions[i].Meaning;
            var span = analysis.SpanOf(i);
            var phrase = analysis.TextOf(i);
            if (m.Kind == MeaningKind.Absolute && m.Mod is null or "START" or "MID" or "END" && m.Value.Interval() is { } interval)
            {
                var tense = analysis.TenseOf(i);
                if (tense == Tense.Past)
                {
                    clues.Add(new DatingClue(phrase, span, interval.Earliest, null, null, $"on or after {Iso(interval.Earliest)}: '{phrase}' is told in the past tense"));
                }
                else if (tense == Tense.Future)
                {
                    clues.Add(new DatingClue(phrase, span, null, interval.Latest, null, $"on or before {Iso(interval.Latest)}: '{phrase}' is told in the future tense"));
                }
            }
            else if (m.Kind == MeaningKind.Named && m.Value.Weekday is >= 1 and <= 7 && m.Value.Year is null && analysis.TenseOf(i) == Tense.Past)
            {
                var named = (DayOfWeek)(m.Value.Weekday % 7);
                clues.Add(new DatingClue(phrase, span, null, null, null, $"a {named} just gone, likely: '{phrase}' is told in the past tense", named));
            }
            else if (m.Kind == MeaningKind.Deictic && m.Unit == "D" && m.Value.Weekday > 0)
            {
                var weekday = (DayOfWeek)(((m.Value.Weekday - m.Offset) % 7 + 7) % 7);
                clues.Add(new DatingClue(phrase, span, null, null, weekday, $"written on a {weekday}: '{phrase}'"));
            }
        }

        return Combine(text, clues);
    }

    /// <summary>
    /// Narrows a dating with outside knowledge: for each constraint, the creation times under which the
    /// article's expression at that span would denote the constraint's date. The result keeps the
    /// creation times every clue and constraint allows.
    /// </summary>
    public PublicationDate Refine(InferredDating dating, IEnumerable<DateConstraint> constraints) =>
        RefineDating(dating, constraints).ToPublicationDate();

    /// <summary>As <see cref="Refine"/>, keeping the clues.</summary>
    public InferredDating RefineDating(InferredDating dating, IEnumerable<DateConstraint> constraints) =>
        RefineDating(dating, constraints, []);

    /// <summary>
    /// As <see cref="Refine"/>, with clues learnt elsewhere besides (bounds: an article that reports an
    /// event as past was written on or after the day other articles give it; one that announces it, before).
    /// </summary>
    public InferredDating RefineDating(InferredDating dating, IEnumerable<DateConstraint> constraints, IEnumerable<DatingClue> outsideClues)
    {
        var clues = dating.Clues.Concat(outsideClues ?? []).ToList();
        var analysis = tagger.Analyse(dating.Text);
        foreach (var constraint in constraints)
        {
            var index = Enumerable.Range(0, analysis.Mentions.Count).FirstOrDefault(i => Overlaps(analysis.SpanOf(i), constraint.Span), -1);
            if (index < 0)
            {
                continue;
            }

            DateOnly? low = null;
            DateOnly? high = null;
            for (var offset = -ConstraintReachDays; offset <= ConstraintReachDays; offset++)
            {
                if (Calendar.AddDays(constraint.Date, offset) is not { } candidate)
                {
                    continue;
                }

                var resolved = analysis.ResolveAlone(index, candidate).Interval;
                if (resolved is not null && resolved.Contains(constraint.Date))
                {
                    low ??= candidate;
                    high = candidate;
                }
            }

            if (low is not null)
            {
                var phrase = analysis.TextOf(index);
                var source = constraint.Source is null ? "" : " (" + constraint.Source + ")";
                clues.Add(new DatingClue(phrase, analysis.SpanOf(index), low, high, null,
                    $"between {Iso(low.Value)} and {Iso(high!.Value)}: '{phrase}' is {Iso(constraint.Date)}{source}", null, DatingClue.Matched));
            }
        }

        return Combine(dating.Text, clues);
    }

    private static bool Overlaps(Span a, Span b) => a.Start < b.End && b.Start < a.End;

    /// <summary>
    /// Where clues contradict one another (a bound no day satisfies together with the others), the
    /// weaker that stand against the stronger give way: a bound from a loosely linked event before the
    /// article's own words, those before an expression matched to a day.
    /// </summary>
    private static List<DatingClue> Consistent(List<DatingClue> clues)
    {
        for (var weak = DatingClue.Linked; weak < DatingClue.Matched; weak++)
        {
            var lowest = clues.Where(c => c.Earliest is not null).Select(c => c.Earliest).Max();
            var highest = clues.Where(c => c.Latest is not null).Select(c => c.Latest).Min();
            if (lowest is null || highest is null || lowest <= highest)
            {
                return clues;
            }

            var strong = clues.Where(c => c.Strength > weak).ToList();
            var from = strong.Where(c => c.Earliest is not null).Select(c => c.Earliest).Max();
            var to = strong.Where(c => c.Latest is not null).Select(c => c.Latest).Min();
            clues = clues.Where(c => c.Strength > weak || !((to is not null && c.Earliest > to) || (from is not null && c.Latest < from))).ToList();
        }

        return clues;
    }

    private static InferredDating Combine(string text, List<DatingClue> allClues)
    {
        var clues = Consistent(allClues);
        DateOnly? earliest = null;
        DateOnly? latest = null;
        DayOfWeek? weekday = null;
        foreach (var c in clues)
        {
            if (c.Earliest is { } e && (earliest is null || e > earliest))
            {
                earliest = e;
            }

            if (c.Latest is { } l && (latest is null || l < latest))
            {
                latest = l;
            }

            weekday ??= c.Weekday;
        }

        if (earliest is { } lo && latest is { } hi && lo > hi)
        {
            // Contradictory clues (a future-tense date already past): trust the nearer bounds less than
            // the interval they share nothing of; keep the lower bound, which past-tense reports make firmer.
            latest = null;
        }

        // The lead reports the newest news: a weekday it names as gone ("announced on Friday") is no earlier
        // than anything the article reports as past, so the article was written on or after the first such
        // weekday from the lower bound.
        if (earliest is { } low && clues.Where(c => c.Strength == DatingClue.Told && c.Span.Length > 0).MinBy(c => c.Span.Start) is { PastWeekday: { } leadDay }
            && Calendar.AddDays(low, ((int)leadDay - (int)low.DayOfWeek + 7) % 7) is { } leadDate && (latest is null || leadDate <= latest))
        {
            earliest = leadDate;
        }

        // Narrow the ends to the weekday, where one is known.
        if (weekday is { } w)
        {
            if (earliest is { } start)
            {
                earliest = Calendar.AddDays(start, ((int)w - (int)start.DayOfWeek + 7) % 7) ?? start;
            }

            if (latest is { } end)
            {
                latest = Calendar.AddDays(end, -(((int)end.DayOfWeek - (int)w + 7) % 7)) ?? end;
            }

            if (earliest > latest)
            {
                latest = earliest;
            }
        }

        // The best estimate: the latest firm lower bound (news reports recent events), else the upper bound;
        // within a week-long window, the last day of it that the article names as just gone.
        var best = earliest ?? latest;
        if (earliest is { } first && latest is { } last && last.DayNumber - first.DayNumber < 7)
        {
            var named = clues.Select(c => c.PastWeekday).OfType<DayOfWeek>().ToHashSet();
            for (var d = last; d >= first; d = d.AddDays(-1))
            {
                if (named.Contains(d.DayOfWeek))
                {
                    best = d;
                    break;
                }
            }
        }

        return new InferredDating(text, earliest, latest, best, clues);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
