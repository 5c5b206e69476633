using Chronicle.Evaluation.SemEval;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Evaluation;

/// <summary>The outside evaluations on the data sets in ../shared (skipped where it is absent).</summary>
public class SharedEvaluationTests
{
    private static string SemEvalGold => SharedData.Path("data", "semeval2015-trial", "TimeLines_trial_data_task4_v1.2");

    private static string SemEvalCorpus => SharedData.Path("data", "semeval2015-trial", "Corpus-trial-data_task4_TimeML");

    [SkippableFact]
    public void EachSemEvalGoldTimelineScoresOneAgainstItselfAndLessShuffledOrTruncated()
    {
        SharedData.SkipIfAbsent();
        var gold = SemEvalTimeline.LoadDirectory(SemEvalGold);
        Assert.Equal(6, gold.Count);

        Assert.Equal(1.0, TemporalAwareness.Score(gold, gold).F1, 10);
        Assert.Equal(1.0, TemporalAwareness.Score(gold, gold, withAnchors: false).F1, 10);

        // Ordinals reversed: the anchors keep their events but every BEFORE points the wrong way.
        var reversed = gold.Select(t => t with { Lines = t.Lines.Select(l => l with { Order = l.Order == 0 ? 0 : 1000 - l.Order }).ToList() }).ToList();
        Assert.True(TemporalAwareness.Score(gold, reversed).F1 < 0.9);

        var truncated = gold.Select(t => t with { Lines = t.Lines.Take(t.Lines.Count / 2).ToList() }).ToList();
        var score = TemporalAwareness.Score(gold, truncated);
        Assert.True(score.Recall < 0.9);
    }

    [SkippableFact]
    public void ChronicleBuildsSemEvalTimelinesFromRawText()
    {
        SharedData.SkipIfAbsent();
        var report = SemEvalEvaluation.Run(SemEvalGold, SemEvalCorpus, new ArticleAnalyzer());

        Assert.Equal(30, report.Documents);
        Assert.Equal(6, report.System.Count);

        // The issue's target is 0.25 (0.264 when this was written); the margin leaves room for the
        // event and entity stages, which change under other work, without hiding a collapse.
        Assert.True(report.WithAnchors.F1 >= 0.2, report.Format());
        Assert.All(report.System.SelectMany(t => t.Lines).SelectMany(l => l.Events), e => Assert.Matches(@"^\d+-\d+-\S+$", e));
    }
}
