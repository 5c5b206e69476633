namespace Chronicle.Tests.Cli;

public sealed class EvalNerNewsCommandTests
{
    [SkippableFact]
    public void The_gold_scores_its_test_part_and_the_bbc_set_all_of_its_articles()
    {
        SharedData.SkipIfAbsent();
        var data = SharedData.Path("data");

        var gold = CliRunner.Run("eval", "ner-news", "--data", data);
        var bbc = CliRunner.Run("eval", "ner-news", "--set", "bbc", "--data", data);

        Assert.Equal(0, gold.ExitCode);
        Assert.StartsWith("news-ner-gold (test, 32 articles)", gold.Out, StringComparison.Ordinal);
        Assert.Equal(0, bbc.ExitCode);
        Assert.StartsWith("news-ner-bbc (all, 111 articles)", bbc.Out, StringComparison.Ordinal);
        Assert.Matches(@"\nALL\s+3180\s", bbc.Out);
    }

    [Fact]
    public void A_data_folder_without_the_articles_names_the_missing_article()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run("eval", "ner-news", "--set", "bbc", "--data", temp.Path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("news-ner-bbc.tsv:", result.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }
}
