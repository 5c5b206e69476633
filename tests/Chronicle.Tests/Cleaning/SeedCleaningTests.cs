using System.Text.Json;
using Chronicle.Cleaning;
using Chronicle.Model;
using Xunit.Abstractions;

namespace Chronicle.Tests.Cleaning;

/// <summary>Cleans the seed articles and checks the result against the gold annotation of their lines.</summary>
public class SeedCleaningTests(ITestOutputHelper output)
{
    private static readonly ArticleCleaner Cleaner = new();

    /// <summary>A seed, its lines, its cleaning and the gold fields about its lines.</summary>
    private sealed record Seed(string File, string[] Lines, CleanedText Cleaned, int[] Boilerplate, string[] Metadata, string[] Captions, string? Headline);

    [SkippableFact]
    public void RemovesTheGoldBoilerplateLines()
    {
        SharedData.SkipIfAbsent();
        var total = 0;
        var gone = 0;
        foreach (var seed in LoadSeeds())
        {
            foreach (var number in seed.Boilerplate)
            {
                total++;
                if (seed.Cleaned.Zones.All(z => z.SourceLine != number))
                {
                    gone++;
                }
                else
                {
                    output.WriteLine($"{seed.File}:{number} kept: {seed.Lines[number - 1]}");
                }
            }
        }

        var percent = total == 0 ? 100.0 : 100.0 * gone / total;
        output.WriteLine($"boilerplate removed: {gone}/{total} = {percent:F1}%");
        Assert.True(percent >= 90.0, $"only {percent:F1}% of the gold boilerplate lines were removed");
    }

    [SkippableFact]
    public void LosesNoArticleLine()
    {
        SharedData.SkipIfAbsent();
        var lost = new List<string>();
        var checkedLines = 0;
        foreach (var seed in LoadSeeds())
        {
            var clean = Normalise(seed.Cleaned.Text);
            for (var i = 0; i < seed.Lines.Length; i++)
            {
                var line = seed.Lines[i];
                if (string.IsNullOrWhiteSpace(line) || seed.Boilerplate.Contains(i + 1))
                {
                    continue;
                }

                var expected = ArticlePart(line, seed.Metadata);
                if (expected is null)
                {
                    continue;
                }

                checkedLines++;
                if (!clean.Contains(Normalise(expected), StringComparison.Ordinal))
                {
                    lost.Add($"{seed.File}:{i + 1}: {line}");
                }
            }
        }

        output.WriteLine($"article lines checked: {checkedLines}, lost: {lost.Count}");
        Assert.True(lost.Count == 0, "lost article lines:\n" + string.Join("\n", lost));
    }

    [SkippableFact]
    public void KeepsCaptionsAndHeadlinesInTheirZones()
    {
        SharedData.SkipIfAbsent();
        foreach (var seed in LoadSeeds())
        {
            foreach (var caption in seed.Captions)
            {
                var number = Array.FindIndex(seed.Lines, l => l.Trim() == caption.Trim()) + 1;
                Assert.True(number > 0, $"{seed.File}: gold caption not found in the file");
                var zone = Assert.Single(seed.Cleaned.Zones, z => z.SourceLine == number);
                Assert.Equal(ZoneKind.Caption, zone.Kind);
            }

            if (seed.Headline is { } headline)
            {
                var number = Array.FindIndex(seed.Lines, l => l.Trim() == headline.Trim()) + 1;
                var zone = Assert.Single(seed.Cleaned.Zones, z => z.SourceLine == number);
                Assert.Equal(ZoneKind.Headline, zone.Kind);
                Assert.Equal(headline.Trim(), seed.Cleaned.Headline);
            }
            else
            {
                Assert.DoesNotContain(seed.Cleaned.Zones, z => z.Kind == ZoneKind.Headline);
            }
        }
    }

    [SkippableFact]
    public void CleaningASeedTwiceChangesNothing()
    {
        SharedData.SkipIfAbsent();
        foreach (var seed in LoadSeeds())
        {
            Assert.Equal(seed.Cleaned.Text, Cleaner.Clean(seed.Cleaned.Text).Text);
        }
    }

    [SkippableFact]
    public void RecordsRemovedMetadataWithItsSourceLine()
    {
        SharedData.SkipIfAbsent();
        foreach (var seed in LoadSeeds())
        {
            foreach (var metadata in seed.Metadata)
            {
                // A metadata line may be removed in parts (a crawler prefix, then its section label).
                var text = Normalise(MetadataText(metadata));
                var number = Array.FindIndex(seed.Lines, l => Normalise(l).StartsWith(text, StringComparison.Ordinal)) + 1;
                Assert.True(number > 0, $"{seed.File}: gold metadata line not found: {metadata}");
                var removed = Normalise(string.Join(' ', seed.Cleaned.Removed.Where(r => r.SourceLine == number).Select(r => r.Text)));
                Assert.StartsWith(text, removed, StringComparison.Ordinal);
                // Source lines ("SOURCE: X") are metadata in the gold and carry their own reason here.
                Assert.Contains(seed.Cleaned.Removed, r => r.SourceLine == number && r.Reason is RemovalReasons.Metadata or RemovalReasons.SourceLine);
            }
        }
    }

    /// <summary>
    /// The part of a line that is article text: null for a metadata line; for a line that a
    /// metadata entry opens (a crawler prefix), the rest after it; else the whole line.
    /// </summary>
    private static string? ArticlePart(string line, string[] metadata)
    {
        foreach (var entry in metadata)
        {
            var text = MetadataText(entry);
            if (line.Trim() == text.Trim())
            {
                return null;
            }

            if (line.TrimStart().StartsWith(text.Trim(), StringComparison.Ordinal))
            {
                return line.TrimStart()[text.Trim().Length..];
            }
        }

        return line;
    }

    /// <summary>A gold metadata entry may carry a note in parentheses after the text: " date 2018-12-30 (prefix of line 1 only; ...)".</summary>
    private static string MetadataText(string entry)
    {
        var note = entry.IndexOf(" (prefix", StringComparison.Ordinal);
        return note >= 0 ? entry[..note] : entry;
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<Seed> LoadSeeds()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("gold", "seeds.gold.json")));
        var seeds = new List<Seed>();
        foreach (var document in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = document.GetProperty("file").GetString()!;
            var text = File.ReadAllText(SharedData.Path("seeds", file)).Replace("\r\n", "\n");
            seeds.Add(new Seed(
                file,
                text.Split('\n'),
                Cleaner.Clean(text),
                document.GetProperty("boilerplate_line_numbers").EnumerateArray().Select(e => e.GetInt32()).ToArray(),
                Strings(document, "metadata_lines"),
                Strings(document, "caption_lines"),
                document.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null));
        }

        return seeds;
    }

    private static string[] Strings(JsonElement document, string name) =>
        document.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray()
            : [];
}
