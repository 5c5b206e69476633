using System.Globalization;
using System.Text;

namespace Chronicle.Evaluation.Ner;

/// <summary>Counts for one entity type: true positives, false positives and false negatives, exact span and type.</summary>
public sealed record NerTypeScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Gold => TruePositives + FalseNegatives;

    public int Predicted => TruePositives + FalsePositives;

    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Exact-span typed scores (CoNLL style, micro-averaged) over a gold file, with the throughput of the run.</summary>
public sealed record NerScores(string Name, IReadOnlyList<NerTypeScore> Types, int Sentences, int Tokens, TimeSpan Elapsed)
{
    public NerTypeScore Overall => new(
        "ALL",
        Types.Sum(t => t.TruePositives),
        Types.Sum(t => t.FalsePositives),
        Types.Sum(t => t.FalseNegatives));

    public double TokensPerSecond => Elapsed.TotalSeconds > 0 ? Tokens / Elapsed.TotalSeconds : 0;

    /// <summary>A fixed-width table: one row per type and the overall row.</summary>
    public string Format()
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.Append(c, $"{Name}: {Sentences} sentences, {Tokens} tokens").AppendLine();
        b.AppendLine("type    gold  pred    tp  precision  recall      f1");
        foreach (var t in Types.Append(Overall))
        {
            b.Append(c, $"{t.Type,-5} {t.Gold,6} {t.Predicted,5} {t.TruePositives,5}     {t.Precision,6:0.0000}  {t.Recall,6:0.0000}  {t.F1,6:0.0000}").AppendLine();
        }

        if (Elapsed > TimeSpan.Zero)
        {
            b.Append(c, $"recognition: {Elapsed.TotalMilliseconds:0} ms, {TokensPerSecond:0} tokens/s (one thread)").AppendLine();
        }

        return b.ToString();
    }
}
