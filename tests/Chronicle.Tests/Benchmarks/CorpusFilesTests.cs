using Chronicle.Benchmarks;
using Chronicle.Model;
using Chronicle.Reading;

namespace Chronicle.Tests.Benchmarks;

public sealed class CorpusFilesTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Written_corpus_reads_back_article_for_article_spread_over_the_files()
    {
        var sources = new[]
        {
            new RawArticle("a.txt", null, ArticleFormat.Text, "Ferry Strike Ends\n\nThe ferry strike ended in 2031 after Ana Tolle met the union.\n\nBoats ran again on Friday.\n\nThe port said so.", "Ferry Strike Ends", "Ana Tolle", "2031-05-02", "https://news.example/ferry", "Coast Daily"),
            new RawArticle("b.txt", null, ArticleFormat.Text, "Bridge Reopens\n\nThe bridge reopened in 2030, said Omar Lind.", "Bridge Reopens"),
        };
        var corpus = new CorpusVariator(sources).Generate(7).ToList();

        var paths = CorpusFiles.Write(corpus, temp.Path, files: 3);

        Assert.Equal(3, paths.Count);
        var read = paths.SelectMany(p => new ArticleReader().ReadAll([p])).Select(r => r.Article!).ToList();
        Assert.Equal(7, read.Count);
        Assert.Equal(corpus.Select(a => a.Text).Order(StringComparer.Ordinal), read.Select(a => a.Text).Order(StringComparer.Ordinal));
        var first = read.Single(a => a.Text == corpus[0].Text);
        Assert.Equal(("Ferry Strike Ends", "https://news.example/ferry", "2031-05-02"), (first.Title, first.Url, first.PublishedRaw));
    }
}
