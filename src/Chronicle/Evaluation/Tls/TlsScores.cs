namespace Chronicle.Evaluation.Tls;

/// <summary>Precision, recall and F1 of one comparison.</summary>
public readonly record struct Prf(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf Of(double matched, double predicted, double gold) =>
        new(predicted == 0 ? 0 : matched / predicted, gold == 0 ? 0 : matched / gold);
}

/// <summary>
/// The timeline-summarisation measures (Martschat and Markert, 2017): Date-F1 of the selected dates
/// against the gold dates; concat ROUGE-N (all summaries of a timeline as one text against all of the
/// gold's) and agreement ROUGE-N (n-grams count only when they match a gold summary of the same date).
/// Tokens are the whitespace-separated words lower-cased, without punctuation-only tokens; no stemming
/// and no stop-word removal; counts are clipped (an n-gram matches at most as often as the gold has it).
/// </summary>
public static class TlsScores
{
    public static Prf DateF1(IEnumerable<DateOnly> predicted, IEnumerable<DateOnly> gold)
    {
        var p = predicted.ToHashSet();
        var g = gold.ToHashSet();
        return Prf.Of(p.Count(g.Contains), p.Count, g.Count);
    }

    public static Prf ConcatRouge(TlsTimeline system, TlsTimeline gold, int n)
    {
        var sys = NGrams(system.Entries.SelectMany(e => e.Sentences), n);
        var reference = NGrams(gold.Entries.SelectMany(e => e.Sentences), n);
        return Prf.Of(Overlap(sys, reference), Total(sys), Total(reference));
    }

    public static Prf AgreementRouge(TlsTimeline system, TlsTimeline gold, int n)
    {
        var goldByDate = gold.Entries.ToDictionary(e => e.Date, e => NGrams(e.Sentences, n));
        double matched = 0;
        double predicted = 0;
        foreach (var entry in system.Entries)
        {
            var sys = NGrams(entry.Sentences, n);
            predicted += Total(sys);
            if (goldByDate.TryGetValue(entry.Date, out var reference))
            {
                matched += Overlap(sys, reference);
            }
        }

        return Prf.Of(matched, predicted, goldByDate.Values.Sum(Total));
    }

    /// <summary>The words of a text as ROUGE counts them.</summary>
    public static IEnumerable<string> Words(string sentence) =>
        (sentence ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .Select(w => w.ToLowerInvariant());

    public static Dictionary<string, int> NGrams(IEnumerable<string> sentences, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var words = Words(sentence).ToList();
            for (var i = 0; i + n <= words.Count; i++)
            {
                var gram = string.Join(' ', words.Skip(i).Take(n));
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
            }
        }

        return counts;
    }

    private static double Overlap(Dictionary<string, int> system, Dictionary<string, int> gold) =>
        system.Sum(kv => Math.Min(kv.Value, gold.GetValueOrDefault(kv.Key)));

    private static double Total(Dictionary<string, int> counts) => counts.Values.Sum();
}
