using Chronicle.Cleaning;
using Chronicle.Model;
using FsCheck.Xunit;

namespace Chronicle.Tests.Cleaning;

/// <summary>Properties of the cleaner on arbitrary strings and on pages assembled from article and furniture lines.</summary>
public class CleanerPropertyTests
{
    private static readonly ArticleCleaner Cleaner = new();

    /// <summary>Lines a page may be made of: body, headings, captions, furniture of many kinds, oddities.</summary>
    private static readonly string[] Pool =
    [
        "The minister said on Monday that talks would resume after the holiday, according to officials.",
        "Local traders reported that prices had risen sharply over the past three weeks in the city.",
        "Negotiators from both sides are expected to meet again before the end of the month.",
        "Officials declined to say whether a draft agreement had already been circulated to members.",
        "Storm Damage Closes Coastal Road for Second Week",
        "Talks resume after a long pause",
        "Background",
        "A crowd gathers outside the court on Monday (AFP)",
        "Workers repair the damaged pier. / Reuters",
        "• Share",
        "• facebook",
        "Home > World > Europe",
        "4 MIN READ",
        "READ MORE: Ministers Split Over Budget Plan",
        "Published 12 May 2021",
        "Updated 9:15 AM GMT, May 13, 2021",
        "March 4, 2019",
        " date 2020-01-15 WORLD",
        " date 2020-01-15 The board met in private session to review the accounts for the year.",
        "Source: Reuters",
        "12 comments",
        "Most read",
        "By Jane Roe",
        "Advertisement",
        "© 2021 Example Media",
        "•",
        "",
        "   ",
        "\u00A0",
        "Explore",
        "Contact us",
        "Why It Matters",
        "\"We will not give up,\" she said.",
        "12:30",
        "(",
        "Photo: Jane Roe",
    ];

    [Property]
    public bool NeverThrowsOnArbitraryText(string text, string? title)
    {
        var cleaned = Cleaner.Clean(text, title);
        return cleaned.Text is not null;
    }

    [Property]
    public bool ZonesLieInsideTheTextAndTileIt(string text)
    {
        var cleaned = Cleaner.Clean(text);
        return TilesText(cleaned);
    }

    [Property]
    public bool ZonesTileAssembledPages(byte[] picks, bool[] tight) => TilesText(Cleaner.Clean(Assemble(picks, tight)));

    [Property]
    public bool IsIdempotentOnArbitraryText(string text)
    {
        var once = Cleaner.Clean(text).Text;
        return Cleaner.Clean(once).Text == once;
    }

    [Property(MaxTest = 300)]
    public bool IsIdempotentOnAssembledPages(byte[] picks, bool[] tight)
    {
        var once = Cleaner.Clean(Assemble(picks, tight)).Text;
        return Cleaner.Clean(once).Text == once;
    }

    [Property]
    public bool RemovedLinesPointIntoTheInput(byte[] picks, bool[] tight)
    {
        var page = Assemble(picks, tight);
        var lines = page.Split('\n');
        var cleaned = Cleaner.Clean(page);
        return cleaned.Removed.All(r => r.SourceLine >= 1 && r.SourceLine <= lines.Length && lines[r.SourceLine - 1].Contains(r.Text.Trim(), StringComparison.Ordinal))
            && cleaned.Zones.All(z => lines[z.SourceLine - 1].Contains(cleaned.Text.Substring(z.Span.Start, z.Span.Length), StringComparison.Ordinal));
    }

    [Fact]
    public void KnownTitleMarksTheHeadlineAndItsRepeat()
    {
        const string page = """
            Spring Festival Returns to the Old Harbour

            Spring Festival Returns to the Old Harbour

            Thousands of visitors are expected at the harbour this weekend as the festival returns after four years.

            Organisers said tickets for the opening concert sold out within an hour of going on sale.
            """;
        var cleaned = Cleaner.Clean(page, "Spring Festival Returns to the Old Harbour");
        Assert.Equal("Spring Festival Returns to the Old Harbour", cleaned.Headline);
        Assert.Equal(ZoneKind.Headline, cleaned.Zones[0].Kind);
        Assert.Equal(1, cleaned.Zones[0].SourceLine);
        Assert.Contains(cleaned.Removed, r => r.SourceLine == 3 && r.Reason == RemovalReasons.RepeatedHeadline);
    }

    [Fact]
    public void KeepsInnerUnicodeSpacesAndJoinsBlocksWithBlankLines()
    {
        var cleaned = Cleaner.Clean("  The\u00A0committee met in the capital on Friday to review the proposal in detail.  \r\n\r\n\r\nIt will report back to parliament within a month, the chair told reporters.\u00A0");
        Assert.Equal("The\u00A0committee met in the capital on Friday to review the proposal in detail.\n\nIt will report back to parliament within a month, the chair told reporters.", cleaned.Text);
        Assert.All(cleaned.Zones, z => Assert.Equal(ZoneKind.Body, z.Kind));
    }

    [Fact]
    public void EmptyInputGivesEmptyText()
    {
        Assert.Equal(string.Empty, Cleaner.Clean(string.Empty).Text);
        Assert.Equal(string.Empty, Cleaner.Clean(null!).Text);
    }

    [Fact]
    public void LargeInputIsCleanedWhole()
    {
        var page = string.Join("\n", Enumerable.Range(0, 40_000).Select(i => Pool[i % Pool.Length]));
        var cleaned = Cleaner.Clean(page);
        Assert.NotEmpty(cleaned.Text);
        Assert.True(TilesText(cleaned));
    }

    private static string Assemble(byte[]? picks, bool[]? tight)
    {
        picks ??= [];
        tight ??= [];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < picks.Length; i++)
        {
            builder.Append(Pool[picks[i] % Pool.Length]);
            builder.Append(i < tight.Length && tight[i] ? "\n" : "\n\n");
        }

        return builder.ToString();
    }

    private static bool TilesText(CleanedText cleaned)
    {
        var position = 0;
        foreach (var zone in cleaned.Zones)
        {
            if (zone.Span.Start < position || zone.Span.End > cleaned.Text.Length || zone.Span.Length <= 0)
            {
                return false;
            }

            // Between two zones there is exactly the paragraph break.
            var gap = cleaned.Text.AsSpan(position, zone.Span.Start - position);
            if (position > 0 ? !gap.SequenceEqual("\n\n") : gap.Length != 0)
            {
                return false;
            }

            position = zone.Span.End;
        }

        return position == cleaned.Text.Length;
    }
}
