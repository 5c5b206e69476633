using System.Xml;
using System.Xml.Linq;
using Chronicle.Model;

namespace Chronicle.Reading;

/// <summary>
/// Reads a saved RSS 2.0, RSS 1.0 (RDF) or Atom feed: one article per item or entry, with the
/// channel's title as the outlet. The XML parser refuses DTDs and resolves nothing outside the
/// file, so a hostile feed cannot read local files or reach the network (XXE).
/// </summary>
internal static class FeedReader
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
    };

    public static IEnumerable<ReadResult> Read(string xml, string origin)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            var message = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "XML with a DTD is refused (DTDs are never processed, for safety)"
                : $"malformed XML at line {ex.LineNumber}, column {ex.LinePosition}: {ex.Message}";
            return [ReadResult.Fail(origin, null, message)];
        }

        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "rss" => ReadItems(root.Element(root.Name.Namespace + "channel") ?? Child(root, "channel"), origin),
            "RDF" => ReadItems(root, origin, Child(root, "channel")),
            "feed" => ReadEntries(root, origin),
            var other => [ReadResult.Fail(origin, null, $"XML is not an RSS, RDF or Atom feed (its root element is <{other}>)")],
        };
    }

    /// <summary>RSS items: children of the channel (RSS 2.0) or of the root beside the channel (RDF).</summary>
    private static IEnumerable<ReadResult> ReadItems(XElement? container, string origin, XElement? channel = null)
    {
        if (container is null)
        {
            yield return ReadResult.Fail(origin, null, "RSS feed has no channel");
            yield break;
        }

        var outlet = Value(Child(channel ?? container, "title"));
        var index = 0;
        foreach (var item in container.Elements().Where(e => e.Name.LocalName == "item"))
        {
            index++;
            var html = Value(item.Element(XName.Get("encoded", ContentModule)))
                ?? Value(Child(item, "description"))
                ?? Value(Child(item, "summary"))
                ?? Value(Child(item, "content"));
            var author = Value(Child(item, "author")) ?? Value(item.Element(XName.Get("creator", DublinCore)));
            var published = Value(Child(item, "pubDate")) ?? Value(item.Element(XName.Get("date", DublinCore)))
                ?? Value(Child(item, "published")) ?? Value(Child(item, "updated"));
            yield return Article(origin, index, ArticleFormat.Rss, html, Value(Child(item, "title")), author, published, Value(Child(item, "link")), outlet);
        }

        if (index == 0)
        {
            yield return ReadResult.Fail(origin, null, "feed has no items");
        }
    }

    private static IEnumerable<ReadResult> ReadEntries(XElement feed, string origin)
    {
        var outlet = Value(Child(feed, "title"));
        var index = 0;
        foreach (var entry in feed.Elements().Where(e => e.Name.LocalName == "entry"))
        {
            index++;
            var content = AtomText(Child(entry, "content")) ?? AtomText(Child(entry, "summary"));
            var authors = entry.Elements().Where(e => e.Name.LocalName == "author")
                .Select(a => Value(Child(a, "name")) ?? Value(a))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var link = entry.Elements().Where(e => e.Name.LocalName == "link")
                .FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
            var published = Value(Child(entry, "published")) ?? Value(Child(entry, "updated")) ?? Value(entry.Element(XName.Get("date", DublinCore)));
            yield return Article(
                origin, index, ArticleFormat.Atom, content, AtomText(Child(entry, "title")),
                authors.Count == 0 ? null : string.Join(", ", authors), published, Blank(link), outlet);
        }

        if (index == 0)
        {
            yield return ReadResult.Fail(origin, null, "feed has no entries");
        }
    }

    private static ReadResult Article(
        string origin, int index, ArticleFormat format, string? html, string? title, string? author, string? published, string? url, string? outlet)
    {
        var text = html is null ? null : HtmlTextRenderer.MaybeHtmlToText(html);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Fail(origin, index, $"{(format == ArticleFormat.Atom ? "entry" : "item")} {index} has no text (no content or description)");
        }

        var plainTitle = title is null ? null : Blank(HtmlTextRenderer.MaybeHtmlToText(title));
        return ReadResult.Ok(new RawArticle(origin, index, format, text, plainTitle, Blank(author), Blank(published), Blank(url), Blank(outlet)));
    }

    /// <summary>An Atom text construct: type="xhtml" holds markup as child elements; "html" holds it escaped; "text" is plain.</summary>
    private static string? AtomText(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        if ((string?)element.Attribute("type") == "xhtml")
        {
            return Blank(string.Concat(element.Nodes().Select(node => node.ToString(SaveOptions.DisableFormatting))));
        }

        return Value(element);
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Value(XElement? element) => element is null ? null : Blank(element.Value);

    private static string? Blank(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
