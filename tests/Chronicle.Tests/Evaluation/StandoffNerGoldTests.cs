using Chronicle.Entities;
using Chronicle.Evaluation.Ner;
using Chronicle.Evaluation.Timex;
using Chronicle.Model;

namespace Chronicle.Tests.Evaluation;

public sealed class StandoffNerGoldTests
{
    private const string Article = "Talks in Lisbon\nMaria Okafor of Halden Shipping met Tomas Berg in Lisbon on Monday.\n";

    private const string TimeMl =
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>t1</DOCID>\n<TEXT>\nThe <EVENT eid=\"e1\">visit</EVENT> of Ana Ruiz to Quito &amp; Cuenca.\n</TEXT>\n</TimeML>\n";

    private static string[] Gold(params string[] spans) =>
        ["# test gold", "@doc\tdev\ttext\tnews/a.txt", .. spans, "@doc\ttest\ttimeml\tnews/b.tml", "14\t22\tPER\tAna Ruiz", "26\t31\tLOC\tQuito"];

    [Fact]
    public void Spans_are_read_against_each_kind_of_text()
    {
        using var dir = Folder();
        var documents = StandoffNerGold.Read(Gold("9\t15\tLOC\tLisbon", "16\t28\tPER\tMaria Okafor"), "gold.tsv", dir.Path);

        Assert.Equal(["news/a.txt", "news/b.tml"], documents.Select(d => d.Path));
        Assert.Equal([CorpusPart.Dev, CorpusPart.Test], documents.Select(d => d.Part));
        Assert.Equal(Article, documents[0].Text);
        Assert.Equal([(new Span(9, 15), "LOC"), (new Span(16, 28), "PER")], documents[0].Gold);
        Assert.Equal("\nThe visit of Ana Ruiz to Quito & Cuenca.\n", documents[1].Text);
        Assert.Equal([(new Span(14, 22), "PER"), (new Span(26, 31), "LOC")], documents[1].Gold);
    }

    [Fact]
    public void A_span_whose_text_is_not_its_surface_names_the_gold_line_and_the_article()
    {
        using var dir = Folder();
        var error = Assert.Throws<InvalidDataException>(() => StandoffNerGold.Read(Gold("9\t15\tLOC\tLisbon", "16\t28\tPER\tMaria Okafo"), "gold.tsv", dir.Path));
        Assert.Contains("gold.tsv:4", error.Message);
        Assert.Contains("news/a.txt has \"Maria Okafor\" at 16-28", error.Message);

        error = Assert.Throws<InvalidDataException>(() => StandoffNerGold.Read(Gold("900\t915\tLOC\tLisbon"), "gold.tsv", dir.Path));
        Assert.Contains("nothing (the text has 84 characters)", error.Message);
    }

    [Theory]
    [InlineData("9\t15\tGPE\tLisbon", "a span line is")]
    [InlineData("9\tx\tLOC\tLisbon", "a span line is")]
    [InlineData("9\t15\tLOC", "a span line is")]
    [InlineData("@doc\tdev\tpdf\tnews/a.txt", "a document line is")]
    [InlineData("@doc\ttraining\ttext\tnews/a.txt", "a document line is")]
    [InlineData("@doc\ttext\tnews/a.txt", "a document line is")]
    [InlineData("@doc\tdev\ttext\tnews/none.txt", "news/none.txt does not exist")]
    public void Malformed_lines_and_missing_articles_are_clear_errors(string line, string expected)
    {
        using var dir = Folder();
        var error = Assert.Throws<InvalidDataException>(() => StandoffNerGold.Read(Gold(line), "gold.tsv", dir.Path));
        Assert.StartsWith("gold.tsv:", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_span_before_any_article_is_an_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => StandoffNerGold.Read(["0\t4\tPER\tAnna"], "gold.tsv", "."));
        Assert.Equal("gold.tsv:1: a span comes before any \"@doc\" line.", error.Message);
    }

    [Fact]
    public void Whole_articles_are_scored_with_the_systems_own_segmentation()
    {
        using var dir = Folder();
        var documents = StandoffNerGold.Read(Gold("9\t15\tLOC\tLisbon", "16\t28\tPER\tMaria Okafor", "32\t47\tORG\tHalden Shipping", "52\t62\tPER\tTomas Berg", "66\t72\tLOC\tLisbon"), "gold.tsv", dir.Path);
        var recognizer = EntityRecognizer.Default;
        var scores = NerEvaluation.ScoreTexts("t", documents, recognizer);

        Assert.Equal(7, scores.Overall.Gold);
        var predicted = documents.Sum(d => recognizer.Recognize(d.Text, Chronicle.Segmentation.Segmenter.Default.Segment(d.Text, []))
            .Count(m => NerEvaluation.GoldLabel(m.Type) is not null));
        Assert.Equal(predicted, scores.Overall.Predicted);
        var errors = NerEvaluation.Errors(documents, recognizer).ToList();
        Assert.Equal(scores.Overall.FalsePositives + scores.Overall.FalseNegatives, errors.Count);
        Assert.All(errors, e => Assert.Matches(@"^news/[ab]\.(txt|tml)\t(FN|FP)\t(PER|ORG|LOC)\t", e));
    }

    [Fact]
    public void Articles_of_a_training_corpus_are_read_as_its_train_part()
    {
        using var dir = Folder();
        var documents = StandoffNerGold.Read(["@doc\ttrain\ttext\tnews/a.txt", "9\t15\tLOC\tLisbon"], "train.tsv", dir.Path);
        Assert.Equal(CorpusPart.Train, Assert.Single(documents).Part);
    }

    [Fact]
    public void The_news_gold_the_training_articles_and_the_bbc_set_share_no_article_and_only_TBAQ_trains()
    {
        var gold = StandoffNerGold.ArticlePaths(StandoffNerGold.NewsResource);
        var training = StandoffNerGold.ArticlePaths(StandoffNerGold.NewsTrainingResource);
        Assert.True(gold.Count >= 50, $"{gold.Count} gold articles");
        Assert.True(training.Count >= 100, $"{training.Count} training articles");
        var bbc = StandoffNerGold.ArticlePaths(StandoffNerGold.NewsBbcResource);
        Assert.True(bbc.Count >= 100, $"{bbc.Count} BBC articles");
        Assert.Empty(gold.Intersect(training, StringComparer.Ordinal));
        Assert.Empty(gold.Intersect(bbc, StringComparer.Ordinal));
        Assert.Empty(training.Intersect(bbc, StringComparer.Ordinal));
        Assert.DoesNotContain(training, path => path.StartsWith("tls-timeline17-mj/", StringComparison.Ordinal));
        Assert.Equal(training.Count, training.Distinct(StringComparer.Ordinal).Count());
        Assert.All(training, path => Assert.NotEqual(CorpusPart.Test, path.StartsWith("tbaq-cleaned/", StringComparison.Ordinal) ? TimexSplit.PartOf(path) : CorpusPart.Dev));
    }

    [SkippableFact]
    public void The_shipped_training_and_bbc_annotations_match_the_shared_articles()
    {
        SharedData.SkipIfAbsent();
        var documents = StandoffNerGold.LoadNewsTraining(SharedData.Path("data"));
        Assert.All(documents, d => Assert.Equal(CorpusPart.Train, d.Part));
        Assert.True(documents.Sum(d => d.Gold.Count) > 5000);

        var bbc = StandoffNerGold.Load(StandoffNerGold.NewsBbcResource, SharedData.Path("data"));
        Assert.All(bbc, d => Assert.Equal(CorpusPart.Dev, d.Part));
        Assert.True(bbc.Sum(d => d.Gold.Count) > 3000);
    }

    [SkippableFact]
    public void The_shipped_news_gold_matches_the_shared_articles()
    {
        SharedData.SkipIfAbsent();
        var documents = StandoffNerGold.LoadNews(SharedData.Path("data"));
        Assert.True(documents.Count >= 50, $"{documents.Count} documents");
        Assert.Contains(documents, d => d.Path.StartsWith("tbaq-cleaned/", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Path.StartsWith("tls-timeline17-mj/", StringComparison.Ordinal));
        Assert.True(documents.Sum(d => d.Gold.Count) > 1000);
        Assert.Contains(documents, d => d.Part == CorpusPart.Dev);
        Assert.Contains(documents, d => d.Part == CorpusPart.Test);
    }

    private static TempDirectory Folder()
    {
        var dir = new TempDirectory();
        dir.File("news/a.txt", Article);
        dir.File("news/b.tml", TimeMl);
        return dir;
    }
}
