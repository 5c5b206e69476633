using System.Text.Json;

namespace Chronicle.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private const string FirstArticle = """
        Harbour council approves new ferry route

        The harbour council voted on Tuesday to approve a ferry route between the two islands.
        The mayor said the first crossing would run in June.
        """;

    private const string SecondArticle = """
        Storm closes coastal road

        A winter storm closed the coastal road for three days, officials said on Monday.
        Repairs are expected to cost more than two million dollars.
        """;

    private readonly TempDirectory temp = new();

    private string Db => Path.Combine(temp.Path, "store.db");

    [Fact]
    public void Ingesting_the_same_folder_twice_stores_each_article_once()
    {
        temp.File("in/a.txt", FirstArticle);
        temp.File("in/b.txt", SecondArticle);
        var folder = Path.Combine(temp.Path, "in");

        var first = CliRunner.Run("ingest", folder, "--db", Db);
        var second = CliRunner.Run("ingest", folder, "--db", Db);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 added, 0 duplicate", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added, 2 duplicate", second.Out);
        var docs = CliRunner.Run("docs", "--db", Db, "--format", "json");
        Assert.Equal(2, JsonDocument.Parse(docs.Out).RootElement.GetArrayLength());
    }

    [Fact]
    public void A_broken_file_is_reported_by_name_and_the_rest_are_stored()
    {
        temp.File("in/a.txt", FirstArticle);
        temp.File("in/empty.txt", "");
        temp.File("in/image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        temp.File("in/c.txt", SecondArticle);

        var result = CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--db", Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.txt", result.Error);
        Assert.Contains("image.png", result.Error);
        Assert.Contains("2 added", result.Out);
        Assert.Contains("2 failed", result.Out);
    }

    [Fact]
    public void A_failed_batch_keeps_what_was_stored_before()
    {
        temp.File("first/a.txt", FirstArticle);
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(temp.Path, "first"), "--db", Db).ExitCode);

        temp.File("second/bad.jsonl", "{\"title\": \"ok\", \"text\": \"" + SecondArticle.ReplaceLineEndings("\\n") + "\"}\n{not json\n");
        var result = CliRunner.Run("ingest", Path.Combine(temp.Path, "second"), "--db", Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.jsonl:2", result.Error);
        var docs = CliRunner.Run("docs", "--db", Db, "--format", "json");
        Assert.Equal(2, JsonDocument.Parse(docs.Out).RootElement.GetArrayLength());
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_with_its_name()
    {
        temp.File("big.txt", new string('x', 2 * 1024 * 1024));
        var result = CliRunner.Run("ingest", Path.Combine(temp.Path, "big.txt"), "--db", Db, "--max-size", "1");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("big.txt", result.Error);
    }

    [Fact]
    public void A_missing_path_is_an_error_naming_it()
    {
        var result = CliRunner.Run("ingest", Path.Combine(temp.Path, "nope.txt"), "--db", Db);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.txt", result.Error);
    }

    [Fact]
    public void Usage_errors_exit_with_code_2()
    {
        Assert.Equal(2, CliRunner.Run("ingest").ExitCode);
        Assert.Equal(2, CliRunner.Run("no-such-command").ExitCode);
        Assert.Equal(2, CliRunner.Run("docs", "--format", "timeml", "--db", Db).ExitCode);
    }

    [Fact]
    public void Json_report_lists_every_outcome()
    {
        temp.File("in/a.txt", FirstArticle);
        temp.File("in/empty.txt", " ");
        var result = CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--db", Db, "--format", "json");
        var root = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(2, root.GetProperty("outcomes").GetArrayLength());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("added").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("failed").GetInt32());
    }

    public void Dispose() => temp.Dispose();
}

public sealed class ForeignLanguageIngestTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void An_article_in_another_language_is_stored_with_a_warning_and_no_annotations()
    {
        temp.File("in/fr.txt", "Le conseil municipal a voté mardi pour une nouvelle ligne de ferry entre les deux îles, et le maire a dit que la première traversée aura lieu en juin après un long débat dans la salle du conseil avec les habitants de la ville.");
        var db = Path.Combine(temp.Path, "s.db");
        var result = CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--db", db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("looks like French", result.Error);
        Assert.Contains("fr.txt", result.Error);
        var tag = CliRunner.Run("tag", Path.Combine(temp.Path, "in", "fr.txt"));
        Assert.Contains("\"entities\": []", tag.Out);
    }

    public void Dispose() => temp.Dispose();
}
