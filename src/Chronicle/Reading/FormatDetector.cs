using System.Text.Json;
using Chronicle.Model;
using Chronicle.Resources;

namespace Chronicle.Reading;

/// <summary>
/// Decides an input's format from its extension and its content. The content wins when it clearly
/// is markup or data of another kind (an ".txt" that holds a web page); the extension wins otherwise,
/// so that a broken ".json" file is reported as broken JSON rather than read as prose.
/// </summary>
internal static class FormatDetector
{
    private const string ResourcePath = "Reading/Resources/format-extensions.txt";

    /// <summary>How far into the text sniffing looks for a root element.</summary>
    private const int SniffChars = 4096;

    /// <summary>How many lines the JSON Lines sniffing checks.</summary>
    private const int SniffLines = 5;

    private static readonly Dictionary<string, string> ByExtension = Load();

    /// <summary>The format to read <paramref name="text"/> as, given the name it came under.</summary>
    public static ArticleFormat Detect(string name, string text)
    {
        var byName = FromExtension(name);
        if (byName is "Json" or "JsonLines")
        {
            // The JSON reader parses the content anyway (and tells JSON from JSON Lines); only markup overrides.
            return SniffMarkupOnly(text) ?? Enum.Parse<ArticleFormat>(byName);
        }

        var sniffed = Sniff(text);
        return byName switch
        {
            "Feed" => sniffed is ArticleFormat.Rss or ArticleFormat.Atom or ArticleFormat.Html ? sniffed.Value : ArticleFormat.Rss,
            null => sniffed ?? ArticleFormat.Text,
            _ => sniffed ?? Enum.Parse<ArticleFormat>(byName),
        };
    }

    private static ArticleFormat? SniffMarkupOnly(string text)
    {
        var start = SkipWhitespace(text, 0);
        return start < text.Length && text[start] == '<' ? SniffMarkup(text, start) : null;
    }

    /// <summary>"Text", "Markdown", "Html", "Json", "JsonLines", "Feed", or null for an unknown extension.</summary>
    private static string? FromExtension(string name)
    {
        var extension = Path.GetExtension(name);
        return extension.Length > 0 && ByExtension.TryGetValue(extension, out var format) ? format : null;
    }

    /// <summary>The format the content shows, or null when it looks like plain prose.</summary>
    internal static ArticleFormat? Sniff(string text)
    {
        var start = SkipWhitespace(text, 0);
        if (start >= text.Length)
        {
            return null;
        }

        return text[start] switch
        {
            '<' => SniffMarkup(text, start),
            '{' or '[' => SniffJson(text, start),
            _ => null,
        };
    }

    private static ArticleFormat? SniffMarkup(string text, int start)
    {
        var head = text.AsSpan(start, Math.Min(SniffChars, text.Length - start));
        var position = 0;

        // Skip the XML declaration, comments and processing instructions before the root element.
        while (position < head.Length)
        {
            position = SkipWhitespace(head, position);
            var rest = head[position..];
            if (rest.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) && !StartsWithTag(rest, "<!doctype html"))
            {
                // A doctype of another kind (an RSS 0.91 feed's): skip it, internal subset included, to reach the root.
                var subset = rest.IndexOf('[');
                var close = rest.IndexOf('>');
                var end = subset >= 0 && subset < close ? rest.IndexOf("]>") + 1 : close;
                if (end <= 0)
                {
                    return null;
                }

                position += end + 1;
                continue;
            }

            if (rest.StartsWith("<?") || rest.StartsWith("<!--"))
            {
                var terminator = rest.StartsWith("<?") ? "?>" : "-->";
                var close = rest.IndexOf(terminator);
                if (close < 0)
                {
                    return null;
                }

                position += close + terminator.Length;
                continue;
            }

            break;
        }

        var root = head[position..];
        if (StartsWithTag(root, "<!doctype html") || StartsWithTag(root, "<html"))
        {
            return ArticleFormat.Html;
        }

        if (StartsWithTag(root, "<rss") || StartsWithTag(root, "<rdf:rdf"))
        {
            return ArticleFormat.Rss;
        }

        if (StartsWithTag(root, "<feed"))
        {
            return ArticleFormat.Atom;
        }

        // A page without <html> still shows itself by its usual elements.
        if (StartsWithTag(root, "<head") || StartsWithTag(root, "<body"))
        {
            return ArticleFormat.Html;
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/> starts with the tag name, case-insensitively, followed by a delimiter.</summary>
    private static bool StartsWithTag(ReadOnlySpan<char> text, string tag) =>
        text.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
        && (text.Length == tag.Length || text[tag.Length] is ' ' or '>' or '/' or '\t' or '\n' or '\r' or ':');

    internal static ArticleFormat? SniffJson(string text, int start)
    {
        if (ParsesAsJson(text.AsMemory(start)))
        {
            return ArticleFormat.Json;
        }

        // JSON Lines: the first lines are each a JSON object of their own.
        var lines = 0;
        var parsed = 0;
        foreach (var line in text.AsMemory(start).EnumerateLines())
        {
            if (line.Span.IsWhiteSpace())
            {
                continue;
            }

            lines++;
            if (line.Span.TrimStart()[0] == '{' && ParsesAsJson(line))
            {
                parsed++;
            }

            if (lines >= SniffLines)
            {
                break;
            }
        }

        // One bad line among good ones is still a JSON Lines file with an error to report.
        return lines >= 2 && parsed >= 1 && parsed >= lines - 1 ? ArticleFormat.JsonLines : null;
    }

    private static bool ParsesAsJson(ReadOnlyMemory<char> text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == '\uFEFF'))
        {
            position++;
        }

        return position;
    }

    private static Dictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ResourceFiles.ReadDataLines(ResourcePath))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            map[parts[0]] = parts[1];
        }

        return map;
    }
}

/// <summary>Line enumeration over memory, so each line can be parsed without copying it.</summary>
internal static class MemoryLines
{
    public static IEnumerable<ReadOnlyMemory<char>> EnumerateLines(this ReadOnlyMemory<char> text)
    {
        var position = 0;
        while (position <= text.Length)
        {
            var rest = text.Span[position..];
            var end = rest.IndexOf('\n');
            if (end < 0)
            {
                if (rest.Length > 0)
                {
                    yield return text[position..];
                }

                yield break;
            }

            yield return text.Slice(position, end);
            position += end + 1;
        }
    }
}
