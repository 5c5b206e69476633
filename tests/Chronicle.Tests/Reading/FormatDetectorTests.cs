using Chronicle.Model;
using Chronicle.Reading;

namespace Chronicle.Tests.Reading;

public class FormatDetectorTests
{
    [Theory]
    [InlineData("a.txt", ArticleFormat.Text)]
    [InlineData("a.TEXT", ArticleFormat.Text)]
    [InlineData("a.md", ArticleFormat.Markdown)]
    [InlineData("a.markdown", ArticleFormat.Markdown)]
    [InlineData("a.htm", ArticleFormat.Html)]
    [InlineData("a.xhtml", ArticleFormat.Html)]
    [InlineData("a.json", ArticleFormat.Json)]
    [InlineData("a.ndjson", ArticleFormat.JsonLines)]
    [InlineData("a.unknown", ArticleFormat.Text)]
    [InlineData("noextension", ArticleFormat.Text)]
    public void ExtensionDecidesWhenTheContentIsPlain(string name, ArticleFormat expected)
    {
        Assert.Equal(expected, FormatDetector.Detect(name, "Just words about a ferry."));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>", ArticleFormat.Html)]
    [InlineData("  <HTML lang=\"en\"><p>x</p></HTML>", ArticleFormat.Html)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- saved -->\n<rss version=\"2.0\"><channel/></rss>", ArticleFormat.Rss)]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//x//DTD RSS 0.91//EN\" \"http://x/rss.dtd\"><rss/>", ArticleFormat.Rss)]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>", ArticleFormat.Rss)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", ArticleFormat.Atom)]
    [InlineData("{\"text\": \"x\"}", ArticleFormat.Json)]
    [InlineData("[{\"text\": \"x\"}]", ArticleFormat.Json)]
    [InlineData("{\"text\": \"x\"}\n{\"text\": \"y\"}\n", ArticleFormat.JsonLines)]
    [InlineData("[Updated] The ferry returns in March.", ArticleFormat.Text)]
    [InlineData("<b>Bold</b> start of a plain note", ArticleFormat.Text)]
    public void ContentIsSniffedWhenTheExtensionSaysNothing(string content, ArticleFormat expected)
    {
        Assert.Equal(expected, FormatDetector.Detect("stdin", content));
    }

    [Fact]
    public void ContentOverridesAnExtensionThatLies()
    {
        Assert.Equal(ArticleFormat.Html, FormatDetector.Detect("story.txt", "<!doctype html><p>x</p>"));
        Assert.Equal(ArticleFormat.Atom, FormatDetector.Detect("feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"));
        Assert.Equal(ArticleFormat.Rss, FormatDetector.Detect("feed.md", "<rss version=\"2.0\"/>"));
    }

    [Fact]
    public void BrokenJsonStaysJsonSoItsErrorIsReported()
    {
        Assert.Equal(ArticleFormat.Json, FormatDetector.Detect("broken.json", "{\"text\": "));
    }
}
