namespace Chronicle.Tests;

/// <summary>
/// Locates ../shared (beside the clone) for the tests that use the team's shared data. A user's clone
/// has no ../shared: those tests are skipped with a message saying so.
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = LocateRepoRoot();

    // Declared after RepoRoot: static initialisers run in order and Locate reads RepoRoot.
    public static string? Root { get; } = Locate();

    public const string MissingMessage = "../shared is absent (a user's clone has none): test skipped.";


    /// <summary>Skips the calling [SkippableFact] test, with a clear message, when ../shared is absent.</summary>
    public static void SkipIfAbsent() => Skip.If(Root is null, MissingMessage);

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException(MissingMessage), .. parts]);

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("CHRONICLE_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return System.IO.Path.GetFullPath(env);
        }

        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "seeds")) ? candidate : null;
    }

    private static string LocateRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Chronicle.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Chronicle.sln) above " + AppContext.BaseDirectory);
    }
}
