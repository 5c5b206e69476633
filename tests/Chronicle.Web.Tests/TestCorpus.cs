using Chronicle.Pipeline;
using Chronicle.Reading;
using Chronicle.Storage;

namespace Chronicle.Web.Tests;

/// <summary>
/// The repository's samples/ ingested once into a SQLite store (the same pipeline as `chronicle
/// ingest samples`); each test server gets its own copy, so uploads in one test never show in another.
/// </summary>
public static class TestCorpus
{
    private static readonly Lazy<string> Samples = new(BuildSamples, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string RepoRoot { get; } = LocateRepoRoot();

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>A fresh copy of the ingested samples, in a new temporary directory.</summary>
    public static string CopyOfSamples()
    {
        var directory = Directory.CreateTempSubdirectory("chronicle-web-").FullName;
        var path = Path.Combine(directory, "samples.db");
        File.Copy(Samples.Value, path);
        return path;
    }

    /// <summary>An empty store in a new temporary directory.</summary>
    public static string EmptyStorePath() => Path.Combine(Directory.CreateTempSubdirectory("chronicle-web-").FullName, "empty.db");

    /// <summary>Deletes a store made by this class, with its directory.</summary>
    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing server is left for the system's temp cleaner.
        }
    }

    private static string BuildSamples()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("chronicle-web-samples-").FullName, "samples.db");
        using (var store = SqliteArticleStore.Open(path))
        {
            var inputs = InputExpander.Expand([Path.Combine(RepoRoot, "samples")]).ToList();
            var summary = new IngestRunner(new ArticleReader(), new ArticleAnalyzer()).Run(inputs, store, _ => { }, null);
            if (summary.Added == 0)
            {
                throw new InvalidOperationException("the samples folder gave no articles.");
            }
        }

        return path;
    }

    private static string LocateRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Chronicle.sln not found above the test output folder.");
    }
}
