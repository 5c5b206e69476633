using System.Text;

namespace Chronicle.Reading;

/// <summary>
/// Strips Markdown to plain text line by line, so line N of the output is line N of the input:
/// heading marks, emphasis, quote and list markers go; links keep their text; images, rules,
/// fences and link definitions become blank lines. The first level-1 heading is the title.
/// </summary>
internal static class MarkdownConverter
{
    /// <summary>How far a link's text may run before its closing bracket; bounds the work on a line full of brackets.</summary>
    private const int MaxLinkTextLength = 1000;

    public static (string Text, string? Title) Convert(string markdown)
    {
        var lines = markdown.Split('\n');
        var output = new string[lines.Length];
        string? title = null;
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart(' ', '\t');
            if (fence is not null)
            {
                var closes = trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.AsSpan().TrimEnd().TrimStart(fence[0]).IsEmpty;
                output[i] = closes ? string.Empty : line;
                fence = closes ? null : fence;
                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = new string(trimmed[0], CountRun(trimmed, 0));
                output[i] = string.Empty;
                continue;
            }

            // A setext underline makes the line above it a heading.
            if (i > 0 && IsSetextUnderline(trimmed) && output[i - 1].Length > 0 && !IsRule(lines[i - 1].Trim()))
            {
                if (trimmed[0] == '=')
                {
                    title ??= output[i - 1];
                }

                output[i] = string.Empty;
                continue;
            }

            if (IsRule(trimmed) || IsLinkDefinition(trimmed))
            {
                output[i] = string.Empty;
                continue;
            }

            var (body, headingLevel) = StripBlockMarkers(trimmed);
            output[i] = StripInline(body).TrimEnd();
            if (headingLevel == 1)
            {
                title ??= output[i];
            }
        }

        return (string.Join('\n', output), string.IsNullOrWhiteSpace(title) ? null : title.Trim());
    }

    private static (string Body, int HeadingLevel) StripBlockMarkers(string line)
    {
        // Quote markers, possibly nested ("> > text").
        while (line.StartsWith('>'))
        {
            line = line[1..].TrimStart(' ', '\t');
        }

        var hashes = CountRun(line, 0, '#');
        if (hashes is >= 1 and <= 6 && (line.Length == hashes || line[hashes] is ' ' or '\t'))
        {
            var heading = line[hashes..].Trim().TrimEnd('#').TrimEnd();
            return (heading, hashes);
        }

        if (line.Length >= 2 && line[0] is '-' or '*' or '+' && line[1] is ' ' or '\t')
        {
            return (line[2..].TrimStart(), 0);
        }

        var digits = 0;
        while (digits < line.Length && digits < 9 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] is ' ' or '\t')
        {
            return (line[(digits + 2)..].TrimStart(), 0);
        }

        return (line, 0);
    }

    /// <summary>Removes emphasis, code ticks, link targets and images from one line; backslash escapes stay literal.</summary>
    private static string StripInline(string line)
    {
        var builder = new StringBuilder(line.Length);
        var closers = new Stack<(int Close, int Resume)>();
        for (var i = 0; i < line.Length; i++)
        {
            if (closers.Count > 0 && closers.Peek().Close == i)
            {
                i = closers.Pop().Resume - 1;
                continue;
            }

            var c = line[i];
            switch (c)
            {
                case '\\' when i + 1 < line.Length && char.IsAsciiLetterOrDigit(line[i + 1]) is false && line[i + 1] > ' ' && line[i + 1] < 127:
                    builder.Append(line[++i]);
                    break;
                case '`':
                    var run = CountRun(line, i);
                    var end = line.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        builder.Append(line, i, run);
                        i += run - 1;
                    }
                    else
                    {
                        builder.Append(line.AsSpan(i + run, end - i - run).Trim(' '));
                        i = end + run - 1;
                    }

                    break;
                case '!' when i + 1 < line.Length && line[i + 1] == '[' && LinkEnd(line, i + 1) is { } image:
                    i = image.Resume - 1;
                    break;
                case '[' when LinkEnd(line, i) is { } link:
                    closers.Push(link);
                    break;
                case '<' when AutolinkEnd(line, i) is { } close:
                    builder.Append(line, i + 1, close - i - 1);
                    i = close;
                    break;
                case '*' or '_' or '~':
                    var length = CountRun(line, i);
                    if (!IsEmphasis(line, i, length))
                    {
                        builder.Append(line, i, length);
                    }

                    i += length - 1;
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>For "[text](target)" or "[text][ref]" at <paramref name="open"/>: where the text closes and where the link ends.</summary>
    private static (int Close, int Resume)? LinkEnd(string line, int open)
    {
        var depth = 0;
        var limit = Math.Min(line.Length, open + MaxLinkTextLength);
        for (var i = open; i < limit; i++)
        {
            switch (line[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    depth++;
                    break;
                case ']':
                    if (--depth > 0)
                    {
                        break;
                    }

                    if (i + 1 < line.Length && line[i + 1] is '(' or '[')
                    {
                        var target = line.IndexOf(line[i + 1] == '(' ? ')' : ']', i + 2);
                        return target < 0 ? null : (i, target + 1);
                    }

                    return null;
            }
        }

        return null;
    }

    private static int? AutolinkEnd(string line, int open)
    {
        var close = line.IndexOf('>', open);
        if (close < 0)
        {
            return null;
        }

        var inner = line.AsSpan(open + 1, close - open - 1);
        var isLink = (inner.StartsWith("http://") || inner.StartsWith("https://") || inner.StartsWith("mailto:")) && !inner.ContainsAny(' ', '<');
        return isLink ? close : null;
    }

    /// <summary>
    /// A run of *, _ or ~~ is emphasis when it touches a word on one side only (it opens or closes).
    /// Underscores inside a word (snake_case) and a single tilde are text.
    /// </summary>
    private static bool IsEmphasis(string line, int start, int length)
    {
        var c = line[start];
        if (length > 3 || (c == '~' && length != 2))
        {
            return false;
        }

        var before = start > 0 ? line[start - 1] : ' ';
        var after = start + length < line.Length ? line[start + length] : ' ';
        var opens = !char.IsWhiteSpace(after);
        var closes = !char.IsWhiteSpace(before);
        if (c == '_' && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
        {
            return false;
        }

        return opens || closes;
    }

    private static bool IsSetextUnderline(string trimmed)
    {
        var line = trimmed.TrimEnd();
        return line.Length >= 2 && line[0] is '=' or '-' && CountRun(line, 0) == line.Length;
    }

    private static bool IsRule(string trimmed)
    {
        var line = trimmed.TrimEnd();
        if (line.Length < 3 || line[0] is not ('-' or '*' or '_'))
        {
            return false;
        }

        var marks = 0;
        foreach (var ch in line)
        {
            if (ch == line[0])
            {
                marks++;
            }
            else if (ch is not (' ' or '\t'))
            {
                return false;
            }
        }

        return marks >= 3;
    }

    /// <summary>"[ref]: http://..." reference definitions.</summary>
    private static bool IsLinkDefinition(string trimmed)
    {
        if (!trimmed.StartsWith('['))
        {
            return false;
        }

        var close = trimmed.IndexOf("]:", StringComparison.Ordinal);
        return close > 1 && close + 2 < trimmed.Length && !trimmed.AsSpan(1, close - 1).Contains(']');
    }

    private static int CountRun(string text, int start) => CountRun(text, start, text[start]);

    private static int CountRun(string text, int start, char c)
    {
        var end = start;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        return end - start;
    }
}
