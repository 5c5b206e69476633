using System.Text;
using System.Text.Json;
using Chronicle.Model;

namespace Chronicle.Reading;

/// <summary>
/// Reads articles from JSON (one object, an array of them, or an object holding them under
/// articles/items/data) and JSON Lines (one object per line). A bad line or item becomes an error
/// of its own and the rest are still read.
/// </summary>
internal static class JsonArticleReader
{
    private static readonly FieldTable Fields = new("Reading/Resources/json-fields.txt");

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IEnumerable<ReadResult> ReadJson(string text, string origin)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            // Files named .json often hold JSON Lines.
            var start = text.AsSpan().IndexOfAnyExcept(" \t\n\r\uFEFF");
            if (start >= 0 && FormatDetector.SniffJson(text, start) == ArticleFormat.JsonLines)
            {
                return ReadLines(text, origin);
            }

            return [ReadResult.Fail(origin, null, "malformed JSON: " + Describe(ex, withLine: true))];
        }

        return ReadDocument(document, origin);
    }

    public static IEnumerable<ReadResult> ReadLines(string text, string origin)
    {
        var number = 0;
        foreach (var line in text.AsMemory().EnumerateLines())
        {
            number++;
            if (line.Span.IsWhiteSpace())
            {
                continue;
            }

            yield return ReadLine(line, origin, number);
        }
    }

    private static ReadResult ReadLine(ReadOnlyMemory<char> line, string origin, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line, Options);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? FromObject(root, origin, number, ArticleFormat.JsonLines)
                : ReadResult.Fail(origin, number, $"line holds {KindName(root.ValueKind)}, not a JSON object");
        }
        catch (JsonException ex)
        {
            return ReadResult.Fail(origin, number, "malformed JSON: " + Describe(ex, withLine: false));
        }
    }

    private static IEnumerable<ReadResult> ReadDocument(JsonDocument document, string origin)
    {
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && !HasText(root) && FindItems(root) is { } items)
            {
                root = items;
            }

            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    yield return FromObject(root, origin, null, ArticleFormat.Json);
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in root.EnumerateArray())
                    {
                        index++;
                        yield return item.ValueKind == JsonValueKind.Object
                            ? FromObject(item, origin, index, ArticleFormat.Json)
                            : ReadResult.Fail(origin, index, $"item {index} is {KindName(item.ValueKind)}, not an article object");
                    }

                    if (index == 0)
                    {
                        yield return ReadResult.Fail(origin, null, "no articles in JSON array");
                    }

                    break;
                default:
                    yield return ReadResult.Fail(origin, null, $"JSON holds {KindName(root.ValueKind)}, not an article object or array");
                    break;
            }
        }
    }

    private static JsonElement? FindItems(JsonElement container)
    {
        foreach (var property in container.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && Fields.TryGetField(property.Name, out var field, out _) && field == "items")
            {
                return property.Value;
            }
        }

        return null;
    }

    private static bool HasText(JsonElement item) => Best(item).ContainsKey("text");

    /// <summary>For each field, the most preferred non-null property that holds it.</summary>
    private static Dictionary<string, JsonProperty> Best(JsonElement item)
    {
        var best = new Dictionary<string, (int Rank, JsonProperty Property)>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null
                && Fields.TryGetField(property.Name, out var field, out var rank)
                && (!best.TryGetValue(field, out var current) || rank < current.Rank))
            {
                best[field] = (rank, property);
            }
        }

        return best.ToDictionary(pair => pair.Key, pair => pair.Value.Property, StringComparer.Ordinal);
    }

    private static ReadResult FromObject(JsonElement item, string origin, int? line, ArticleFormat format)
    {
        var fields = Best(item);
        if (!fields.TryGetValue("text", out var textProperty))
        {
            return ReadResult.Fail(origin, line, $"no article text (no field {Fields.Describe("text")})");
        }

        var errors = new List<string>();
        var text = BodyText(textProperty, errors);
        var title = Single(fields, "title", errors);
        var published = Published(fields, errors);
        var url = Single(fields, "url", errors);
        var outlet = Names(fields, "outlet", errors);
        var author = Names(fields, "author", errors);
        if (errors.Count > 0)
        {
            return ReadResult.Fail(origin, line, string.Join("; ", errors));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Fail(origin, line, $"field \"{textProperty.Name}\" is empty");
        }

        var titleText = title is null ? null : HtmlTextRenderer.MaybeHtmlToText(title);
        return ReadResult.Ok(new RawArticle(origin, line, format, text, Blank(titleText), author, published, url, outlet));
    }

    /// <summary>The body: a string (HTML turned into text) or an array of paragraph strings.</summary>
    private static string? BodyText(JsonProperty property, List<string> errors)
    {
        var value = property.Value;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return HtmlTextRenderer.MaybeHtmlToText(value.GetString()!);
            case JsonValueKind.Array when value.EnumerateArray().All(part => part.ValueKind == JsonValueKind.String):
                var paragraphs = value.EnumerateArray().Select(part => HtmlTextRenderer.MaybeHtmlToText(part.GetString()!)).Where(p => p.Length > 0);
                return string.Join("\n\n", paragraphs);
            default:
                errors.Add(WrongType(property, "a string"));
                return null;
        }
    }

    private static string? Single(Dictionary<string, JsonProperty> fields, string field, List<string> errors)
    {
        if (!fields.TryGetValue(field, out var property))
        {
            return null;
        }

        if (property.Value.ValueKind != JsonValueKind.String)
        {
            errors.Add(WrongType(property, "a string"));
            return null;
        }

        return Blank(property.Value.GetString());
    }

    /// <summary>A date as a string, or as a number (a timestamp the Dating stage may read), kept unparsed.</summary>
    private static string? Published(Dictionary<string, JsonProperty> fields, List<string> errors)
    {
        if (!fields.TryGetValue("published", out var property))
        {
            return null;
        }

        switch (property.Value.ValueKind)
        {
            case JsonValueKind.String:
                return Blank(property.Value.GetString());
            case JsonValueKind.Number:
                return property.Value.GetRawText();
            default:
                errors.Add(WrongType(property, "a string"));
                return null;
        }
    }

    /// <summary>A person or outlet: a string, an object with a name, or an array of those (joined with commas).</summary>
    private static string? Names(Dictionary<string, JsonProperty> fields, string field, List<string> errors)
    {
        if (!fields.TryGetValue(field, out var property))
        {
            return null;
        }

        var value = property.Value;
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value];
        var names = new List<string>();
        foreach (var item in items)
        {
            string? name;
            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    name = item.GetString();
                    break;
                case JsonValueKind.Object when item.TryGetProperty("name", out var inner) && inner.ValueKind == JsonValueKind.String:
                    name = inner.GetString();
                    break;
                case JsonValueKind.Null:
                    continue;
                default:
                    errors.Add(WrongType(property, "a string or an object with a name"));
                    return null;
            }

            if (Blank(name) is { } clean && !names.Contains(clean))
            {
                names.Add(clean);
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string WrongType(JsonProperty property, string expected) =>
        $"field \"{property.Name}\" is {KindName(property.Value.ValueKind)}, expected {expected}";

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>The parser's reason without its own position suffix, and the position in words.</summary>
    private static string Describe(JsonException ex, bool withLine)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        var reason = (cut >= 0 ? message[..cut] : message).Trim().TrimEnd('.');
        var position = new StringBuilder();
        if (withLine && ex.LineNumber is { } lineNumber)
        {
            position.Append($"line {lineNumber + 1}, ");
        }

        if (ex.BytePositionInLine is { } column)
        {
            position.Append($"byte {column + 1}");
        }

        return position.Length > 0 ? $"{reason} (at {position.ToString().TrimEnd(',', ' ')})" : reason;
    }

    private static string? Blank(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = TextDecoder.NormalizeNewlines(value).Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
