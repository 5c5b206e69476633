using Chronicle.Model;
using Chronicle.Reading;

namespace Chronicle.Tests.Reading;

/// <summary>Fixture paths, temporary folders and shortcuts shared by the Reading tests.</summary>
internal static class ReadingTestSupport
{
    private static readonly string FixtureFolder = Path.Combine(LocateRepoRoot(), "tests", "Chronicle.Tests", "Reading", "Fixtures");

    public static string Fixture(string name) => Path.Combine(FixtureFolder, name);

    public static List<ReadResult> ReadFixture(string name, ReaderOptions? options = null) =>
        new ArticleReader(options ?? ReaderOptions.Default).ReadFile(Fixture(name)).ToList();

    public static List<ReadResult> ReadBytes(byte[] bytes, string origin = "-", ReaderOptions? options = null) =>
        new ArticleReader(options ?? ReaderOptions.Default).ReadStream(new MemoryStream(bytes), origin).ToList();

    public static RawArticle SingleArticle(IReadOnlyList<ReadResult> results)
    {
        var result = Assert.Single(results);
        Assert.True(result.IsOk, result.Error?.ToString());
        return result.Article!;
    }

    public static ReadError SingleError(IReadOnlyList<ReadResult> results)
    {
        var result = Assert.Single(results);
        Assert.False(result.IsOk, "expected an error, got an article");
        return result.Error!;
    }

    /// <summary>
    /// The folder holding Chronicle.sln above the test binaries. SharedData.RepoRoot would do, but its
    /// static initialisers run in an order that leaves it null while Root is computed (reported upstream).
    /// </summary>
    private static string LocateRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find Chronicle.sln above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fresh folder under the system temp folder, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "chronicle-reading-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relativePath, string content) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the test result is what matters.
        }
    }
}
