using Chronicle.Evaluation.SemEval;
using Chronicle.Rendering;

namespace Chronicle.Tests.Evaluation;

public class SemEvalScorerTests
{
    private static SemEvalTimeline Timeline(params string[] lines) =>
        SemEvalTimeline.Parse(string.Join('\n', ["Entity", .. lines]));

    private static readonly SemEvalTimeline Gold = Timeline(
        "0\tXXXX-XX-XX\td-9-ignored",
        "1\t2010-01-01\td-1-a",
        "1\t2010-01-01\td-1-b",
        "2\t2010-02-01\td-2-c");

    [Fact]
    public void GoldAgainstItselfScoresOne()
    {
        var counts = TemporalAwareness.Count(Gold, Gold);

        Assert.Equal(1.0, counts.Precision);
        Assert.Equal(1.0, counts.Recall);
        Assert.Equal(1.0, counts.F1);
    }

    [Fact]
    public void APartlyWrongTimelineScoresWhatWasComputedByHand()
    {
        // Gold reduction: a~t1, b~t1, c~t2, a<c (4). System classes {a, t1} < {b, c, t2}; its
        // reduction: a~t1 (holds in gold), b~t2 (no), c~t2 (holds), a<b (no: simultaneous in gold) -> P 2/4.
        // Gold relations in the system's closure: a~t1 yes, b~t1 no, c~t2 yes, a<c yes -> R 3/4.
        var system = Timeline(
            "1\t2010-01-01\td-1-a",
            "2\t2010-02-01\td-1-b",
            "2\t2010-02-01\td-2-c");

        var counts = TemporalAwareness.Count(Gold, system);

        Assert.Equal((2, 4, 3, 4), (counts.SystemCorrect, counts.SystemRelations, counts.GoldFound, counts.GoldRelations));
        Assert.Equal(0.6, counts.F1, 10);
    }

    [Fact]
    public void OrdinalZeroAndUnknownAnchorsAreLeftOut()
    {
        var graph = TemporalGraph.FromTimeline(Timeline(
            "0\tXXXX-XX-XX\td-1-x",
            "1\tXXXX-XX-XX\td-2-y",
            "2\t2011\td-3-z"));

        Assert.Equal(["d-2-y", "d-3-z", "t:2011"], graph.Nodes.Order(StringComparer.Ordinal));
        Assert.Equal(2, graph.Reduced().Count);
        Assert.Equal(3, graph.Closure().Count);
    }

    [Fact]
    public void AnAnchorSharedByTwoOrdinalsIsNoNode()
    {
        // Two ordered events on one day: the day contains both, it cannot be simultaneous with both.
        var graph = TemporalGraph.FromTimeline(Timeline(
            "1\t2012-05-05\td-1-a",
            "2\t2012-05-05\td-1-b"));

        Assert.DoesNotContain("t:2012-05-05", graph.Nodes);
        Assert.True(graph.Holds(new TemporalRelation("d-1-a", "d-1-b", TemporalRelationType.Before)));
        Assert.False(graph.Holds(new TemporalRelation("d-1-b", "d-1-a", TemporalRelationType.Before)));
    }

    [Fact]
    public void ReversingTheOrderOrDroppingEventsLowersTheScore()
    {
        var reversed = Timeline(
            "1\t2010-02-01\td-2-c",
            "2\t2010-01-01\td-1-a",
            "2\t2010-01-01\td-1-b");
        var truncated = Timeline("1\t2010-01-01\td-1-a");

        Assert.True(TemporalAwareness.Count(Gold, reversed).F1 < 1.0);
        Assert.True(TemporalAwareness.Count(Gold, truncated).Recall < 1.0);
        Assert.Equal(1.0, TemporalAwareness.Count(Gold, truncated).Precision);
        Assert.Equal(0.0, TemporalAwareness.Count(Gold, Timeline()).F1);
    }

    [Fact]
    public void MicroAverageSumsTheCountsOfAllTimelines()
    {
        var other = SemEvalTimeline.Parse("Other\n1\t2001\tx-1-a\n2\t2002\tx-2-b\n");
        var score = TemporalAwareness.Score([Gold, other], [Gold]);

        // Gold: 4 of 4 both ways; Other has no system timeline: 0 of 0 system, 0 of 3 gold.
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(4.0 / 7, score.Recall, 10);
    }

    [Fact]
    public void EventIdsCompareWithoutCase()
    {
        var system = Timeline(
            "1\t2010-01-01\tD-1-A",
            "1\t2010-01-01\td-1-B",
            "2\t2010-02-01\td-2-c");

        Assert.Equal(1.0, TemporalAwareness.Count(Gold, system).F1);
    }

    [Fact]
    public void WriterAndParserRoundTrip()
    {
        var timeline = new SemEvalTimeline("Some Entity", [
            new SemEvalTimelineLine(1, "2010-01-01", ["12-3-said", "12-4-told"]),
            new SemEvalTimelineLine(2, "2010-02", ["13-2-step_down"]),
        ]);

        var text = SemEvalTimelineWriter.Write(timeline);

        Assert.Equal("Some Entity\n1\t2010-01-01\t12-3-said\t12-4-told\n2\t2010-02\t13-2-step_down\n", text);
        var back = SemEvalTimeline.Parse(text);
        Assert.Equal(timeline.Entity, back.Entity);
        Assert.Equal(timeline.Lines.Select(l => (l.Order, l.Anchor, string.Join(' ', l.Events))), back.Lines.Select(l => (l.Order, l.Anchor, string.Join(' ', l.Events))));
        Assert.Equal("some_entity.txt", SemEvalTimeline.FileName("Some Entity"));
    }

    [Fact]
    public void ParsingIsTotal()
    {
        var parsed = SemEvalTimeline.Parse("E\nnot a line\n1\tonly-two-fields\nx\t2010\ta\n\n");
        Assert.Equal("E", parsed.Entity);
        Assert.Empty(parsed.Lines);
        Assert.Equal("", SemEvalTimeline.Parse("").Entity);
    }
}
