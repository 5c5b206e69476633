using System.Text.Json;
using Chronicle.Cleaning;
using Chronicle.Dating;
using Chronicle.Model;

namespace Chronicle.Tests.Dating;

/// <summary>The seeds whose gold date is explicit get that date from their text; the others get Unknown.</summary>
public class SeedDatingTests
{
    [SkippableFact]
    public void FindsTheStatedPublicationDateOfEachSeed()
    {
        SharedData.SkipIfAbsent();
        var cleaner = new ArticleCleaner();
        var finder = new PublicationDateFinder();
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("gold", "seeds.gold.json")));
        var explicitSeeds = 0;
        foreach (var document in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = document.GetProperty("file").GetString()!;
            var text = File.ReadAllText(SharedData.Path("seeds", file)).Replace("\r\n", "\n");
            var found = finder.Find(null, cleaner.Clean(text), text);
            if (document.GetProperty("publication_date_status").GetString() == "explicit")
            {
                explicitSeeds++;
                var expected = DateOnly.ParseExact(document.GetProperty("publication_date").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(DateEvidence.Explicit, found.Evidence);
                Assert.Equal(expected, found.Date);
                Assert.Equal(expected, found.Earliest);
                Assert.Equal(expected, found.Latest);
                Assert.False(string.IsNullOrEmpty(found.EvidenceText));
                Assert.Contains(found.EvidenceText!, text, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(found == PublicationDate.Unknown, $"{file}: a body date was taken for the publication date: {found}");
            }
        }

        Assert.True(explicitSeeds > 0, "the gold has no seed with an explicit date");
    }
}
