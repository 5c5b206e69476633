using TimexRecord = Chronicle.Time.Timex;

namespace Chronicle.Evaluation.Timex;

/// <summary>Precision, recall and F1 of one measure.</summary>
public readonly record struct Prf(double Precision, double Recall, double F1)
{
    public static Prf From(int correctSystem, int system, int correctGold, int gold)
    {
        var p = system == 0 ? 0 : (double)correctSystem / system;
        var r = gold == 0 ? 0 : (double)correctGold / gold;
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

/// <summary>Counts of one scoring run, additive over documents.</summary>
public sealed record TimexCounts(int Gold, int System, int Strict, int Relaxed, int TypeCorrect, int ValueCorrect)
{
    public static TimexCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public TimexCounts Add(TimexCounts o) =>
        new(Gold + o.Gold, System + o.System, Strict + o.Strict, Relaxed + o.Relaxed, TypeCorrect + o.TypeCorrect, ValueCorrect + o.ValueCorrect);

    public Prf StrictSpan => Prf.From(Strict, System, Strict, Gold);

    public Prf RelaxedSpan => Prf.From(Relaxed, System, Relaxed, Gold);

    /// <summary>Relaxed matches with the right type, over all system and all gold expressions.</summary>
    public Prf Type => Prf.From(TypeCorrect, System, TypeCorrect, Gold);

    /// <summary>Relaxed matches with the right value, over all system and all gold expressions.</summary>
    public Prf Value => Prf.From(ValueCorrect, System, ValueCorrect, Gold);
}

/// <summary>A gold expression and the system expression matched to it (relaxed: overlapping); either may be null.</summary>
public sealed record TimexPair(TimexRecord? Gold, TimexRecord? System)
{
    public bool ExactSpan => Gold is not null && System is not null && Gold.Span == System.Span;

    public bool RightValue => Gold is not null && System is not null && TimexScorer.SameValue(Gold.Value, System.Value);

    public bool RightType => Gold is not null && System is not null && Gold.Type == System.Type;
}

/// <summary>
/// The TempEval-3 timex measures: strict span match (same offsets), relaxed span match (overlap, one
/// to one), and type and value scored over the relaxed matches.
/// </summary>
public static class TimexScorer
{
    /// <summary>
    /// Whether two TIMEX3 values are the same. Values are compared as strings, except that a week number
    /// written with one digit (2000-W7, as some gold files have it) equals its two-digit form (2000-W07).
    /// </summary>
    public static bool SameValue(string a, string b) => a == b || PadWeek(a) == PadWeek(b);

    private static string PadWeek(string value)
    {
        var w = value.IndexOf("-W", StringComparison.Ordinal);
        if (w < 0 || w + 2 >= value.Length || !char.IsAsciiDigit(value[w + 2]) || (w + 3 < value.Length && char.IsAsciiDigit(value[w + 3])))
        {
            return value;
        }

        return value[..(w + 2)] + "0" + value[(w + 2)..];
    }

    public static TimexCounts Score(IReadOnlyList<TimexRecord> gold, IReadOnlyList<TimexRecord> system) => Count(Align(gold, system), gold.Count, system.Count);

    public static TimexCounts Count(IReadOnlyList<TimexPair> pairs, int gold, int system)
    {
        int strict = 0, relaxed = 0, type = 0, value = 0;
        foreach (var p in pairs)
        {
            if (p.Gold is null || p.System is null)
            {
                continue;
            }

            relaxed++;
            strict += p.ExactSpan ? 1 : 0;
            type += p.RightType ? 1 : 0;
            value += p.RightValue ? 1 : 0;
        }

        return new TimexCounts(gold, system, strict, relaxed, type, value);
    }

    /// <summary>
    /// One-to-one alignment by overlap: exact matches first, then the remaining overlapping pairs by
    /// size of overlap; unmatched gold and system expressions are listed alone.
    /// </summary>
    public static IReadOnlyList<TimexPair> Align(IReadOnlyList<TimexRecord> gold, IReadOnlyList<TimexRecord> system)
    {
        var goldUsed = new bool[gold.Count];
        var systemUsed = new bool[system.Count];
        var pairs = new List<TimexPair>();
        var candidates = new List<(int G, int S, int Overlap, bool Exact)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var s = 0; s < system.Count; s++)
            {
                var overlap = Math.Min(gold[g].Span.End, system[s].Span.End) - Math.Max(gold[g].Span.Start, system[s].Span.Start);
                if (overlap > 0)
                {
                    candidates.Add((g, s, overlap, gold[g].Span == system[s].Span));
                }
            }
        }

        foreach (var c in candidates.OrderByDescending(c => c.Exact).ThenByDescending(c => c.Overlap).ThenBy(c => c.G).ThenBy(c => c.S))
        {
            if (!goldUsed[c.G] && !systemUsed[c.S])
            {
                goldUsed[c.G] = systemUsed[c.S] = true;
                pairs.Add(new TimexPair(gold[c.G], system[c.S]));
            }
        }

        pairs.AddRange(gold.Where((_, g) => !goldUsed[g]).Select(t => new TimexPair(t, null)));
        pairs.AddRange(system.Where((_, s) => !systemUsed[s]).Select(t => new TimexPair(null, t)));
        return pairs.OrderBy(p => (p.Gold ?? p.System)!.Span.Start).ToList();
    }
}
