using System.Text;
using Chronicle.Dating;
using Chronicle.Model;

namespace Chronicle.Cleaning;

/// <summary>
/// Takes the page furniture out of an article's text (menus, share bars, reading times, read-more
/// inserts, related-headline lists, comment counters, repeated headlines, photo-credit copies, source
/// and date lines) and keeps the article: headline, standfirst, captions, subheadings and body, each
/// kept line one paragraph of the clean text with its zone. Construct once; immutable and thread-safe;
/// linear in the input; never throws on any string.
/// </summary>
public sealed class ArticleCleaner
{
    /// <summary>A crawler prefix stands on one of the first lines.</summary>
    private const int CrawlerPrefixLines = 3;

    /// <summary>Date lines are read above the body and among its first lines.</summary>
    private const int DateLinesIntoBody = 2;

    /// <summary>A section label after a crawler prefix is a word or three.</summary>
    private const int MaxSectionLabelWords = 3;

    private readonly CleaningLexicon lexicon;
    private readonly FurnitureLineRecognizer furniture;
    private readonly CaptionRecognizer captions;
    private readonly BylineRecognizer bylines;
    private readonly BoilerplatePhraseMatcher phrases;
    private readonly NavigationScorer navigation;
    private readonly RelatedHeadlineScorer relatedHeadlines;
    private readonly TailListDetector tailLists;
    private readonly DateLineRecognizer dateLines;

    public ArticleCleaner()
        : this(DateLineRecognizer.Shared)
    {
    }

    public ArticleCleaner(DateLineRecognizer dateLines)
    {
        lexicon = CleaningLexicon.Shared;
        furniture = new FurnitureLineRecognizer(lexicon);
        captions = new CaptionRecognizer(lexicon);
        bylines = new BylineRecognizer(lexicon);
        phrases = new BoilerplatePhraseMatcher(lexicon);
        navigation = new NavigationScorer(lexicon);
        relatedHeadlines = new RelatedHeadlineScorer(lexicon);
        tailLists = new TailListDetector(lexicon, bylines);
        this.dateLines = dateLines;
    }

    public CleanedText Clean(string text, string? knownTitle = null)
    {
        var title = string.IsNullOrWhiteSpace(knownTitle) ? null : knownTitle.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return CleanedText.Empty with { Headline = title };
        }

        var table = new LineTable(SplitLines(text));
        CutCrawlerPrefix(table);
        MarkFurnitureAndCaptions(table);
        BodyLayout.Measure(table);
        RemoveDateLines(table);
        RemovePositionalFurniture(table);
        var titleLine = title is null ? -1 : HeadlineFinder.Find(table, title);
        table.Headline = titleLine;
        navigation.Apply(table);
        if (table.Headline < 0)
        {
            table.Headline = HeadlineFinder.FindPastMasthead(table);
        }

        RepeatDetector.Apply(table);
        relatedHeadlines.Apply(table);
        tailLists.Apply(table);
        RemovePhraseLines(table);

        // Zones read the layout measured before furniture went: a standfirst is a sentence that
        // furniture (byline, date, pictures) separated from the body.
        return Build(table, title);
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                lines.Add(text[start..end]);
                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>" date 2018-12-30 Lead sentence..." keeps the sentence; " date 2020-10-09 WORLD" goes whole.</summary>
    private void CutCrawlerPrefix(LineTable table)
    {
        var seen = 0;
        for (var i = 0; i < table.Count && seen < CrawlerPrefixLines; i++)
        {
            var shape = table.Shapes[i];
            if (shape.IsBlank)
            {
                continue;
            }

            seen++;
            if (dateLines.Recognize(shape.Raw) is not { Kind: DateLineKind.CrawlerPrefix } match)
            {
                continue;
            }

            if (match.IsWholeLine)
            {
                table.Remove(i, RemovalReasons.Metadata);
                return;
            }

            table.Prefix = (i, shape.Raw[..match.PrefixLength]);
            table.Reshape(i, match.Remainder);
            var rest = table.Shapes[i];
            if (IsSectionLabel(rest))
            {
                table.PrefixLabel = rest.Trimmed;
                table.Remove(i, RemovalReasons.SectionLabel);
            }

            return;
        }
    }

    private bool IsSectionLabel(LineShape rest) =>
        rest.Words <= MaxSectionLabelWords && !rest.EndsSentence
        && (lexicon.NavigationWords.Contains(rest.Key) || IsUpperCase(rest.Content));

    private void MarkFurnitureAndCaptions(LineTable table)
    {
        for (var i = 0; i < table.Count; i++)
        {
            if (!table.IsKept(i))
            {
                continue;
            }

            var shape = table.Shapes[i];
            if (furniture.Recognize(shape) is { } reason)
            {
                table.Remove(i, reason);
            }
            else if (captions.IsCreditOnly(shape))
            {
                table.Remove(i, RemovalReasons.PhotoCredit);
            }
            else
            {
                table.CaptionDescription[i] = captions.DescriptionLength(shape);
                table.PhraseReasons[i] = phrases.Match(shape);
            }
        }
    }

    /// <summary>Published / Updated lines and date-only lines above the body (or among its first lines) and below it.</summary>
    private void RemoveDateLines(LineTable table)
    {
        var bodyLinesSeen = 0;
        for (var i = 0; i < table.Count; i++)
        {
            if (!table.IsKept(i))
            {
                continue;
            }

            var nearTop = i < table.BodyStart || bodyLinesSeen++ < DateLinesIntoBody;
            var nearBottom = i > table.LastBody;
            if ((nearTop || nearBottom) && dateLines.Recognize(table.Shapes[i].Trimmed) is { IsWholeLine: true })
            {
                table.Remove(i, RemovalReasons.Metadata);
            }
        }
    }

    /// <summary>Furniture that is only furniture where it stands: bylines outside the body, one-word read-more labels inside it.</summary>
    private void RemovePositionalFurniture(LineTable table)
    {
        for (var i = 0; i < table.Count; i++)
        {
            if (!table.IsKept(i))
            {
                continue;
            }

            var shape = table.Shapes[i];
            if (!table.InBodyCore(i) && bylines.IsByline(shape))
            {
                table.Remove(i, RemovalReasons.Byline);
            }
            else if (i >= table.BodyStart && !table.IsCaption(i) && furniture.StartsWithLabel(shape.Content, multiWordOnly: false))
            {
                table.Remove(i, RemovalReasons.ReadMore);
            }
        }
    }

    /// <summary>Lines holding a furniture phrase go when they stand outside the body, or are short inside it.</summary>
    private static void RemovePhraseLines(LineTable table)
    {
        for (var i = 0; i < table.Count; i++)
        {
            if (table.IsKept(i) && table.PhraseReasons[i] is { } reason
                && (!table.InBodyCore(i) || table.Shapes[i].Words <= BoilerplatePhraseMatcher.MaxWordsInBody))
            {
                table.Remove(i, reason);
            }
        }
    }

    private static CleanedText Build(LineTable table, string? title)
    {
        var text = new StringBuilder();
        var zones = new List<Zone>();
        var removed = new List<RemovedText>();
        for (var i = 0; i < table.Count; i++)
        {
            var shape = table.Shapes[i];
            if (table.Prefix is { } prefix && prefix.Line == i)
            {
                removed.Add(new RemovedText(i + 1, prefix.Text, RemovalReasons.Metadata));
                if (table.PrefixLabel is { } label)
                {
                    removed.Add(new RemovedText(i + 1, label, RemovalReasons.SectionLabel));
                    continue;
                }
            }

            if (table.Reasons[i] is { } reason)
            {
                removed.Add(new RemovedText(i + 1, shape.Raw, reason));
                continue;
            }

            if (shape.IsBlank)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var start = text.Length;
            text.Append(shape.Trimmed);
            zones.Add(new Zone(ZoneClassifier.Classify(table, i), new Span(start, text.Length), i + 1));
        }

        var headline = table.Headline >= 0 ? table.Shapes[table.Headline].Trimmed : title;
        return new CleanedText(text.ToString(), zones, removed, headline);
    }

    private static bool IsUpperCase(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters > 0;
    }
}
