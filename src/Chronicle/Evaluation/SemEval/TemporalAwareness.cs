using System.Globalization;
using System.Text;

namespace Chronicle.Evaluation.SemEval;

/// <summary>The counts behind one timeline's temporal-awareness score.</summary>
/// <param name="SystemRelations">Relations in the system graph's reduction.</param>
/// <param name="SystemCorrect">Those that hold in the closure of the gold graph.</param>
/// <param name="GoldRelations">Relations in the gold graph's reduction.</param>
/// <param name="GoldFound">Those that hold in the closure of the system graph.</param>
public sealed record TemporalAwarenessCounts(string Entity, int SystemRelations, int SystemCorrect, int GoldRelations, int GoldFound)
{
    public double Precision => SystemRelations == 0 ? 0 : (double)SystemCorrect / SystemRelations;

    public double Recall => GoldRelations == 0 ? 0 : (double)GoldFound / GoldRelations;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The task's figure: temporal awareness per timeline and micro-averaged over all of them.</summary>
public sealed record TemporalAwarenessScore(IReadOnlyList<TemporalAwarenessCounts> Timelines)
{
    public double Precision => Ratio(Timelines.Sum(t => t.SystemCorrect), Timelines.Sum(t => t.SystemRelations));

    public double Recall => Ratio(Timelines.Sum(t => t.GoldFound), Timelines.Sum(t => t.GoldRelations));

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public string Format(string title)
    {
        var builder = new StringBuilder();
        builder.AppendLine(title);
        builder.AppendLine("  entity                      P       R       F1     (sys ok/sys, gold found/gold)");
        foreach (var t in Timelines)
        {
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Entity,-24} {t.Precision,7:0.0000} {t.Recall,7:0.0000} {t.F1,7:0.0000}   ({t.SystemCorrect}/{t.SystemRelations}, {t.GoldFound}/{t.GoldRelations})"));
        }

        builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {"micro",-24} {Precision,7:0.0000} {Recall,7:0.0000} {F1,7:0.0000}"));
        return builder.ToString();
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>
/// TempEval-3 temporal awareness (UzZaman and Allen, 2011) as the SemEval-2015 TimeLine task uses it:
/// precision is the share of the system graph's reduced relations that hold in the closure of the gold
/// graph, recall the share of the gold graph's reduced relations that hold in the closure of the
/// system graph; the task's figure is micro-averaged over the target entities' timelines.
/// </summary>
public static class TemporalAwareness
{
    public static TemporalAwarenessCounts Count(SemEvalTimeline gold, SemEvalTimeline system, bool withAnchors = true)
    {
        var goldGraph = TemporalGraph.FromTimeline(gold, withAnchors);
        var systemGraph = TemporalGraph.FromTimeline(system, withAnchors);
        var systemReduced = systemGraph.Reduced();
        var goldReduced = goldGraph.Reduced();
        return new TemporalAwarenessCounts(
            gold.Entity,
            systemReduced.Count,
            systemReduced.Count(goldGraph.Holds),
            goldReduced.Count,
            goldReduced.Count(systemGraph.Holds));
    }

    /// <summary>
    /// Scores system timelines against gold ones, matched by entity name (case-insensitive); a gold
    /// entity without a system timeline scores against an empty one, a system timeline for an entity
    /// the gold does not have is ignored.
    /// </summary>
    public static TemporalAwarenessScore Score(IReadOnlyList<SemEvalTimeline> gold, IReadOnlyList<SemEvalTimeline> system, bool withAnchors = true)
    {
        var byEntity = new Dictionary<string, SemEvalTimeline>(StringComparer.OrdinalIgnoreCase);
        foreach (var timeline in system)
        {
            byEntity.TryAdd(timeline.Entity.Trim(), timeline);
        }

        return new TemporalAwarenessScore(gold
            .Select(g => Count(g, byEntity.GetValueOrDefault(g.Entity.Trim()) ?? new SemEvalTimeline(g.Entity, []), withAnchors))
            .ToList());
    }
}
