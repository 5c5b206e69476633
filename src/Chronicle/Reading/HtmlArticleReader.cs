using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Chronicle.Model;

namespace Chronicle.Reading;

/// <summary>
/// Reads a web page: the main content found by SmartReader, rendered as text with one paragraph per
/// block, and the title, author, date, URL and outlet the page states. When SmartReader finds nothing
/// (or the page is too deeply nested to hand to a recursive extractor) the whole body's text is used.
/// </summary>
internal static class HtmlArticleReader
{
    public const string NoTextMessage = "no article text in HTML";

    /// <summary>
    /// Pages nested deeper than this skip SmartReader, whose walks recurse: real pages stay far below
    /// it, and a stack overflow cannot be caught, so the guard must come before the call.
    /// </summary>
    private const int MaxDepthForExtraction = 256;

    public static ReadResult Read(string html, string origin)
    {
        var document = Parse(html);
        var metadata = HtmlMetadata.Extract(document);
        var extract = MaxDepth(document) <= MaxDepthForExtraction;
        var (text, title, byline, siteName) = extract ? Extract(document, origin) : (null, null, null, null);

        if (string.IsNullOrWhiteSpace(text))
        {
            // SmartReader edits the document it reads; the fallback needs the page as it was.
            var page = extract ? Parse(html) : document;
            text = page.Body is { } body ? HtmlTextRenderer.Render(body) : string.Empty;
            title ??= page.Title;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Fail(origin, null, NoTextMessage);
        }

        return ReadResult.Ok(new RawArticle(
            origin,
            null,
            ArticleFormat.Html,
            text,
            Title: metadata.Title ?? Blank(title),
            Author: metadata.Author ?? Blank(byline),
            PublishedRaw: metadata.Published,
            Url: metadata.Url,
            Outlet: metadata.Outlet ?? Blank(siteName)));
    }

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static (string? Text, string? Title, string? Byline, string? SiteName) Extract(IHtmlDocument document, string origin)
    {
        try
        {
            // The constructor that takes a document reads it as given; ParseArticle(url, html) would download the URL.
            using var reader = new SmartReader.Reader(DummyUrl(origin), document);
            var article = reader.GetArticle();
            var text = string.IsNullOrWhiteSpace(article.Content) ? null : HtmlTextRenderer.FragmentToText(article.Content);
            return (text, article.Title, article.Byline ?? article.Author, article.SiteName);
        }
#pragma warning disable CA1031 // Any failure inside the extractor falls back to the body text; reading must never throw.
        catch (Exception)
#pragma warning restore CA1031
        {
            return (null, null, null, null);
        }
    }

    /// <summary>SmartReader wants an absolute URL to resolve links against; a file URL names the page and fetches nothing.</summary>
    private static string DummyUrl(string origin)
    {
        try
        {
            return new Uri(Path.GetFullPath(origin == InputItem.StdinName ? "stdin.html" : origin)).AbsoluteUri;
        }
        catch (Exception ex) when (ex is ArgumentException or UriFormatException or NotSupportedException or PathTooLongException)
        {
            return "file:///article.html";
        }
    }

    /// <summary>The deepest element nesting, found without recursion.</summary>
    internal static int MaxDepth(IDocument document)
    {
        var deepest = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is IElement)
                {
                    stack.Push((child, depth + 1));
                }
            }
        }

        return deepest;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
