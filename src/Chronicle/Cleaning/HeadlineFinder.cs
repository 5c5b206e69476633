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
