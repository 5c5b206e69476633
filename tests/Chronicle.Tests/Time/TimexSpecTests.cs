using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>
/// The spec cases of timex-spec.tsv: each sentence marks one expression with [[ ]]; the tagger must find
/// exactly that extent with the expected type, value and mod. A case with type NONE checks that the
/// marked text is NOT an extent (the preposition stays out).
/// </summary>
public class TimexSpecTests
{
    private static readonly TimexTagger Tagger = new();

    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        var path = TimeTestFiles.Path("Time", "timex-spec.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3], f[4]);
        }

        return data;
    }

    [Fact]
    public void TheSpecFileHasCasesForEveryCategory()
    {
        Assert.True(Cases().Count >= 80);
    }

    [Fact]
    public void AClockTimeClosingAParagraphTakesNoDateFromTheNext()
    {
        const string text = "Updated 8:04 a.m. EST\n\nDec. 6, 2026: the vote was delayed.";
        var timexes = Tagger.Tag(text, new DateOnly(2026, 12, 7));

        Assert.Contains(timexes, t => t.Text == "8:04 a.m. EST" && t.Type == TimexType.Time);
        Assert.Contains(timexes, t => t.Text == "Dec. 6, 2026" && t.Value == "2026-12-06");
    }

    [Fact]
    public void AClockTimeOnTheDayItsSentenceNamedIsAnchoredOnThatDay()
    {
        var timexes = Tagger.Tag("The talks resumed on Tuesday. They broke up on Friday, and the mediator left at 9 a.m.", new DateOnly(2026, 12, 6));

        var friday = Assert.Single(timexes, t => t.Text == "Friday");
        var clock = Assert.Single(timexes, t => t.Text == "9 a.m.");
        Assert.Equal("2026-12-04T09:00", clock.Value);
        Assert.Equal(friday.Tid, clock.Anchor);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TagsTheMarkedExpression(string marked, string dct, string type, string value, string mod)
    {
        var start = marked.IndexOf("[[", StringComparison.Ordinal);
        var end = marked.IndexOf("]]", StringComparison.Ordinal) - 2;
        var text = marked.Replace("[[", "").Replace("]]", "");
        DateOnly? creation = dct == "-" ? null : DateOnly.Parse(dct, System.Globalization.CultureInfo.InvariantCulture);

        var timexes = Tagger.Tag(text, creation);
        var found = timexes.FirstOrDefault(t => t.Span.Start == start && t.Span.End == end);
        if (type == "NONE")
        {
            Assert.Null(found);
            return;
        }

        Assert.True(found is not null, $"no timex [{start},{end}) '{text[start..end]}'; got: {string.Join(", ", timexes.Select(t => $"'{t.Text}' {t.Value}"))}");
        Assert.Equal(type, Timex.TypeName(found!.Type));
        Assert.Equal(value, found.Value);
        Assert.Equal(mod == "-" ? null : mod, found.Mod);
    }
}
