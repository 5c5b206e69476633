namespace Chronicle.Cleaning;

/// <summary>
/// Removes copies: a title-like line that repeats an earlier line (the headline printed again as
/// image alt text), and a line that repeats the description of a nearby caption (the caption's text
/// printed again as a bullet or alt text, without its credit).
/// </summary>
internal static class RepeatDetector
{
    /// <summary>A repeated line this long is a title, not a sentence the article may quote twice.</summary>
    private const int MaxTitleWords = 30;

    /// <summary>How many lines from a caption its copy may stand.</summary>
    private const int CaptionReach = 6;

    /// <summary>A copy of a caption covers at least this share of the caption's description.</summary>
    private const double MinCaptionCover = 0.6;

    public static void Apply(LineTable table)
    {
        RemoveCaptionCopies(table);
        RemoveRepeatedTitles(table);
    }

    private static void RemoveRepeatedTitles(LineTable table)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < table.Count; i++)
        {
            var shape = table.Shapes[i];
            if (shape.IsBlank || shape.Key.Length == 0)
            {
                continue;
            }

            if (table.IsKept(i) && i != table.Headline && !shape.EndsSentence && shape.Words <= MaxTitleWords
                && !table.IsCaption(i) && seen.Contains(shape.Key))
            {
                table.Remove(i, RemovalReasons.RepeatedHeadline);
                continue;
            }

            if (table.IsKept(i) || i == table.Headline)
            {
                seen.Add(shape.Key);
            }
        }
    }

    private static void RemoveCaptionCopies(LineTable table)
    {
        for (var c = 0; c < table.Count; c++)
        {
            if (!table.IsCaption(c) || !table.IsKept(c))
            {
                continue;
            }

            var description = LineKey.Of(table.Shapes[c].Content.AsSpan(0, table.CaptionDescription[c]));
            if (description.Length == 0)
            {
                continue;
            }

            var from = Math.Max(0, c - CaptionReach);
            var to = Math.Min(table.Count - 1, c + CaptionReach);
            for (var i = from; i <= to; i++)
            {
                if (i == c || !table.IsKept(i) || table.IsCaption(i) || i == table.Headline)
                {
                    continue;
                }

                // A body paragraph that a caption happens to repeat stays: only bullets and
                // non-sentence lines are the caption's copies.
                var shape = table.Shapes[i];
                if (!shape.IsBullet && BodyLayout.IsParagraph(table, i))
                {
                    continue;
                }

                var key = shape.Key;
                if (key.Length > 0 && key.Length >= description.Length * MinCaptionCover
                    && description.StartsWith(key, StringComparison.Ordinal))
                {
                    table.Remove(i, RemovalReasons.PhotoCredit);
                }
            }
        }
    }
}
