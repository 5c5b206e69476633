using System.Text;
using Chronicle.Model;
using Chronicle.Reading;
using static Chronicle.Tests.Reading.ReadingTestSupport;

namespace Chronicle.Tests.Reading;

public class ArticleReaderTests
{
    [Fact]
    public void PlainTextIsReadAsIs()
    {
        var article = SingleArticle(ReadFixture("ferry-report.txt"));
        Assert.Equal(ArticleFormat.Text, article.Format);
        Assert.StartsWith("Ferry service to resume on Lake Varden\n\nThe council", article.Text, StringComparison.Ordinal);
        Assert.Null(article.Line);
        Assert.EndsWith("ferry-report.txt", article.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsAnErrorNamingIt()
    {
        var error = SingleError(new ArticleReader().ReadFile("/no/such/dir/story.txt").ToList());
        Assert.Equal("/no/such/dir/story.txt", error.Origin);
        Assert.Equal("no such file or directory", error.Message);
    }

    [Fact]
    public void DirectoryGivenAsAFileIsAnError()
    {
        using var folder = new TempFolder();
        Assert.Equal("is a directory", SingleError(new ArticleReader().ReadFile(folder.Root).ToList()).Message);
    }

    [Fact]
    public void FileOverTheSizeLimitIsRefusedWithItsSize()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", new string('a', 3000));
        var error = SingleError(new ArticleReader(new ReaderOptions(MaxBytes: 1024)).ReadFile(path).ToList());
        Assert.Equal("file is 2.9 KB, over the 1 KB limit (--max-size)", error.Message);
    }

    [Fact]
    public void DefaultSizeLimitIsTwentyMegabytes()
    {
        Assert.Equal(20L * 1024 * 1024, new ReaderOptions().MaxBytes);
        Assert.Equal("25 MB", ArticleReader.FormatSize(25L * 1024 * 1024));
    }

    [Fact]
    public void StreamOverTheSizeLimitIsRefused()
    {
        var error = SingleError(ReadBytes(new byte[5000], options: new ReaderOptions(MaxBytes: 100)));
        Assert.Equal("-", error.Origin);
        Assert.Contains("over the 100 bytes limit (--max-size)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileIsAnError()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.txt", string.Empty);
        Assert.Equal("empty file", SingleError(new ArticleReader().ReadFile(path).ToList()).Message);
    }

    [Fact]
    public void PngNamedAsTextIsRefusedAsBinary()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        var error = SingleError(new ArticleReader().ReadFile(path).ToList());
        Assert.Equal("binary file (PNG image)", error.Message);
        Assert.Equal(path, error.Origin);
    }

    [Fact]
    public void Windows1252FallbackWarningTravelsWithTheArticle()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("The mayor said "), 0x93, .. Encoding.ASCII.GetBytes("soon"), 0x94, (byte)'.'];
        var article = SingleArticle(ReadBytes(bytes));
        Assert.Equal("The mayor said \u201Csoon\u201D.", article.Text);
        Assert.Contains(TextDecoder.Windows1252Warning, article.Warnings);
    }

    [Fact]
    public void MarkdownIsStrippedToPlainTextKeepingLines()
    {
        var article = SingleArticle(ReadFixture("ferry-report.md"));
        Assert.Equal(ArticleFormat.Markdown, article.Format);
        Assert.Equal("Ferry service to resume on Lake Varden", article.Title);
        var lines = article.Text.Split('\n');
        Assert.Equal(File.ReadAllText(Fixture("ferry-report.md")).Split('\n').Length, lines.Length);
        Assert.Equal("Ferry service to resume on Lake Varden", lines[0]);
        Assert.Equal("By Tamsin Holt, staff writer", lines[2]);
        Assert.Equal("The council of Orrin Bay voted to restart the winter ferry on Tuesday.", lines[4]);
        Assert.Equal(string.Empty, lines[5]);
        Assert.Equal("What happens next", lines[7]);
        Assert.Equal("The first crossing runs in early March.", lines[9]);
        Assert.Equal("Tickets cost 4.50 each.", lines[10]);
        Assert.Equal("\"We listened to the riders,\" the mayor said.", lines[12]);
        Assert.DoesNotContain("https://", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlGivesMainTextAndMetadata()
    {
        var article = SingleArticle(ReadFixture("ferry-page.html"));
        Assert.Equal(ArticleFormat.Html, article.Format);
        Assert.Equal("Ferry service to resume on Lake Varden", article.Title);
        Assert.Equal("Varden Courier", article.Outlet);
        Assert.Equal("Tamsin Holt, Ivo Brandt", article.Author);
        Assert.Equal("2031-02-11T08:30:00+01:00", article.PublishedRaw);
        Assert.Equal("https://courier.example.org/2031/ferry-returns", article.Url);
        Assert.Contains("The council of the fictional town of Orrin Bay voted on Tuesday", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlTextHasOneLinePerBlockAndKeepsNoBreakSpaces()
    {
        var text = SingleArticle(ReadFixture("ferry-page.html")).Text;
        var paragraphs = text.Split("\n\n");
        Assert.Contains(paragraphs, p => p.StartsWith("Councillors approved the repair budget", StringComparison.Ordinal) && !p.Contains('\n'));
        Assert.Contains("that\u00A0tickets", text, StringComparison.Ordinal);
        Assert.Contains("wanted their boat back,\nthe mayor told reporters", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlOfOnlyScriptsAndStylesIsAnError()
    {
        Assert.Equal("no article text in HTML", SingleError(ReadFixture("scripts-only.html")).Message);
    }

    [Fact]
    public void HtmlNestedTenThousandDeepDoesNotCrash()
    {
        var depth = 10_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "Deep ferry news sits here."
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var results = ReadBytes(Encoding.UTF8.GetBytes(html), "deep.html");
        var article = SingleArticle(results);
        Assert.Contains("Deep ferry news sits here.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlNestedJustUnderTheExtractorGuardIsReadOnAPoolThread()
    {
        // The extractor recurses; 250 levels is past any real page and must still fit a pool thread's stack.
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("Some words about the ferry, the lake and the council. ", 20)) + "</p>";
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 250)) + paragraph + paragraph
            + string.Concat(Enumerable.Repeat("</div>", 250)) + "</body></html>";
        var results = await Task.Run(() => ReadBytes(Encoding.UTF8.GetBytes(html), "nested.html"));
        Assert.StartsWith("Some words about the ferry", SingleArticle(results).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlMetadataFromMetaTagsAndTimeElementWithoutJsonLd()
    {
        const string html = """
            <html><head><meta name="dc.date" content="2031-02-11"><meta name="byl" content="By Ivo Brandt">
            <meta property="og:site_name" content="Lake Weekly"></head>
            <body><header><time datetime="2031-01-01">Jan 1</time></header><p>Text of a short report about the ferry on the lake.</p></body></html>
            """;
        var article = SingleArticle(ReadBytes(Encoding.UTF8.GetBytes(html), "page.html"));
        Assert.Equal("2031-02-11", article.PublishedRaw);
        Assert.Equal("By Ivo Brandt", article.Author);
        Assert.Equal("Lake Weekly", article.Outlet);
        Assert.Contains("Text of a short report", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlInATextFileIsSniffed()
    {
        var html = "<!DOCTYPE html><html><body><p>The ferry returns in March.</p></body></html>";
        var article = SingleArticle(ReadBytes(Encoding.UTF8.GetBytes(html), "story.txt"));
        Assert.Equal(ArticleFormat.Html, article.Format);
        Assert.Equal("The ferry returns in March.", article.Text);
    }

    [Fact]
    public void JsonArrayGivesOneArticlePerItemWithMappedFields()
    {
        var results = ReadFixture("ferry-articles.json");
        Assert.Equal(2, results.Count);
        var first = results[0].Article!;
        Assert.Equal(1, first.Line);
        Assert.Equal("Ferry service to resume", first.Title);
        Assert.Equal("The council voted to restart the winter ferry.\nThe first crossing runs in March.", first.Text);
        Assert.Equal("2031-02-11", first.PublishedRaw);
        Assert.Equal("https://courier.example.org/ferry-returns", first.Url);
        Assert.Equal("Varden Courier", first.Outlet);
        Assert.Equal("Tamsin Holt, Ivo Brandt", first.Author);
        var second = results[1].Article!;
        Assert.Equal(2, second.Line);
        Assert.Equal("The harbour office invited bids.\n\nWork starts in spring.", second.Text);
        Assert.Equal("1928570400", second.PublishedRaw);
    }

    [Fact]
    public void JsonObjectWithAnArticlesArrayIsUnwrapped()
    {
        var results = ReadFixture("ferry-wrapped.json");
        var article = SingleArticle(results);
        Assert.Equal("The council voted to restart the winter ferry.", article.Text);
        Assert.Equal(1, article.Line);
    }

    [Fact]
    public void JsonFieldOfTheWrongTypeIsAnErrorNamingTheField()
    {
        var error = SingleError(ReadFixture("wrong-type.json"));
        Assert.Equal("field \"text\" is a number, expected a string", error.Message);
    }

    [Fact]
    public void JsonWithoutTextFieldListsTheNamesItLookedFor()
    {
        var error = SingleError(ReadBytes(Encoding.UTF8.GetBytes("{\"title\": \"Only a title\"}"), "x.json"));
        Assert.Equal("no article text (no field text, body, content, article or articleBody)", error.Message);
    }

    [Fact]
    public void MalformedJsonIsAnErrorWithItsPosition()
    {
        var error = SingleError(ReadBytes(Encoding.UTF8.GetBytes("{\"text\": \"a\",\n \"title\": }"), "x.json"));
        Assert.StartsWith("malformed JSON:", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLinesWithAMalformedLineReportsItAndReadsTheRest()
    {
        var results = ReadFixture("ferry-lines.jsonl");
        Assert.Equal(3, results.Count);
        Assert.Equal(1, results[0].Article!.Line);
        Assert.Equal(ArticleFormat.JsonLines, results[0].Article!.Format);
        Assert.Equal(2, results[1].Error!.Line);
        Assert.StartsWith("malformed JSON", results[1].Error!.Message, StringComparison.Ordinal);
        Assert.EndsWith("ferry-lines.jsonl:2", results[1].Error!.Location, StringComparison.Ordinal);
        Assert.Equal("The first crossing runs in March.", results[2].Article!.Text);
        Assert.Equal(3, results[2].Article!.Line);
    }

    [Fact]
    public void JsonLinesWithoutExtensionIsSniffed()
    {
        var lines = "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n";
        var results = ReadBytes(Encoding.UTF8.GetBytes(lines));
        Assert.All(results, r => Assert.Equal(ArticleFormat.JsonLines, r.Article!.Format));
        Assert.Equal(["One.", "Two."], results.Select(r => r.Article!.Text));
    }

    [Fact]
    public void HugeJsonLineUpToTheLimitIsRead()
    {
        var body = new string('w', 3_000_000);
        var article = SingleArticle(ReadBytes(Encoding.UTF8.GetBytes("{\"text\": \"" + body + "\"}\n"), "big.jsonl"));
        Assert.Equal(body.Length, article.Text.Length);
    }

    [Fact]
    public void RssGivesOneArticlePerItem()
    {
        var results = ReadFixture("ferry-feed.rss");
        Assert.Equal(2, results.Count);
        var first = results[0].Article!;
        Assert.Equal(ArticleFormat.Rss, first.Format);
        Assert.Equal(1, first.Line);
        Assert.Equal("The council voted to restart the winter ferry.\n\nThe first crossing runs in March.", first.Text);
        Assert.Equal("Tue, 11 Feb 2031 08:30:00 +0100", first.PublishedRaw);
        Assert.Equal("Tamsin Holt", first.Author);
        Assert.Equal("Varden Courier", first.Outlet);
        Assert.Equal("https://courier.example.org/ferry-returns", first.Url);
        Assert.Equal("The harbour office invited bids for the repair work.", results[1].Article!.Text);
        Assert.Equal(2, results[1].Article!.Line);
    }

    [Fact]
    public void AtomGivesOneArticlePerEntry()
    {
        var results = ReadFixture("ferry-feed.atom");
        Assert.Equal(2, results.Count);
        var first = results[0].Article!;
        Assert.Equal(ArticleFormat.Atom, first.Format);
        Assert.Equal("2031-02-11T08:30:00+01:00", first.PublishedRaw);
        Assert.Equal("Tamsin Holt", first.Author);
        Assert.Equal("Varden Courier", first.Outlet);
        Assert.Equal("https://courier.example.org/ferry-returns", first.Url);
        var second = results[1].Article!;
        Assert.Equal("The harbour office invited bids.\n\nWork starts in spring.", second.Text);
        Assert.Equal("2031-02-12T10:00:00Z", second.PublishedRaw);
        Assert.Equal("https://courier.example.org/harbour-bids", second.Url);
    }

    [Fact]
    public void FeedWithAnExternalEntityIsRefused()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>X</title><item><description>&secret;</description></item></channel></rss>
            """;
        var error = SingleError(ReadBytes(Encoding.UTF8.GetBytes(xml), "evil.rss"));
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XmlThatIsNotAFeedIsAnError()
    {
        var error = SingleError(ReadBytes(Encoding.UTF8.GetBytes("<catalog><book>A</book></catalog>"), "books.xml"));
        Assert.Equal("XML is not an RSS, RDF or Atom feed (its root element is <catalog>)", error.Message);
    }

    [Fact]
    public void ForcedFormatOverridesDetection()
    {
        var article = SingleArticle(ReadBytes(Encoding.UTF8.GetBytes("<p>kept as text</p>"), options: new ReaderOptions(Format: ArticleFormat.Text)));
        Assert.Equal("<p>kept as text</p>", article.Text);
    }

    [Fact]
    public void StdinItemIsReadFromTheGivenStream()
    {
        var item = Assert.Single(InputExpander.Expand(["-"]));
        var results = new ArticleReader().Read(item, () => new MemoryStream(Encoding.UTF8.GetBytes("From a pipe."))).ToList();
        var article = SingleArticle(results);
        Assert.Equal("-", article.Origin);
        Assert.Equal("From a pipe.", article.Text);
    }
}
