using System.Globalization;
using System.Text.Json;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>
/// The seed articles' gold timexes (../shared/gold/seeds.gold.json): on the dated seeds, every timex the
/// annotators call certain gets the gold value; on the undated ones, the dating inferred from the text
/// admits the gold publication date.
/// </summary>
public class SeedTimexTests
{
    [SkippableFact]
    public void CertainTimexesOfDatedSeedsGetTheGoldValue()
    {
        SharedData.SkipIfAbsent();
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("gold", "seeds.gold.json")));
        var tagger = new TimexTagger();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var doc in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            if (doc.GetProperty("publication_date_status").GetString() != "explicit")
            {
                continue;
            }

            var file = doc.GetProperty("file").GetString()!;
            var raw = File.ReadAllText(SharedData.Path("seeds", file));
            var dct = DateOnly.ParseExact(doc.GetProperty("publication_date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var found = tagger.Tag(raw, dct);
            foreach (var g in gold.RootElement.GetProperty("timexes").EnumerateArray())
            {
                if (g.GetProperty("file").GetString() != file || g.GetProperty("confidence").GetString() != "certain"
                    || g.GetProperty("tag_status").GetString() == "dct")
                {
                    continue;
                }

                checkedCount++;
                var start = Utf16Offset(raw, g.GetProperty("start").GetInt32());
                var end = Utf16Offset(raw, g.GetProperty("end").GetInt32());
                var text = g.GetProperty("text").GetString()!;
                var value = g.GetProperty("value").GetString()!;
                var match = found.FirstOrDefault(t => t.Span.Start == start && t.Span.End == end && t.Text == text)
                    ?? found.FirstOrDefault(t => t.Span.Start < end && start < t.Span.End);
                if (match is null || match.Value != value)
                {
                    failures.Add($"{file} '{text}' at {start}: gold {value}, got {(match is null ? "nothing" : $"'{match.Text}' {match.Value}")}");
                }
            }
        }

        Assert.True(checkedCount > 0, "no certain timexes in the dated seeds");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public void InferredDatingOfUndatedSeedsAdmitsTheGoldDate()
    {
        SharedData.SkipIfAbsent();
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("gold", "seeds.gold.json")));
        var inference = new ArticleDateInference(new TimexTagger());
        var undated = 0;
        foreach (var doc in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            if (doc.GetProperty("publication_date_status").GetString() == "explicit")
            {
                continue;
            }

            undated++;
            var file = doc.GetProperty("file").GetString()!;
            var expected = DateOnly.ParseExact(doc.GetProperty("publication_date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var published = inference.Infer(File.ReadAllText(SharedData.Path("seeds", file))).ToPublicationDate();

            Assert.Equal(Chronicle.Model.DateEvidence.Inferred, published.Evidence);
            Assert.True(published.Earliest is null || published.Earliest <= expected, $"{file}: earliest {published.Earliest} is after {expected}");
            Assert.True(published.Latest is null || published.Latest >= expected, $"{file}: latest {published.Latest} is before {expected}");
        }

        Assert.True(undated > 0, "no undated seeds");
    }

    /// <summary>A Python code-point offset as a UTF-16 offset into the same string.</summary>
    private static int Utf16Offset(string s, int codePoints)
    {
        var i = 0;
        for (var n = 0; n < codePoints && i < s.Length; n++)
        {
            i += char.IsSurrogatePair(s, i) ? 2 : 1;
        }

        return i;
    }
}
