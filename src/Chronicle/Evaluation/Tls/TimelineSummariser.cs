namespace Chronicle.Evaluation.Tls;

/// <summary>How the summariser weighs the evidence for a day.</summary>
/// <param name="PublishedWeight">What an article published on a day adds to the day's score, against 1 for each sentence that states the day.</param>
/// <param name="NeighbourFactor">What is left of a day's score once the day before or after it is chosen: news of one event spreads over the next days' reports, so a neighbour of a chosen day is mostly the same event again.</param>
public sealed record SummariserOptions(double PublishedWeight = 1, double NeighbourFactor = 0.5)
{
    public static SummariserOptions Default { get; } = new();
}

/// <summary>
/// Builds a summary timeline from date references: ranks the days of a span by salience (the
/// sentences of distinct articles that state the day, and the articles published on it), keeps the
/// best <c>dates</c> of them, and summarises each by the <c>k</c> sentences that state it most
/// typically (the most words shared with the day's other sentences), reported ones before lead
/// sentences.
/// </summary>
public sealed class TimelineSummariser(SummariserOptions options)
{
    public TimelineSummariser()
        : this(SummariserOptions.Default)
    {
    }

    /// <summary>Each day of [from, to] with its salience, best first (ties: earlier first).</summary>
    public IReadOnlyList<(DateOnly Date, double Score)> RankDates(DateReferences references, DateOnly from, DateOnly to)
    {
        var scores = new Dictionary<DateOnly, double>();
        foreach (var group in references.Sentences.Where(s => s.Stated && s.Date >= from && s.Date <= to).GroupBy(s => s.Date))
        {
            // One article repeating a date is one vote: salience is how many sources point at the day.
            scores[group.Key] = group.Select(s => s.Article).Distinct().Count();
        }

        foreach (var day in references.Published.OfType<DateOnly>().Where(d => d >= from && d <= to))
        {
            scores[day] = scores.GetValueOrDefault(day) + options.PublishedWeight;
        }

        return scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).ToList();
    }

    public TlsTimeline Summarise(string name, DateReferences references, DateOnly from, DateOnly to, int dates, int sentencesPerDate)
    {
        var chosen = Choose(RankDates(references, from, to), dates);
        var byDate = references.Sentences.Where(s => s.Date >= from && s.Date <= to).ToLookup(s => s.Date);
        var entries = chosen
            .Select(day => new TlsEntry(day, Pick(byDate[day].ToList(), sentencesPerDate)))
            .ToList();
        return new TlsTimeline(name, entries, []);
    }

    /// <summary>The best days, greedily, each choice lowering its neighbours' scores (see <see cref="SummariserOptions.NeighbourFactor"/>); in date order.</summary>
    private List<DateOnly> Choose(IReadOnlyList<(DateOnly Date, double Score)> ranked, int count)
    {
        var scores = ranked.ToDictionary(r => r.Date, r => r.Score);
        var chosen = new List<DateOnly>();
        while (chosen.Count < count && scores.Count > 0)
        {
            var best = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
            chosen.Add(best);
            scores.Remove(best);
            foreach (var neighbour in new[] { best.AddDays(-1), best.AddDays(1) })
            {
                if (scores.TryGetValue(neighbour, out var score))
                {
                    scores[neighbour] = score * options.NeighbourFactor;
                }
            }
        }

        chosen.Sort();
        return chosen;
    }

    private static List<string> Pick(List<DatedSentence> candidates, int k)
    {
        var pool = candidates
            .GroupBy(c => c.Text, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in pool.Select(c => TlsScores.Words(c.Text).Distinct()))
        {
            foreach (var word in words)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        double Typicality(DatedSentence c)
        {
            var words = TlsScores.Words(c.Text).Distinct().ToList();
            return words.Count == 0 ? 0 : words.Sum(w => frequency[w] - 1) / Math.Sqrt(words.Count);
        }

        return pool
            .OrderBy(c => c.Stated ? 0 : 1)
            .ThenByDescending(Typicality)
            .ThenBy(c => c.Article)
            .ThenBy(c => c.Index)
            .Take(Math.Max(1, k))
            .Select(c => c.Text)
            .ToList();
    }
}
