using Chronicle.Evaluation.Timex;
using Chronicle.Model;
using Chronicle.Time;

namespace Chronicle.Tests.Evaluation;

public class TimexScorerTests
{
    private static Chronicle.Time.Timex T(int start, int end, string value, TimexType type = TimexType.Date) =>
        new(new Span(start, end), new string('x', end - start), type, value, null, null, null);

    [Fact]
    public void CountsStrictRelaxedTypeAndValue()
    {
        var gold = new[] { T(0, 6, "2001-05-03"), T(10, 20, "P2W", TimexType.Duration), T(30, 35, "1998"), T(40, 45, "PRESENT_REF") };
        var system = new[]
        {
            T(0, 6, "2001-05-03"),                      // exact, right value
            T(5, 20, "P2W", TimexType.Duration),        // overlaps the duration, wrong extent, right value
            T(30, 35, "1997", TimexType.Duration),      // exact extent, wrong value and type
            T(50, 55, "2001"),                          // spurious
        };

        var c = TimexScorer.Score(gold, system);

        Assert.Equal(new TimexCounts(4, 4, 2, 3, 2, 2), c);
        Assert.Equal(0.5, c.StrictSpan.F1, 3);
        Assert.Equal(0.75, c.RelaxedSpan.Precision, 3);
        Assert.Equal(0.75, c.RelaxedSpan.Recall, 3);
        Assert.Equal(0.5, c.Value.F1, 3);
        Assert.Equal(0.5, c.Type.F1, 3);
    }

    [Fact]
    public void MatchesOneToOnePreferringExactSpans()
    {
        var gold = new[] { T(0, 10, "a"), T(12, 20, "b") };
        var system = new[] { T(0, 20, "b"), T(12, 20, "b") };

        var pairs = TimexScorer.Align(gold, system);
        var c = TimexScorer.Count(pairs, gold.Length, system.Length);

        Assert.Equal(2, c.Relaxed);
        Assert.Equal(1, c.Strict);
        Assert.Equal(1, c.ValueCorrect);
    }

    [Theory]
    [InlineData("2000-W7", "2000-W07", true)]
    [InlineData("2000-W7-WE", "2000-W07-WE", true)]
    [InlineData("2000-W17", "2000-W17", true)]
    [InlineData("2000-W17", "2000-W07", false)]
    [InlineData("1998", "1998-XX", false)]
    public void ComparesValuesWithWeekNumbersPadded(string a, string b, bool same)
    {
        Assert.Equal(same, TimexScorer.SameValue(a, b));
    }

    [Fact]
    public void EmptyInputsScoreZeroWithoutDividingByZero()
    {
        var c = TimexScorer.Score([], []);
        Assert.Equal(0, c.StrictSpan.F1);
        Assert.Equal(0, c.Value.Precision);
    }

    [Fact]
    public void EvaluatesAFolderAndFormatsTheReport()
    {
        var dir = Directory.CreateTempSubdirectory("timex-eval");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.tml"), """
                <TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22">x</TIMEX3></DCT>
                <TEXT>The deal was signed <TIMEX3 tid="t1" type="DATE" value="2013-03-21">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2M">two months</TIMEX3> of talks in <TIMEX3 tid="t3" type="DATE" value="XXXX">Geneva</TIMEX3>.</TEXT></TimeML>
                """);
            var result = TimexEvaluation.Run(dir.FullName, new TimexTagger(TimexTaggerOptions.TimeBank), CorpusPart.All);

            Assert.Equal(new TimexCounts(3, 2, 2, 2, 2, 2), result.Totals);
            var report = TimexReport.Format(result);
            Assert.Contains("strict span", report);
            Assert.Contains("missed", report);
            Assert.Contains("Geneva", report);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void TheSplitIsFixedAndFollowsItsRule()
    {
        Assert.Equal(TimexSplit.PartByHash("ABC19980108.1830.0711.tml"), TimexSplit.PartOf("TimeBank/ABC19980108.1830.0711.tml"));
        Assert.Null(TimexSplit.PartOf("not-in-the-corpus.tml"));
        var listed = Chronicle.Resources.ResourceFiles.ReadDataLines("Evaluation/Timex/Resources/tbaq-split.txt").Select(l => l.Split('\t')).ToList();
        Assert.Equal(256, listed.Count);
        Assert.All(listed, f => Assert.Equal(f[0] == "test" ? CorpusPart.Test : CorpusPart.Dev, TimexSplit.PartByHash(f[1])));
        Assert.Equal(52, listed.Count(f => f[0] == "test"));
    }
}
