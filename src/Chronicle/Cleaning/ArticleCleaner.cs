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
    /// <summary>Settling stops after this many extra judgements (each removes a line or ends it).</summary>
    private const int MaxSettlingPasses = 6;

    /// <summary>Date lines are read above the body and among its first paragraphs.</summary>
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

        var table = Judge(SplitLines(text), title);
        var removed = new List<RemovedText>();
        var kept = new List<KeptBlock>();
        Collect(table, removed, kept);
        var headline = table.Headline >= 0 ? table.Shapes[table.Headline].Trimmed : title;
        SettleRemovals(kept, removed, title);
        removed.Sort((a, b) => a.SourceLine.CompareTo(b.SourceLine));
        return Build(kept, removed, headline);
    }

    /// <summary>A line the cleaner keeps: its source line, its text, and the zone the first judgement gave it.</summary>
    private sealed record KeptBlock(int SourceLine, string Text, ZoneKind Kind, string Raw);

    /// <summary>
    /// Judges the kept text again, as a second cleaning would see it, until nothing more goes.
    /// Some features of a line depend on its neighbours (two body paragraphs in a row start the body),
    /// and removing furniture makes new neighbours; settling here makes cleaning idempotent.
    /// Zones stay as the first judgement gave them, since it saw the page's furniture.
    /// </summary>
    private void SettleRemovals(List<KeptBlock> kept, List<RemovedText> removed, string? title)
    {
        for (var pass = 0; pass < MaxSettlingPasses && kept.Count > 0; pass++)
        {
            var lines = new List<string>(kept.Count * 2);
            foreach (var block in kept)
            {
                if (lines.Count > 0)
                {
                    lines.Add(string.Empty);
                }

                lines.Add(block.Text);
            }

            var table = Judge(lines, title);
            var next = new List<KeptBlock>(kept.Count);
            var changed = false;
            for (var k = 0; k < kept.Count; k++)
            {
                var i = k * 2;
                var block = kept[k];
                if (table.Prefixes[i] is { } prefix)
                {
                    changed = true;
                    removed.Add(new RemovedText(block.SourceLine, prefix, RemovalReasons.Metadata));
                    if (table.PrefixLabels[i] is { } label)
                    {
                        removed.Add(new RemovedText(block.SourceLine, label, RemovalReasons.SectionLabel));
                    }
                }

                if (table.Reasons[i] is { } reason)
                {
                    changed = true;
                    if (table.PrefixLabels[i] is null)
                    {
                        removed.Add(new RemovedText(block.SourceLine, table.Prefixes[i] is null ? block.Raw : table.Shapes[i].Raw, reason));
                    }
                }
                else if (!table.Shapes[i].IsBlank)
                {
                    next.Add(block with { Text = table.Shapes[i].Trimmed });
                }
            }

            kept.Clear();
            kept.AddRange(next);
            if (!changed)
            {
                return;
            }
        }
    }

    /// <summary>Judges every line of a page: what goes (and why), what stays, which line is the headline.</summary>
    private LineTable Judge(IReadOnlyList<string> lines, string? title)
    {
        var table = new LineTable(lines);
        CutCrawlerPrefixes(table);
        MarkFurnitureAndCaptions(table);
        BodyLayout.Measure(table);
        RemoveDateLines(table);
        RemovePositionalFurniture(table);
        table.Headline = title is null ? -1 : HeadlineFinder.Find(table, title);
        navigation.Apply(table);
        if (table.Headline < 0)
        {
            table.Headline = HeadlineFinder.FindPastMasthead(table);
        }

        RepeatDetector.Apply(table);
        relatedHeadlines.Apply(table);
        tailLists.Apply(table);
        RemovePhraseLines(table);
        return table;
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

    /// <summary>
    /// " date 2018-12-30 Lead sentence..." keeps the sentence; " date 2020-10-09 WORLD" goes whole.
    /// A crawler's label and ISO date open no English sentence, so the prefix is cut wherever it
    /// stands (usually the first line), before the lines are judged.
    /// </summary>
    private void CutCrawlerPrefixes(LineTable table)
    {
        for (var i = 0; i < table.Count; i++)
        {
            if (!table.Shapes[i].IsBlank)
            {
                CutCrawlerPrefix(table, i);
            }
        }
    }

    private void CutCrawlerPrefix(LineTable table, int i)
    {
        // A line may carry more than one crawler field ("date 2020-01-15 date 2020-01-16 ..."): cut them all.
        while (table.IsKept(i) && dateLines.Recognize(table.Shapes[i].Raw) is { Kind: DateLineKind.CrawlerPrefix } match)
        {
            var shape = table.Shapes[i];
            if (match.IsWholeLine && table.Prefixes[i] is null)
            {
                table.Remove(i, RemovalReasons.Metadata);
                return;
            }

            table.Prefixes[i] += shape.Raw[..match.PrefixLength];
            table.Reshape(i, match.Remainder);
            var rest = table.Shapes[i];
            if (!rest.IsBlank && IsSectionLabel(rest))
            {
                table.PrefixLabels[i] = rest.Trimmed;
                table.Remove(i, RemovalReasons.SectionLabel);
            }
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
        var paragraphsSeen = 0;
        for (var i = 0; i < table.Count; i++)
        {
            if (!table.IsKept(i))
            {
                continue;
            }

            // Counting paragraphs, not lines, keeps the window the same when other furniture goes.
            var nearTop = i < table.BodyStart || paragraphsSeen < DateLinesIntoBody;
            var nearBottom = i > table.LastBody;
            if (i >= table.BodyStart && BodyLayout.IsParagraph(table, i))
            {
                paragraphsSeen++;
            }

            if (!nearTop && !nearBottom)
            {
                continue;
            }

            if (dateLines.Recognize(table.Shapes[i].Trimmed) is { IsWholeLine: true })
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

    /// <summary>
    /// What the first judgement kept and removed. Zones read the layout measured before furniture
    /// went: a standfirst is a sentence that furniture (byline, date, pictures) separated from the body.
    /// </summary>
    private static void Collect(LineTable table, List<RemovedText> removed, List<KeptBlock> kept)
    {
        for (var i = 0; i < table.Count; i++)
        {
            var shape = table.Shapes[i];
            if (table.Prefixes[i] is { } prefix)
            {
                removed.Add(new RemovedText(i + 1, prefix, RemovalReasons.Metadata));
                if (table.PrefixLabels[i] is { } label)
                {
                    removed.Add(new RemovedText(i + 1, label, RemovalReasons.SectionLabel));
                    continue;
                }
            }

            if (table.Reasons[i] is { } reason)
            {
                removed.Add(new RemovedText(i + 1, shape.Raw, reason));
            }
            else if (!shape.IsBlank)
            {
                kept.Add(new KeptBlock(i + 1, shape.Trimmed, ZoneClassifier.Classify(table, i), shape.Raw));
            }
        }
    }

    private static CleanedText Build(List<KeptBlock> kept, List<RemovedText> removed, string? headline)
    {
        var text = new StringBuilder();
        var zones = new List<Zone>(kept.Count);
        foreach (var block in kept)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var start = text.Length;
            text.Append(block.Text);
            zones.Add(new Zone(block.Kind, new Span(start, text.Length), block.SourceLine));
        }

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
