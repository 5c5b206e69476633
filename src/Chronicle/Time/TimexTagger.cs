using System.Globalization;

namespace Chronicle.Time;

/// <summary>Settings of a <see cref="TimexTagger"/>.</summary>
public sealed record TimexTaggerOptions
{
    /// <summary>
    /// Also tag the adjectival and adverbial vague references TimeBank mostly leaves untagged
    /// (recent, previous, previously, future, soon, later, at the time). On by default: later stages
    /// use them to tell reported from planned events. Off for TempEval-style scoring.
    /// </summary>
    public bool IncludeVagueReferences { get; init; } = true;

    /// <summary>
    /// "about" belongs to the extent of what it modifies ("about two weeks"), as TempEval-3's guidelines
    /// have it. Off for TimeBank, whose annotators mostly left it out (the mod stays APPROX either way).
    /// </summary>
    public bool AboutInExtent { get; init; } = true;

    /// <summary>
    /// Durations of decades, centuries and millennia in the unit letters of TimeBank's TIMEX3 values (P1E,
    /// PXC, P2L) rather than the TIDES ones the tagger writes by default (P1DE, PXCE, P2000Y).
    /// </summary>
    public bool TimeBankDurationUnits { get; init; }

    /// <summary>
    /// "the past year", "the past decade", "the coming year", "into the next century" (after "the", with no number) are the calendar
    /// year (decade, century) before or after the creation time's, DATE 1997 in a 1998 text, as TimeBank's
    /// and MEANTIME's annotators wrote them; by default they are durations back or on from now (P1Y).
    /// </summary>
    public bool CalendarPastPeriods { get; init; }

    /// <summary>The TimeBank annotation conventions (for scoring against TimeML corpora).</summary>
    public static TimexTaggerOptions TimeBank { get; } = new() { IncludeVagueReferences = false, AboutInExtent = false, TimeBankDurationUnits = true, CalendarPastPeriods = true };
}

/// <summary>
/// Finds and normalises the temporal expressions of an English text as TimeML TIMEX3s, against a
/// document creation time (DCT). Immutable and thread-safe: the word lists load once per process.
/// </summary>
public sealed class TimexTagger
{
    private readonly TimexGrammar grammar;
    private readonly TimexResolver resolver;

    public TimexTagger()
        : this(new TimexTaggerOptions())
    {
    }

    public TimexTagger(TimexTaggerOptions options)
    {
        Options = options;
        var lexicon = TimeLexicon.Instance;
        grammar = new TimexGrammar(lexicon, options.IncludeVagueReferences, options.AboutInExtent, options.CalendarPastPeriods);
        resolver = new TimexResolver(new TenseDetector(lexicon));
    }

    public TimexTaggerOptions Options { get; }

    /// <summary>
    /// The temporal expressions of the text in document order, with tids t1, t2 ... Relative ones are
    /// resolved against dct; without one they keep X for what is unknown (XXXX-11-28) and no interval.
    /// Never throws: a text it cannot read yields no expressions.
    /// </summary>
    public IReadOnlyList<Timex> Tag(string? text, DateOnly? dct)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        try
        {
            return TagCore(text, dct);
        }
        catch (ArgumentException)
        {
            // A calendar computation out of range that a guard missed: no expressions rather than a failure.
            return [];
        }
    }

    /// <summary>
    /// The expressions of the text resolved against each creation time in turn (as <see cref="Tag"/>
    /// with each), reading the text once. Never throws.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Timex>> TagEach(string? text, IReadOnlyList<DateOnly?> dcts)
    {
        ArgumentNullException.ThrowIfNull(dcts);
        if (string.IsNullOrEmpty(text))
        {
            return dcts.Select(_ => (IReadOnlyList<Timex>)[]).ToList();
        }

        var tokens = new TimeTokens(text, grammar.Starters);
        try
        {
            var mentions = grammar.MatchAll(tokens);
            return dcts.Select(dct => (IReadOnlyList<Timex>)resolver.Resolve(tokens, mentions, dct)).ToList();
        }
        catch (ArgumentException)
        {
            return dcts.Select(_ => (IReadOnlyList<Timex>)[]).ToList();
        }
        finally
        {
            tokens.Release();
        }
    }

    /// <summary>The tagging itself, without the guard (the property tests call it to see any exception).</summary>
    internal List<Timex> TagCore(string text, DateOnly? dct)
    {
        var tokens = new TimeTokens(text, grammar.Starters);
        try
        {
            var mentions = grammar.MatchAll(tokens);
            var timexes = resolver.Resolve(tokens, mentions, dct);
            if (Options.TimeBankDurationUnits)
            {
                TimeBankUnits(timexes);
            }

            return timexes;
        }
        finally
        {
            // The expressions keep no reference to the tokens.
            tokens.Release();
        }
    }

    /// <summary>P1DE -> P1E, PXCE -> PXC, P2000Y -> P2L: TimeBank's letters for decades, centuries and millennia.</summary>
    private static void TimeBankUnits(List<Timex> timexes)
    {
        for (var i = 0; i < timexes.Count; i++)
        {
            var x = timexes[i];
            if (x.Type != TimexType.Duration || x.Value.Length < 3 || x.Value[0] != 'P')
            {
                continue;
            }

            var v = x.Value;
            string? written = v.EndsWith("DE", StringComparison.Ordinal) ? string.Concat(v.AsSpan(0, v.Length - 2), "E")
                : v.EndsWith("CE", StringComparison.Ordinal) ? string.Concat(v.AsSpan(0, v.Length - 2), "C")
                : v.EndsWith("000Y", StringComparison.Ordinal) && int.TryParse(v.AsSpan(1, v.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var years)
                    ? "P" + (years / 1000).ToString(CultureInfo.InvariantCulture) + "L"
                    : null;
            if (written is not null)
            {
                timexes[i] = x with { Value = written };
            }
        }
    }

    /// <summary>The expressions of a text before resolution, for dating an article from its own words.</summary>
    internal TextAnalysis Analyse(string text)
    {
        var tokens = new TimeTokens(text, grammar.Starters);
        return new TextAnalysis(tokens, grammar.MatchAll(tokens), resolver);
    }
}
