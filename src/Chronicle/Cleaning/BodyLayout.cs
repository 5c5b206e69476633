namespace Chronicle.Cleaning;

/// <summary>
/// Finds where the article body runs: it starts at the first two body paragraphs in a row (a
/// paragraph being a kept sentence of some length that is neither a caption nor furniture) and ends at
/// the last body paragraph. What lies before is the header area (headline, standfirst, captions,
/// menus); what lies after is the page's tail.
/// </summary>
internal static class BodyLayout
{
    /// <summary>A body paragraph has at least this many words.</summary>
    public const int MinParagraphWords = 8;

    public static bool IsParagraph(LineTable table, int i)
    {
        var shape = table.Shapes[i];
        return table.IsKept(i) && !table.IsCaption(i) && table.PhraseReasons[i] is null
            && shape.EndsSentence && shape.Words >= MinParagraphWords && !shape.IsBullet;
    }

    public static void Measure(LineTable table)
    {
        var first = -1;
        var start = -1;
        var previousKept = -1;
        for (var i = 0; i < table.Count && start < 0; i++)
        {
            if (!table.IsKept(i))
            {
                continue;
            }

            if (IsParagraph(table, i))
            {
                if (first < 0)
                {
                    first = i;
                }

                if (previousKept >= 0 && IsParagraph(table, previousKept))
                {
                    start = previousKept;
                }
            }

            previousKept = i;
        }

        table.BodyStart = start >= 0 ? start : first >= 0 ? first : table.Count;

        table.LastBody = -1;
        for (var i = table.Count - 1; i >= table.BodyStart && i >= 0; i--)
        {
            if (IsParagraph(table, i))
            {
                table.LastBody = i;
                break;
            }
        }
    }
}
