namespace Chronicle.Tests.Time;

/// <summary>Finds the data files of these tests in the source tree (the repository root holds Chronicle.sln).</summary>
internal static class TimeTestFiles
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Chronicle.sln")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
        return System.IO.Path.Combine([root, "tests", "Chronicle.Tests", .. parts]);
    }
}
