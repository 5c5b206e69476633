using Chronicle.Cleaning;
using Chronicle.Model;

namespace Chronicle.Dating;

/// <summary>
/// Finds the publication date an article states: a date field of its container, else a
/// "Published ..." line, else a crawler's date prefix, else a date-only dateline near the top, else
/// an "Updated ..." line. It looks only at the lines cleaning removed as metadata and at the first and
/// last lines of the text: dates inside the body are events, not the publication date. Immutable.
/// </summary>
public sealed class PublicationDateFinder
{
    /// <summary>How many non-blank lines at the top and bottom of the text may state the date.</summary>
    private const int TopLines = 12;
    private const int BottomLines = 5;

    private readonly DateLineRecognizer recognizer;

    public PublicationDateFinder()
        : this(DateLineRecognizer.Shared)
    {
    }

    public PublicationDateFinder(DateLineRecognizer recognizer) => this.recognizer = recognizer;

    public PublicationDate Find(string? containerDate, CleanedText cleaned, string originalText)
    {
        if (DateStringParser.Parse(containerDate) is { } stated)
        {
            return PublicationDate.ExplicitDay(stated, containerDate!.Trim(), "container");
        }

        DateLineMatch? best = null;
        foreach (var candidate in Candidates(cleaned, originalText))
        {
            if (best is null || Rank(candidate.Kind) < Rank(best.Kind))
            {
                best = candidate;
            }
        }

        return best is null ? PublicationDate.Unknown : PublicationDate.ExplicitDay(best.Date, best.EvidenceText, best.EvidenceSource);
    }

    /// <summary>Order of trust: a labelled publication line, a crawler field, a dateline, an update line.</summary>
    private static int Rank(DateLineKind kind) => kind switch
    {
        DateLineKind.Published => 0,
        DateLineKind.CrawlerPrefix => 1,
        DateLineKind.Dateline => 2,
        _ => 3,
    };

    private IEnumerable<DateLineMatch> Candidates(CleanedText? cleaned, string? originalText)
    {
        foreach (var removed in cleaned?.Removed ?? [])
        {
            if (removed.Reason == RemovalReasons.Metadata && recognizer.Recognize(removed.Text) is { } match)
            {
                yield return match;
            }
        }

        var lines = NonBlankLines(originalText);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i >= TopLines && i < lines.Count - BottomLines)
            {
                continue;
            }

            if (recognizer.Recognize(lines[i]) is { } match && (match.IsWholeLine || (i == 0 && match.Kind == DateLineKind.CrawlerPrefix)))
            {
                yield return match;
            }
        }
    }

    private static List<string> NonBlankLines(string? text)
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }

        foreach (var line in text.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                lines.Add(line.TrimEnd('\r'));
            }
        }

        return lines;
    }
}
