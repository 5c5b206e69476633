using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Chronicle.Resources;

namespace Chronicle.Reading;

/// <summary>What a page states about its article in meta tags, JSON-LD and time elements.</summary>
internal sealed record HtmlMetadata(string? Title, string? Author, string? Published, string? Url, string? Outlet)
{
    private static readonly FieldTable MetaNames = new("Reading/Resources/html-meta.txt");

    private static readonly string[] ArticleTypes = [.. ResourceFiles.ReadDataLines("Reading/Resources/jsonld-article-types.txt")];

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>How many elements of the body a &lt;time datetime&gt; may follow and still count as the article's date.</summary>
    private const int TimeElementWindow = 300;

    public static HtmlMetadata Extract(IHtmlDocument document)
    {
        var meta = FromMetaTags(document);
        var linked = FromJsonLd(document);
        var published = linked.Published ?? meta.Published ?? FromItemProp(document) ?? FromTimeElement(document);
        var url = linked.Url ?? meta.Url ?? Canonical(document);
        return new HtmlMetadata(
            Clean(meta.Title ?? linked.Title),
            Clean(linked.Author ?? meta.Author),
            Clean(published),
            Clean(url),
            Clean(meta.Outlet ?? linked.Outlet));
    }

    private static HtmlMetadata FromMetaTags(IHtmlDocument document)
    {
        var best = new Dictionary<string, (int Rank, string Value)>(StringComparer.Ordinal);
        foreach (var element in document.GetElementsByTagName("meta"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var key in (ReadOnlySpan<string?>)[element.GetAttribute("property"), element.GetAttribute("name"), element.GetAttribute("itemprop")])
            {
                if (key is null || !MetaNames.TryGetField(key.Trim(), out var field, out var rank))
                {
                    continue;
                }

                // An author given as a profile URL names no one.
                if (field == "author" && content.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!best.TryGetValue(field, out var current) || rank < current.Rank)
                {
                    best[field] = (rank, content);
                }
            }
        }

        string? Get(string field) => best.TryGetValue(field, out var value) ? value.Value : null;
        return new HtmlMetadata(Get("title"), Get("author"), Get("published"), Get("url"), Get("outlet"));
    }

    private static string? FromItemProp(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[itemprop]"))
        {
            if (element.LocalName != "meta" && string.Equals(element.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase))
            {
                return element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
            }
        }

        return null;
    }

    /// <summary>The first &lt;time datetime&gt; near the top of the body: a dateline's date, not one of the text's own.</summary>
    private static string? FromTimeElement(IHtmlDocument document)
    {
        if (document.Body is null)
        {
            return null;
        }

        var seen = 0;
        foreach (var element in document.Body.Descendants<IElement>())
        {
            if (++seen > TimeElementWindow)
            {
                break;
            }

            if (element.LocalName == "time" && element.GetAttribute("datetime") is { Length: > 0 } datetime)
            {
                return datetime;
            }
        }

        return null;
    }

    private static string? Canonical(IHtmlDocument document)
    {
        foreach (var link in document.GetElementsByTagName("link"))
        {
            if (string.Equals(link.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
            {
                return link.GetAttribute("href");
            }
        }

        return null;
    }

    private static HtmlMetadata FromJsonLd(IHtmlDocument document)
    {
        HtmlMetadata? best = null;
        var bestRank = int.MaxValue;
        foreach (var script in document.GetElementsByTagName("script"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script.TextContent, JsonOptions);
                foreach (var node in Candidates(json.RootElement))
                {
                    var rank = TypeRank(node);
                    if (rank < bestRank)
                    {
                        bestRank = rank;
                        best = FromLinkedData(node);
                    }
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the meta tags still count.
            }
        }

        return best ?? new HtmlMetadata(null, null, null, null, null);
    }

    /// <summary>The objects of a JSON-LD block that may describe the article: the root, array items, @graph and mainEntity members.</summary>
    private static IEnumerable<JsonElement> Candidates(JsonElement root)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray().Reverse())
                {
                    pending.Push(item);
                }

                continue;
            }

            if (node.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            yield return node;
            foreach (var property in node.EnumerateObject())
            {
                if (property.NameEquals("@graph") || property.NameEquals("mainEntity"))
                {
                    pending.Push(property.Value);
                }
            }
        }
    }

    private static int TypeRank(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return int.MaxValue;
        }

        var rank = int.MaxValue;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToArray() : [type];
        foreach (var item in types)
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                var index = Array.FindIndex(ArticleTypes, t => string.Equals(t, item.GetString(), StringComparison.OrdinalIgnoreCase));
                if (index >= 0 && index < rank)
                {
                    rank = index;
                }
            }
        }

        return rank;
    }

    private static HtmlMetadata FromLinkedData(JsonElement node) => new(
        StringOf(node, "headline") ?? StringOf(node, "name"),
        Names(node, "author"),
        StringOf(node, "datePublished") ?? StringOf(node, "dateCreated"),
        StringOf(node, "url"),
        Names(node, "publisher"));

    private static string? StringOf(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A person or organisation given as a string, an object with a name, or an array of either.</summary>
    private static string? Names(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var value))
        {
            return null;
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value];
        var names = new List<string>();
        foreach (var item in items)
        {
            var text = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => StringOf(item, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text) && !names.Contains(text.Trim()))
            {
                names.Add(text.Trim());
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
