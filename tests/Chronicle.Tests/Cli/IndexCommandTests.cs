namespace Chronicle.Tests.Cli;

public sealed class IndexCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void Index_takes_new_articles_in_then_says_the_index_is_up_to_date()
    {
        temp.File("in/ferry.txt", """
            Ferry service resumes

            Published 12 May 2023

            The island ferry resumed sailings on Thursday after a two-week strike by its crews.
            Union leaders met the operator on Tuesday and agreed a new contract.
            """);
        var db = Path.Combine(temp.Path, "store.db");
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--db", db).ExitCode);

        var first = CliRunner.Run("index", "--db", db);
        var again = CliRunner.Run("index", "--db", db, "--exact");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("index: 1 article taken in (exact)", first.Out);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("index: up to date.", again.Out);
    }

    [Fact]
    public void Index_of_a_missing_store_is_a_clear_error()
    {
        var result = CliRunner.Run("index", "--db", Path.Combine(temp.Path, "none.db"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no such store", result.Error);
    }

    public void Dispose() => temp.Dispose();
}
