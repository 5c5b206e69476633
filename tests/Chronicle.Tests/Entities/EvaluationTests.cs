using Chronicle.Entities;
using Chronicle.Entities.Ner;
using Chronicle.Evaluation.Ner;
using Chronicle.Model;

namespace Chronicle.Tests.Entities;

public sealed class EvaluationTests
{
    private const string Gold =
        "# newdoc id = t1\n" +
        "1\tCarla\tB-PER\t-\tx\n2\tMendes\tI-PER\t-\tx\n3\tvisited\tO\t-\t-\n4\tLima\tB-LOC\t-\tx\n5\t.\tO\t-\t-\n\n" +
        "1\tShe\tO\t-\t-\n2\tleft\tO\t-\t-\n3\tthe\tO\t-\t-\n4\tAndean\tB-ORG\t-\tx\n5\tBank\tI-ORG\t-\tx\n6\t.\tO\t-\t-\n";

    [Fact]
    public void Exact_spans_and_types_are_scored_per_type_and_overall()
    {
        var gold = new List<(Span, string)> { (new Span(0, 5), "PER"), (new Span(10, 14), "LOC"), (new Span(20, 30), "ORG") };
        var predicted = new List<(Span, string)> { (new Span(0, 5), "PER"), (new Span(10, 14), "ORG"), (new Span(40, 44), "LOC") };
        var scores = NerEvaluation.Compare([gold], [predicted]);
        var per = scores.Single(s => s.Type == "PER");
        var loc = scores.Single(s => s.Type == "LOC");
        var org = scores.Single(s => s.Type == "ORG");
        Assert.Equal((1, 0, 0), (per.TruePositives, per.FalsePositives, per.FalseNegatives));
        Assert.Equal((0, 1, 1), (loc.TruePositives, loc.FalsePositives, loc.FalseNegatives));
        Assert.Equal((0, 1, 1), (org.TruePositives, org.FalsePositives, org.FalseNegatives));
        var all = new NerScores("x", scores, 1, 1, TimeSpan.Zero).Overall;
        Assert.Equal(1.0 / 3, all.Precision, 6);
        Assert.Equal(1.0 / 3, all.F1, 6);
    }

    [Fact]
    public void The_stage_types_map_to_the_gold_scheme()
    {
        Assert.Equal("PER", NerEvaluation.GoldLabel(EntityType.Person));
        Assert.Equal("LOC", NerEvaluation.GoldLabel(EntityType.Gpe));
        Assert.Equal("LOC", NerEvaluation.GoldLabel(EntityType.Facility));
        Assert.Null(NerEvaluation.GoldLabel(EntityType.Norp));
    }

    [Fact]
    public void Gold_spans_come_from_iob2_and_iob1_alike()
    {
        var iob2 = ConllReader.ReadText(Gold)[0];
        var iob1 = ConllReader.ReadText("Carla I-PER\nMendes I-PER\nvisited O\nLima I-LOC\n. O\n\nShe O\nleft O\nthe O\nAndean I-ORG\nBank I-ORG\n. O\n")[0];
        var (text2, sentences2) = iob2.ToText();
        var (text1, sentences1) = iob1.ToText();
        Assert.Equal(text2, text1);
        Assert.Equal(NerEvaluation.GoldSpans(iob2, text2, sentences2), NerEvaluation.GoldSpans(iob1, text1, sentences1));
        Assert.Equal(3, NerEvaluation.GoldSpans(iob2, text2, sentences2).Count);
    }

    [Fact]
    public void A_run_over_a_file_reports_counts_and_formats_a_table()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Gold);
            var scores = NerEvaluation.Run(path, EntityRecognizer.Default);
            Assert.Equal(2, scores.Sentences);
            Assert.Equal(11, scores.Tokens);
            Assert.Equal(3, scores.Overall.Gold);
            Assert.InRange(scores.Overall.F1, 0, 1);
            var table = scores.Format();
            Assert.Contains("ALL", table);
            Assert.Contains("PER", table);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
