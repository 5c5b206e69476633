using Chronicle.Benchmarks;
using Chronicle.Model;

namespace Chronicle.Tests.Benchmarks;

public sealed class StageBenchmarkTests
{
    [Fact]
    public void Every_stage_of_the_analysis_is_timed_on_the_same_articles()
    {
        var article = new RawArticle("bridge.txt", null, ArticleFormat.Text, """
            Bridge reopens after repairs

            Published 4 March 2022

            The city council voted on Monday to reopen the old river bridge, which engineers closed in July.
            The mayor said the bridge would carry traffic again from Friday.
            """);

        var timings = StageBenchmark.TimeStages([article, article with { Origin = "bridge-2.txt" }]);

        Assert.Equal(["clean", "date", "segment", "time (TIMEX3)", "entities", "events", "layers (JSON)", "whole analysis"], timings.Select(t => t.Stage));
        Assert.All(timings, t => Assert.Equal(2, t.Articles));
        Assert.All(timings, t => Assert.True(t.Tokens > 20, $"{t.Stage}: {t.Tokens} tokens"));
    }
}
