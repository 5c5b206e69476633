namespace Chronicle.Tests.Cli;

public sealed class BenchIndexCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void Bench_index_brings_the_index_up_to_date_and_says_what_it_did()
    {
        temp.File("in/bridge.txt", """
            Bridge reopens after repairs

            Published 4 March 2022

            The old river bridge reopened to traffic on Friday after eight months of repairs.
            The city council met on Monday to approve the repairs.
            """);
        var db = Path.Combine(temp.Path, "store.db");
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--db", db).ExitCode);

        var first = CliRunner.Run("bench", "index", db);
        var again = CliRunner.Run("bench", "index", db);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("resolve/refine/link/fuse/write s", first.Out);
        Assert.Contains("new articles 1,", first.Out);
        Assert.Contains("new articles 0,", again.Out);
    }

    [Fact]
    public void A_store_in_a_missing_folder_is_one_error_line_naming_it()
    {
        var db = Path.Combine(temp.Path, "no-such-folder", "store.db");

        var index = CliRunner.Run("bench", "index", db);
        var bench = CliRunner.Run("bench", "--db", db, "--no-peers", "--no-index");

        Assert.NotEqual(0, index.ExitCode);
        Assert.Contains(db + ": no such store", index.Error);
        Assert.NotEqual(0, bench.ExitCode);
        Assert.Contains(db + ": cannot open the store", bench.Error);
        Assert.DoesNotContain("   at ", index.Error + bench.Error);
        Assert.Empty(bench.Out);
    }

    public void Dispose() => temp.Dispose();
}
