using Chronicle.Cleaning;
using Chronicle.Model;

namespace Chronicle.Tests.Cleaning;

public class FixtureCleaningTests
{
    private static readonly ArticleCleaner Cleaner = new();

    public static TheoryData<string> FixtureNames => new(FixtureArticles.All.Select(f => f.Name));

    private static FixtureArticles.Fixture Get(string name) => FixtureArticles.All.Single(f => f.Name == name);

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void KeepsEveryArticleLine(string name)
    {
        var fixture = Get(name);
        var cleaned = Cleaner.Clean(fixture.Text);
        foreach (var line in fixture.Kept)
        {
            Assert.True(cleaned.Text.Contains(line, StringComparison.Ordinal), $"lost article line: {line}\n--- clean text:\n{cleaned.Text}");
        }
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void RemovesFurnitureWithItsReason(string name)
    {
        var fixture = Get(name);
        var cleaned = Cleaner.Clean(fixture.Text);
        foreach (var (line, reason) in fixture.Removed)
        {
            var entry = cleaned.Removed.FirstOrDefault(r => r.Text.Trim() == line || r.Text.Contains(line, StringComparison.Ordinal));
            Assert.True(entry is not null, $"not removed: {line}\n--- removed:\n{string.Join("\n", cleaned.Removed)}");
            Assert.Equal(reason, entry.Reason);
            Assert.DoesNotContain(cleaned.Zones, z => cleaned.Text.Substring(z.Span.Start, z.Span.Length) == fixture.Text.Split('\n')[entry.SourceLine - 1].Trim());
        }
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void FindsTheHeadline(string name)
    {
        var fixture = Get(name);
        var cleaned = Cleaner.Clean(fixture.Text);
        Assert.Equal(fixture.Headline, cleaned.Headline);
        var headline = Assert.Single(cleaned.Zones, z => z.Kind == ZoneKind.Headline);
        Assert.Equal(fixture.Headline, cleaned.Text.Substring(headline.Span.Start, headline.Span.Length));
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void IsIdempotent(string name)
    {
        var once = Cleaner.Clean(Get(name).Text);
        Assert.Equal(once.Text, Cleaner.Clean(once.Text).Text);
    }

    [Fact]
    public void CaptionWithCreditIsACaptionZone()
    {
        var cleaned = Cleaner.Clean(FixtureArticles.SciencePage.Text);
        var caption = Assert.Single(cleaned.Zones, z => z.Kind == ZoneKind.Caption);
        Assert.EndsWith("Photograph: Mission Control/Handout", cleaned.Text.Substring(caption.Span.Start, caption.Span.Length));
    }

    [Fact]
    public void ShortSentenceCaseLineInsideTheBodyIsASubheading()
    {
        var cleaned = Cleaner.Clean(FixtureArticles.LocalPaper.Text);
        var zone = Assert.Single(cleaned.Zones, z => cleaned.Text.Substring(z.Span.Start, z.Span.Length) == "What happens next");
        Assert.Equal(ZoneKind.Subheading, zone.Kind);
    }

    [Fact]
    public void SentenceBetweenHeadlineAndBylineIsTheStandfirst()
    {
        var cleaned = Cleaner.Clean(FixtureArticles.LocalPaper.Text);
        var zone = Assert.Single(cleaned.Zones, z => cleaned.Text.Substring(z.Span.Start, z.Span.Length).StartsWith("Residents have campaigned", StringComparison.Ordinal));
        Assert.Equal(ZoneKind.Standfirst, zone.Kind);
    }
}
