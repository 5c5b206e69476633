using Chronicle.Evaluation.Tls;

namespace Chronicle.Tests.Evaluation;

public class TlsScoresTests
{
    private const string Sep = "--------------------------------";

    private static readonly TlsTimeline Gold = TlsTimeline.Parse("gold", $"2020-01-01\nthe ferry line opens .\n{Sep}\n2020-01-05\nthe mayor resigns .\nshe leaves office .\n{Sep}\n");

    [Fact]
    public void ParsesTilseBlocksAndReportsBadDates()
    {
        Assert.Equal([new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 5)], Gold.Dates);
        Assert.Equal(2, Gold.Entries[1].Sentences.Count);
        Assert.Equal(2, Gold.SentencesPerDate);

        var broken = TlsTimeline.Parse("b", $"2020-01-0\nx .\n{Sep}\n2020-02-02\ny .\n");
        Assert.Single(broken.Entries);
        Assert.Contains("2020-01-0", Assert.Single(broken.Problems));

        var fixedUp = TlsTimeline.Parse("b", $"2020-01-0\nx .\n{Sep}\n2020-02-02\ny .\n", new Dictionary<string, string> { ["2020-01-0"] = "2020-01-03" });
        Assert.Equal(2, fixedUp.Entries.Count);
        Assert.Empty(fixedUp.Problems);
    }

    [Fact]
    public void DateF1ComparesDateSets()
    {
        var score = TlsScores.DateF1([new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 2), new DateOnly(2020, 1, 3)], Gold.Dates);

        Assert.Equal(1.0 / 3, score.Precision, 10);
        Assert.Equal(0.5, score.Recall, 10);
        Assert.Equal(0.4, score.F1, 10);
    }

    [Fact]
    public void ConcatAndAgreementRougeByHand()
    {
        // System words: "the mayor resigns" on 01-01 and "ferry line opens" on 01-05 (dates swapped).
        var system = new TlsTimeline("sys", [
            new TlsEntry(new DateOnly(2020, 1, 1), ["The mayor resigns ."]),
            new TlsEntry(new DateOnly(2020, 1, 5), ["ferry line opens"]),
        ], []);

        // Gold words (punctuation dropped): the ferry line opens | the mayor resigns she leaves office = 10.
        var concat1 = TlsScores.ConcatRouge(system, Gold, 1);
        Assert.Equal(6.0 / 6, concat1.Precision, 10);
        Assert.Equal(6.0 / 10, concat1.Recall, 10);

        // Agreement: 01-01 "the mayor resigns" vs "the ferry line opens" shares "the"; 01-05 "ferry line opens" vs the mayor's day shares nothing.
        var agreement1 = TlsScores.AgreementRouge(system, Gold, 1);
        Assert.Equal(1.0 / 6, agreement1.Precision, 10);
        Assert.Equal(1.0 / 10, agreement1.Recall, 10);

        // Bigrams (within sentences): system "the mayor", "mayor resigns", "ferry line", "line opens" all occur in the gold, which has 3 + 2 + 2.
        var concat2 = TlsScores.ConcatRouge(system, Gold, 2);
        Assert.Equal(1.0, concat2.Precision, 10);
        Assert.Equal(4.0 / 7, concat2.Recall, 10);
    }

    [Fact]
    public void GoldAgainstItselfScoresOne()
    {
        Assert.Equal(1.0, TlsScores.DateF1(Gold.Dates, Gold.Dates).F1);
        Assert.Equal(1.0, TlsScores.ConcatRouge(Gold, Gold, 2).F1, 10);
        Assert.Equal(1.0, TlsScores.AgreementRouge(Gold, Gold, 1).F1, 10);
    }
}
