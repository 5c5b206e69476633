using Chronicle.Tests.Corpus;
using Chronicle.Tests.Storage;
using Chronicle.Timeline;

namespace Chronicle.Tests.Timeline;

public sealed class PeriodDatingTests
{
    [Fact]
    public void Talks_held_over_the_past_months_span_them_up_to_the_writing()
    {
        using var folder = new TempDirectory();
        folder.File("a.json", """
            {"title": "Talks go on", "outlet": "Harbour Post", "date": "2021-10-30",
             "text": "For the past several months, the Kestrel Party has held talks with the Union Front about the port."}
            """);
        using var temp = new TempStore();
        using var store = temp.Open();
        CorpusStores.Ingest(store, CorpusStores.Inputs(folder.Path));

        var talks = Assert.Single(TimelineBuilder.Build(store).Events, e => e.Type == "TALKS");
        Assert.Equal(("2021-03", "2021-10", "month"), (talks.Date, talks.End, talks.Granularity));
    }
}
