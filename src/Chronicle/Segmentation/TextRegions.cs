using Chronicle.Model;

namespace Chronicle.Segmentation;

/// <summary>
/// The stretches of an article's text that no sentence may cross: each zone, and within a zone (or
/// the whole text when there are no zones) each paragraph, paragraphs being separated by blank lines.
/// Text between zones is cut into paragraphs too, so nothing is dropped.
/// </summary>
public static class TextRegions
{
    /// <summary>Appends the regions of <paramref name="text"/> to <paramref name="regions"/>, in text order, not overlapping.</summary>
    public static void Find(string text, IReadOnlyList<Zone>? zones, List<Span> regions)
    {
        if (text is null || regions is null)
        {
            return;
        }

        if (zones is null || zones.Count == 0)
        {
            AddParagraphs(text, 0, text.Length, regions);
            return;
        }

        var ordered = new List<Span>(zones.Count);
        foreach (var zone in zones)
        {
            if (zone is null)
            {
                continue;
            }

            var start = Math.Clamp(zone.Span.Start, 0, text.Length);
            var end = Math.Clamp(zone.Span.End, start, text.Length);
            ordered.Add(new Span(start, end));
        }

        ordered.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

        var covered = 0;
        foreach (var zone in ordered)
        {
            // Overlapping zones are clipped so that each character belongs to one region.
            var start = Math.Max(zone.Start, covered);
            if (zone.End <= start)
            {
                continue;
            }

            AddParagraphs(text, covered, start, regions);
            AddParagraphs(text, start, zone.End, regions);
            covered = zone.End;
        }

        AddParagraphs(text, covered, text.Length, regions);
    }

    /// <summary>Cuts [start, end) at blank lines (or a Unicode paragraph separator).</summary>
    private static void AddParagraphs(string text, int start, int end, List<Span> regions)
    {
        var paragraphStart = start;
        var lineStart = start;
        var lineBlank = true;
        var lineIsFirst = true;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (c == '\u2029')
            {
                AddIfNotEmpty(text, paragraphStart, k, regions);
                paragraphStart = k + 1;
                lineStart = k + 1;
                lineBlank = true;
                lineIsFirst = true;
                continue;
            }

            if (CharClass.IsLineBreak(c))
            {
                if (lineBlank && !lineIsFirst)
                {
                    AddIfNotEmpty(text, paragraphStart, lineStart, regions);
                    paragraphStart = k;
                }

                // "\r\n" is one line break.
                if (c == '\r' && k + 1 < end && text[k + 1] == '\n')
                {
                    k++;
                }

                lineStart = k + 1;
                lineBlank = true;
                lineIsFirst = false;
                continue;
            }

            if (lineBlank && !CharClass.IsSeparator(c))
            {
                lineBlank = false;
            }
        }

        AddIfNotEmpty(text, paragraphStart, end, regions);
    }

    private static void AddIfNotEmpty(string text, int start, int end, List<Span> regions)
    {
        if (text.AsSpan(start, end - start).IsWhiteSpace())
        {
            return;
        }

        regions.Add(new Span(start, end));
    }
}
