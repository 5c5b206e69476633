using Chronicle.Text;
using Chronicle.Resources;

namespace Chronicle.Dating;

/// <summary>
/// Recognises the lines of a page that state when it was published or updated: a crawler's
/// " date 2018-12-30 " prefix, a labelled line ("Published 16 February 2024", "Updated 3:14 PM EST,
/// March 2, 2021") or a line that is only a date. Shared by the cleaner (which removes these lines as
/// metadata) and the publication-date finder (which reads them), so both agree on what one is.
/// Immutable and thread-safe.
/// </summary>
public sealed class DateLineRecognizer
{
    /// <summary>What ends the date part of a labelled line: a field separator, a byline, another label.</summary>
    private static readonly string[] Separators = ["|", "•", "·", ";", " by ", " - ", " – ", " — ", " updated", " published", " last "];

    /// <summary>What separates the fields of a page's info line (date, reading time, byline).</summary>
    private static readonly string[] FieldSeparators = [" | ", "|", " · ", " • ", "·", "•"];

    /// <summary>The longest a non-date field of an info line may be, in words.</summary>
    private const int MaxOtherFieldWords = 5;

    public static DateLineRecognizer Shared { get; } = new();

    /// <summary>A labelled or date-only line longer than this is a sentence, not a date line.</summary>
    private const int MaxWholeLineWords = 16;

    private readonly (string Label, DateLineKind Kind, bool Crawler)[] labels;

    public DateLineRecognizer()
    {
        labels = ResourceFiles.ReadDataLines("Dating/Resources/date-line-labels.txt")
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[1].Trim(), parts[0] == "updated" ? DateLineKind.Updated : DateLineKind.Published, parts[0] == "crawler"))
            .OrderByDescending(l => l.Item1.Length)
            .ToArray();
    }

    /// <summary>The date line this line is, or null. Never throws.</summary>
    public DateLineMatch? Recognize(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        var body = line.AsSpan(start).TrimEnd();
        var fewWords = WordCount.AtMost(body, MaxWholeLineWords);
        foreach (var (label, kind, crawler) in labels)
        {
            if (!StartsWithWord(body, label))
            {
                continue;
            }

            if (crawler && MatchCrawlerPrefix(line, start, label.Length) is { } prefix)
            {
                return prefix;
            }

            if (fewWords && ParseAfterLabel(body[label.Length..]) is { } date)
            {
                return new DateLineMatch(kind, date, body.ToString(), line.Length, string.Empty);
            }
        }

        if (fewWords && DateStringParser.Parse(body) is { } only)
        {
            return new DateLineMatch(DateLineKind.Dateline, only, body.ToString(), line.Length, string.Empty);
        }

        return fewWords ? MatchFieldedDateline(body, line.Length) : null;
    }

    /// <summary>
    /// A page's info line that holds the date among other short fields: "30 October 2018 | 4 MIN READ",
    /// "Issue 212 · Friday, 12 January 2024", "By A. Writer | March 3, 2021". Exactly one field must be
    /// a date; the others must be short, so a sentence with a date in it never qualifies.
    /// </summary>
    private static DateLineMatch? MatchFieldedDateline(ReadOnlySpan<char> body, int lineLength)
    {
        var text = body.ToString();
        var fields = text.Split(FieldSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length < 2)
        {
            return null;
        }

        DateOnly? found = null;
        string? evidence = null;
        foreach (var field in fields)
        {
            var date = DateStringParser.Parse(field);
            if (date is not null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = date;
                evidence = field;
            }
            else if (WordCount.Of(field) > MaxOtherFieldWords)
            {
                return null;
            }
        }

        return found is { } day ? new DateLineMatch(DateLineKind.Dateline, day, evidence!, lineLength, string.Empty) : null;
    }

    /// <summary>"date 2018-12-30 text..." or "date: 2018-12-30T10:00:00Z": a label, then one ISO date token.</summary>
    private static DateLineMatch? MatchCrawlerPrefix(string line, int start, int labelLength)
    {
        var i = start + labelLength;
        if (i < line.Length && line[i] == ':')
        {
            i++;
        }

        var spaceStart = i;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        if (i == spaceStart || i + 4 > line.Length || !char.IsAsciiDigit(line[i]))
        {
            return null;
        }

        var tokenStart = i;
        while (i < line.Length && !char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        var token = line.AsSpan(tokenStart, i - tokenStart);
        if (!IsIsoShaped(token) || DateStringParser.Parse(token) is not { } date)
        {
            return null;
        }

        var evidence = line[start..i];
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return new DateLineMatch(DateLineKind.CrawlerPrefix, date, evidence, i, line[i..].TrimEnd());
    }

    /// <summary>yyyy-mm-dd at the start: crawlers write machine dates, so a prefix must look like one.</summary>
    private static bool IsIsoShaped(ReadOnlySpan<char> token) =>
        token.Length >= 10 && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[1]) && char.IsAsciiDigit(token[2])
        && char.IsAsciiDigit(token[3]) && token[4] == '-' && token[7] == '-';

    /// <summary>The date after a label: the whole rest, or the part before a separator (" | ", " by ", ";").</summary>
    private static DateOnly? ParseAfterLabel(ReadOnlySpan<char> rest)
    {
        if (rest.Length > 0 && char.IsLetterOrDigit(rest[0]))
        {
            return null;
        }

        rest = rest.TrimStart(" \t\u00A0:-–—".AsSpan());
        if (DateStringParser.Parse(rest) is { } whole)
        {
            return whole;
        }

        var cut = FirstSeparator(rest);
        return cut > 0 ? DateStringParser.Parse(rest[..cut]) : null;
    }

    private static int FirstSeparator(ReadOnlySpan<char> rest)
    {
        var best = -1;
        foreach (var separator in Separators)
        {
            var at = rest.IndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (text.Length == word.Length || !char.IsLetter(text[word.Length]));
}
