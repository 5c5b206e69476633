namespace Chronicle.Time;

/// <summary>
/// Tags a text whose creation date is known only to lie in an interval (an article dated from its own
/// clues and from other articles: "written between 21 February and 11 December"). An expression keeps
/// the value it has under every creation date of that interval; one whose value depends on where in the
/// interval the article was written ("two days ago", "on Thursday") keeps its undated form (XXXX-WXX-4),
/// as it would with no date at all. Resolution is monotone in the creation date (a year-less day is the
/// nearest such day in the clause's direction), so agreement at both ends is agreement everywhere between.
/// </summary>
public sealed class TimexesWithinDates
{
    /// <summary>
    /// Beyond this width, checking only the ends could miss a change in between (a year-less day
    /// that fits two years) and nothing is gained over tagging with no date.
    /// </summary>
    public const int MaxWidthDays = 366;

    private readonly TimexTagger tagger;

    public TimexesWithinDates(TimexTagger tagger) => this.tagger = tagger;

    /// <summary>The expressions of <paramref name="text"/> written some day in [earliest, latest]; with no usable interval, as tagged with no date.</summary>
    public IReadOnlyList<Timex> Tag(string? text, DateOnly? earliest, DateOnly? latest)
    {
        if (earliest is not { } first || latest is not { } last || last < first || last.DayNumber - first.DayNumber > MaxWidthDays)
        {
            return tagger.Tag(text, null);
        }

        if (first == last)
        {
            return tagger.Tag(text, first);
        }

        var tagged = tagger.TagEach(text, [first, last, null]);
        var atFirst = tagged[0];
        var atLast = BySpan(tagged[1]);
        var undated = BySpan(tagged[2]);
        var result = new List<Timex>(atFirst.Count);
        foreach (var timex in atFirst)
        {
            if (atLast.TryGetValue(timex.Span, out var other) && other.Value == timex.Value && other.Interval == timex.Interval)
            {
                result.Add(timex);
            }
            else if (undated.TryGetValue(timex.Span, out var loose))
            {
                result.Add(loose with { Tid = timex.Tid });
            }
        }

        return result;
    }

    private static Dictionary<Model.Span, Timex> BySpan(IReadOnlyList<Timex> timexes)
    {
        var bySpan = new Dictionary<Model.Span, Timex>();
        foreach (var t in timexes)
        {
            bySpan.TryAdd(t.Span, t);
        }

        return bySpan;
    }
}
