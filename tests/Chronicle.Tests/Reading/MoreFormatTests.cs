using System.Text;
using Chronicle.Model;
using Chronicle.Reading;
using static Chronicle.Tests.Reading.ReadingTestSupport;

namespace Chronicle.Tests.Reading;

public class MoreFormatTests
{
    [Fact]
    public void Utf16FileWithBomIsReadEndToEnd()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("story.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Caf\u00E9 reopens\r\non the quay.")]);
        var article = SingleArticle(new ArticleReader().ReadFile(path).ToList());
        Assert.Equal("Caf\u00E9 reopens\non the quay.", article.Text);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void Utf16WithoutBomWarningTravelsWithTheArticle()
    {
        var article = SingleArticle(ReadBytes(Encoding.Unicode.GetBytes("No mark at all, still text.")));
        Assert.Contains(article.Warnings, w => w.StartsWith("no byte-order mark", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonArrayItemThatIsNotAnObjectIsAnErrorWithItsIndex()
    {
        var results = ReadBytes(Encoding.UTF8.GetBytes("[{\"text\": \"Good.\"}, 7, {\"body\": \"Also good.\"}]"), "a.json");
        Assert.Equal(3, results.Count);
        Assert.Equal("item 2 is a number, not an article object", results[1].Error!.Message);
        Assert.Equal(2, results[1].Error!.Line);
        Assert.Equal("Also good.", results[2].Article!.Text);
    }

    [Fact]
    public void JsonObjectInTheTextFieldIsAnErrorNamingTheFieldAsWritten()
    {
        var error = SingleError(ReadBytes(Encoding.UTF8.GetBytes("{\"ArticleBody\": {\"p\": 1}, \"Title\": [1]}"), "a.json"));
        Assert.Equal("field \"ArticleBody\" is an object, expected a string; field \"Title\" is an array, expected a string", error.Message);
    }

    [Fact]
    public void JsonLinesLineThatIsNotAnObjectIsAnError()
    {
        var results = ReadBytes(Encoding.UTF8.GetBytes("{\"text\": \"a\"}\n\n[1, 2]\n"), "x.jsonl");
        Assert.Equal(2, results.Count);
        Assert.Equal(3, results[1].Error!.Line);
        Assert.Equal("line holds an array, not a JSON object", results[1].Error!.Message);
    }

    [Fact]
    public void JsonNamedFileHoldingJsonLinesIsReadAsLines()
    {
        var results = ReadBytes(Encoding.UTF8.GetBytes("{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), "export.json");
        Assert.Equal(["a", "b"], results.Select(r => r.Article!.Text));
        Assert.All(results, r => Assert.Equal(ArticleFormat.JsonLines, r.Article!.Format));
    }

    [Fact]
    public void RdfFeedItemsAreRead()
    {
        const string rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="x"><title>Shore Bulletin</title></channel>
              <item rdf:about="1"><title>Quay works</title><link>https://example.org/1</link><description>Work on the quay began.</description><dc:date>2031-03-01</dc:date><dc:creator>Ivo Brandt</dc:creator></item>
            </rdf:RDF>
            """;
        var article = SingleArticle(ReadBytes(Encoding.UTF8.GetBytes(rdf), "bulletin.rdf"));
        Assert.Equal(ArticleFormat.Rss, article.Format);
        Assert.Equal("Shore Bulletin", article.Outlet);
        Assert.Equal("2031-03-01", article.PublishedRaw);
        Assert.Equal("Ivo Brandt", article.Author);
        Assert.Equal(1, article.Line);
    }

    [Fact]
    public void FeedItemWithoutTextIsAnErrorForThatItemOnly()
    {
        const string rss = "<rss><channel><title>T</title><item><title>Empty</title></item><item><description>Full.</description></item></channel></rss>";
        var results = ReadBytes(Encoding.UTF8.GetBytes(rss), "f.rss");
        Assert.Equal("item 1 has no text (no content or description)", results[0].Error!.Message);
        Assert.Equal("Full.", results[1].Article!.Text);
    }

    [Fact]
    public void MalformedFeedIsAnErrorWithItsPosition()
    {
        var error = SingleError(ReadBytes(Encoding.UTF8.GetBytes("<rss><channel><item></channel></rss>"), "f.rss"));
        Assert.StartsWith("malformed XML at line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrailingDoubleStarTakesEveryFileBelow()
    {
        using var folder = new TempFolder();
        folder.Write("news/a.txt", "a");
        folder.Write("news/x/y/b.md", "b");
        var items = InputExpander.Expand([Path.Combine(folder.Root, "news", "**")]).ToList();
        Assert.Equal(["a.txt", "b.md"], items.Select(item => Path.GetFileName(item.Path)));
    }

    [Fact]
    public void LinkedFoldersAreNotWalkedIntoSoLoopsEnd()
    {
        using var folder = new TempFolder();
        folder.Write("root/a.txt", "a");
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "root", "loop"), Path.Combine(folder.Root, "root"));
        var items = InputExpander.Expand([Path.Combine(folder.Root, "root")]).ToList();
        Assert.Equal(["a.txt"], items.Select(item => Path.GetFileName(item.Path)));
    }
}
