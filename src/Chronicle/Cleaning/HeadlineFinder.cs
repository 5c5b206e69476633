namespace Chronicle.Cleaning;

/// <summary>
/// Finds the headline line: the line equal to the title the container gave, else the first
/// substantial title-like line above the body (a few words, no full stop, not a caption or bullet).
/// </summary>
internal static class HeadlineFinder
{
    private const int MinWords = 3;
    private const int MaxWords = 30;

    /// <summary>The title the container gave may be printed a few lines into the body area too.</summary>
    private const int TitleSearchLines = 40;

    public static int Find(LineTable table, string? knownTitle)
    {
        if (!string.IsNullOrWhiteSpace(knownTitle))
        {
            var key = LineKey.Of(knownTitle);
            var limit = Math.Min(table.Count, Math.Max(table.BodyStart, TitleSearchLines));
            for (var i = 0; i < limit; i++)
            {
                if (table.IsKept(i) && table.Shapes[i].Key == key)
                {
                    return i;
                }
            }
        }

        for (var i = 0; i < table.BodyStart && i < table.Count; i++)
        {
            if (IsCandidate(table, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The heuristic headline, past a masthead: a title-like line printed against a menu (no blank
    /// line between them) is the site's name when another title-like line follows above the body; it
    /// is removed as navigation.
    /// </summary>
    public static int FindPastMasthead(LineTable table)
    {
        var headline = Find(table, null);
        while (headline >= 0 && TouchesMenu(table, headline))
        {
            var next = -1;
            for (var i = headline + 1; i < table.BodyStart && i < table.Count; i++)
            {
                if (IsCandidate(table, i))
                {
                    next = i;
                    break;
                }
            }

            if (next < 0)
            {
                break;
            }

            table.Remove(headline, RemovalReasons.Navigation);
            headline = next;
        }

        return headline;
    }

    private static bool TouchesMenu(LineTable table, int i) =>
        (i > 0 && IsMenuLine(table, i - 1)) || (i + 1 < table.Count && IsMenuLine(table, i + 1));

    private static bool IsMenuLine(LineTable table, int i) =>
        table.Reasons[i] is RemovalReasons.Navigation or RemovalReasons.ShareWidget or RemovalReasons.Breadcrumb;

    public static bool IsCandidate(LineTable table, int i)
    {
        var shape = table.Shapes[i];
        return table.IsKept(i) && !table.IsCaption(i) && !shape.IsBullet
            && shape.Words is >= MinWords and <= MaxWords && !EndsWithFullStop(shape.Content);
    }

    /// <summary>Ends with '.' (closing quotes allowed): a sentence; a headline may end with '?' or '!'.</summary>
    private static bool EndsWithFullStop(string content)
    {
        var trimmed = content.AsSpan().TrimEnd("\"'”’) ".AsSpan());
        return trimmed.Length > 0 && trimmed[^1] is '.' or '…';
    }
}
