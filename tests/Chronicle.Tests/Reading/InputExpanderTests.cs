using Chronicle.Reading;

namespace Chronicle.Tests.Reading;

public class InputExpanderTests
{
    [Fact]
    public void DirectoryIsWalkedRecursivelyInOrdinalOrderSkippingHiddenEntries()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "b");
        folder.Write("a/z.html", "z");
        folder.Write("a/B.txt", "B");
        folder.Write(".git/config", "hidden");
        folder.Write("c/.DS_Store", "hidden");
        folder.Write("c/deep/er/x.md", "x");

        var items = InputExpander.Expand([folder.Root]).ToList();

        Assert.All(items, item => Assert.Equal(InputKind.File, item.Kind));
        Assert.Equal(
            ["a/B.txt", "a/z.html", "b.txt", "c/deep/er/x.md"],
            items.Select(item => Path.GetRelativePath(folder.Root, item.Path).Replace('\\', '/')));
    }

    [Fact]
    public void StarGlobMatchesFilesInOneFolder()
    {
        using var folder = new TempFolder();
        folder.Write("samples/one.txt", "1");
        folder.Write("samples/two.txt", "2");
        folder.Write("samples/three.md", "3");
        folder.Write("samples/sub/four.txt", "4");

        var items = InputExpander.Expand([Path.Combine(folder.Root, "samples", "*.txt")]).ToList();

        Assert.Equal(["one.txt", "two.txt"], items.Select(item => Path.GetFileName(item.Path)));
    }

    [Fact]
    public void DoubleStarGlobMatchesAtAnyDepthIncludingNone()
    {
        using var folder = new TempFolder();
        folder.Write("news/top.html", "t");
        folder.Write("news/2031/feb/ferry.html", "f");
        folder.Write("news/2031/feb/ferry.txt", "not html");
        folder.Write("news/.cache/hidden.html", "hidden");

        var items = InputExpander.Expand([Path.Combine(folder.Root, "news", "**", "*.html")]).ToList();

        Assert.Equal(
            ["2031/feb/ferry.html", "top.html"],
            items.Select(item => Path.GetRelativePath(Path.Combine(folder.Root, "news"), item.Path).Replace('\\', '/')));
    }

    [Fact]
    public void QuestionMarkAndStarInTheMiddleOfAPath()
    {
        using var folder = new TempFolder();
        folder.Write("day1/story.txt", "1");
        folder.Write("day2/story.txt", "2");
        folder.Write("day10/story.txt", "10");

        var items = InputExpander.Expand([Path.Combine(folder.Root, "day?", "*.txt")]).ToList();

        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.EndsWith("story.txt", item.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void GlobThatMatchesNothingIsAnErrorItem()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "a");
        var pattern = Path.Combine(folder.Root, "*.html");

        var item = Assert.Single(InputExpander.Expand([pattern]));

        Assert.Equal(InputKind.Error, item.Kind);
        Assert.Equal(pattern, item.Path);
        Assert.Equal("glob matched no files", item.Error);
    }

    [Fact]
    public void MissingPathIsAnErrorItemAndTheOthersStillCome()
    {
        using var folder = new TempFolder();
        var real = folder.Write("real.txt", "r");

        var items = InputExpander.Expand(["/no/such/place/at/all.txt", real, "-"]).ToList();

        Assert.Equal(InputKind.Error, items[0].Kind);
        Assert.Equal("no such file or directory", items[0].Error);
        Assert.Equal(InputItem.ForFile(real), items[1]);
        Assert.Equal(InputItem.Stdin, items[2]);
    }

    [Fact]
    public void ErrorItemsBecomeReadErrors()
    {
        var results = new ArticleReader().ReadAll(["/no/such/place.txt"]).ToList();
        var error = Assert.Single(results).Error!;
        Assert.Equal("/no/such/place.txt: no such file or directory", error.ToString());
    }

    [Fact]
    public void ExpansionIsLazy()
    {
        static IEnumerable<string> Inputs()
        {
            yield return "-";
            throw new InvalidOperationException("the second input must not be asked for");
        }

        Assert.Equal(InputItem.Stdin, InputExpander.Expand(Inputs()).First());
    }

    [Theory]
    [InlineData("*.txt", "story.txt", true)]
    [InlineData("*.txt", "story.txt.bak", false)]
    [InlineData("st?ry*", "story-2.md", true)]
    [InlineData("a*b*c*d", "aXbYcZd", true)]
    [InlineData("a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    public void WildcardMatching(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, GlobPattern.WildcardMatch(pattern, name));
    }
}
