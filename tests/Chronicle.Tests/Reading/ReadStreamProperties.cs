using Chronicle.Reading;
using FsCheck.Xunit;

namespace Chronicle.Tests.Reading;

public class ReadStreamProperties
{
    [Property(MaxTest = 300)]
    public bool ReadStreamNeverThrowsAndEachResultIsArticleXorError(byte[] bytes, bool asHtml)
    {
        var origin = asHtml ? "random.html" : "-";
        var results = new ArticleReader().ReadStream(new MemoryStream(bytes ?? []), origin).ToList();
        return results.Count > 0 && results.All(r => (r.Article is null) != (r.Error is null));
    }

    [Property(MaxTest = 200)]
    public bool ReadStreamNeverThrowsOnTextThatLooksLikeMarkupOrJson(string text, int prefix)
    {
        string[] starts = ["<html>", "<rss><channel>", "<feed>", "{\"text\":", "[", "# ", "<p>"];
        var content = starts[Math.Abs(prefix % starts.Length)] + (text ?? string.Empty);
        var results = new ArticleReader().ReadStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), "-").ToList();
        return results.Count > 0 && results.All(r => (r.Article is null) != (r.Error is null));
    }
}
