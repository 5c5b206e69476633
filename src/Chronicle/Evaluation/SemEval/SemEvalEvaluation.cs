using System.Diagnostics;
using System.Globalization;
using System.Text;
using Chronicle.Pipeline;
using Chronicle.Rendering;

namespace Chronicle.Evaluation.SemEval;

/// <summary>The outcome of a SemEval-2015 TimeLine run: both scores, the system timelines and the time taken.</summary>
public sealed record SemEvalReport(
    TemporalAwarenessScore WithAnchors,
    TemporalAwarenessScore OrderOnly,
    IReadOnlyList<SemEvalTimeline> System,
    int Documents,
    TimeSpan Elapsed)
{
    public string Format()
    {
        var builder = new StringBuilder();
        builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"SemEval-2015 Task 4 TimeLine, Track A: {(Documents > 0 ? Documents + " documents, " : "")}{System.Count} system timelines, {WithAnchors.Timelines.Count} gold timelines, {Elapsed.TotalSeconds:0.0} s"));
        builder.Append(WithAnchors.Format("temporal awareness (the task's figure: events and time anchors)"));
        builder.Append(OrderOnly.Format("ordering only (anchors dropped)"));
        return builder.ToString();
    }
}

/// <summary>
/// Runs Track A of SemEval-2015 Task 4: reads the TimeML articles as raw text (gold tags ignored),
/// builds each gold timeline's target entity's timeline and scores it with temporal awareness.
/// </summary>
public static class SemEvalEvaluation
{
    public static SemEvalReport Run(string goldDirectory, string corpusDirectory, ArticleAnalyzer analyzer, SemEvalBuilderOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var gold = SemEvalTimeline.LoadDirectory(goldDirectory);
        var documents = SemEvalCorpus.Load(corpusDirectory, analyzer);
        var builder = new SemEvalTimelineBuilder(options ?? SemEvalBuilderOptions.Default);
        var system = gold.Select(g => builder.Build(g.Entity, documents)).ToList();
        var anchored = TemporalAwareness.Score(gold, system, withAnchors: true);
        var ordered = TemporalAwareness.Score(gold, system, withAnchors: false);
        return new SemEvalReport(anchored, ordered, system, documents.Count, watch.Elapsed);
    }

    /// <summary>Scores timelines already written in the task's format (one file per entity in <paramref name="systemDirectory"/>).</summary>
    public static SemEvalReport Score(string goldDirectory, string systemDirectory)
    {
        var watch = Stopwatch.StartNew();
        var gold = SemEvalTimeline.LoadDirectory(goldDirectory);
        var system = SemEvalTimeline.LoadDirectory(systemDirectory);
        return new SemEvalReport(TemporalAwareness.Score(gold, system, withAnchors: true), TemporalAwareness.Score(gold, system, withAnchors: false), system, 0, watch.Elapsed);
    }

    /// <summary>Writes each system timeline to <paramref name="directory"/> under the task's file name.</summary>
    public static void WriteTimelines(IReadOnlyList<SemEvalTimeline> timelines, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var timeline in timelines)
        {
            File.WriteAllText(Path.Combine(directory, SemEvalTimeline.FileName(timeline.Entity)), SemEvalTimelineWriter.Write(timeline));
        }
    }
}
