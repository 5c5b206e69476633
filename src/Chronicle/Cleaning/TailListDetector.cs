namespace Chronicle.Cleaning;

/// <summary>
/// Finds the list of other articles a page prints after the article ends ("Explore", "Most read",
/// "Related posts", then headline after headline): a tail block after the last body paragraph made
/// of short lines without final punctuation. It is a list when a list heading opens it, or when it
/// holds many such lines, or several printed one under the other without blank lines.
/// </summary>
internal sealed class TailListDetector(CleaningLexicon lexicon, BylineRecognizer bylines)
{
    /// <summary>A list item (a headline) has at most this many words.</summary>
    private const int MaxItemWords = 25;

    /// <summary>A sentence this short printed inside a dense list is a teaser of it, not body text.</summary>
    private const int MaxDenseSentenceWords = 20;

    private const int MinItemsWithoutHeading = 4;
    private const int MinDenseItemsWithoutHeading = 3;

    public void Apply(LineTable table)
    {
        if (table.LastBody < 0)
        {
            return;
        }

        var regionStart = FindRegionStart(table);
        if (regionStart < 0)
        {
            return;
        }

        var start = FindListStart(table, regionStart);
        if (start < 0)
        {
            return;
        }

        for (var i = start; i < table.Count; i++)
        {
            if (table.IsKept(i))
            {
                table.Remove(i, bylines.IsByline(table.Shapes[i]) ? RemovalReasons.Byline : RemovalReasons.RelatedHeadlinesList);
            }
        }
    }

    /// <summary>
    /// The first line of the suffix of the page that holds only list-like lines and removed furniture.
    /// Where the body's paragraphs are spaced by blank lines, a short sentence printed tight between
    /// list lines is a teaser of the list, so the suffix may reach back over it.
    /// </summary>
    private static int FindRegionStart(LineTable table)
    {
        var spacedBody = IsSpacedBody(table);
        var start = -1;
        for (var i = table.Count - 1; i > table.BodyStart; i--)
        {
            var shape = table.Shapes[i];
            var inTail = i > table.LastBody;
            if (shape.IsBlank || !table.IsKept(i) || IsListLike(shape) || (spacedBody && IsDenseTeaser(shape)) || (inTail && !shape.EndsSentence))
            {
                if (!shape.IsBlank)
                {
                    start = i;
                }

                continue;
            }

            break;
        }

        return start;
    }

    /// <summary>Most body paragraphs have a blank line before them.</summary>
    private static bool IsSpacedBody(LineTable table)
    {
        var paragraphs = 0;
        var spaced = 0;
        for (var i = table.BodyStart; i <= table.LastBody && i < table.Count; i++)
        {
            if (BodyLayout.IsParagraph(table, i))
            {
                paragraphs++;
                spaced += table.Shapes[i].BlankBefore > 0 ? 1 : 0;
            }
        }

        return paragraphs >= 2 && spaced * 2 > paragraphs;
    }

    /// <summary>Where the list begins inside the tail region, or -1 if the region is no list.</summary>
    private int FindListStart(LineTable table, int regionStart)
    {
        for (var i = regionStart; i < table.Count; i++)
        {
            if (table.IsKept(i) && lexicon.TailListHeaders.Contains(table.Shapes[i].Key))
            {
                return i;
            }
        }

        var firstItem = -1;
        var items = 0;
        var denseItems = 0;
        for (var i = regionStart; i < table.Count; i++)
        {
            if (!table.IsKept(i) || table.IsCaption(i) || !IsListLike(table.Shapes[i]))
            {
                continue;
            }

            firstItem = firstItem < 0 ? i : firstItem;
            items++;
            if (table.Shapes[i].BlankBefore == 0)
            {
                denseItems++;
            }
        }

        if (firstItem < 0)
        {
            return -1;
        }

        // A list introduced by a colon ("The demands are:") belongs to the article.
        var before = table.PreviousKept(firstItem);
        if (before >= 0 && table.Shapes[before].Content.TrimEnd().EndsWith(':'))
        {
            return -1;
        }

        return items >= MinItemsWithoutHeading || (items >= MinDenseItemsWithoutHeading && denseItems >= MinDenseItemsWithoutHeading - 1)
            ? firstItem
            : -1;
    }

    private static bool IsListLike(LineShape shape) => !shape.EndsSentence && shape.Words <= MaxItemWords;

    private static bool IsDenseTeaser(LineShape shape) =>
        shape.Words <= MaxDenseSentenceWords && shape.BlankBefore == 0 && shape.BlankAfter == 0;
}
