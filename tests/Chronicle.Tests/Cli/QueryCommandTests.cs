using System.Text.Json;

namespace Chronicle.Tests.Cli;

public sealed class QueryCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private string Db => Path.Combine(temp.Path, "store.db");

    public QueryCommandTests()
    {
        temp.File("in/bridge.txt", """
            Bridge reopens after repairs

            Published 4 March 2022

            The old river bridge reopened to traffic on Friday after eight months of repairs.
            Engineers replaced the steel cables and repainted the towers.
            """);
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--db", Db).ExitCode);
    }

    [Fact]
    public void Docs_lists_the_explicit_date_and_title()
    {
        var result = CliRunner.Run("docs", "--db", Db, "--format", "json");
        var doc = JsonDocument.Parse(result.Out).RootElement[0];
        Assert.Equal("2022-03-04", doc.GetProperty("published").GetString());
        Assert.Equal("explicit", doc.GetProperty("publishedEvidence").GetString());
        Assert.Equal("Bridge reopens after repairs", doc.GetProperty("title").GetString());
    }

    [Fact]
    public void Docs_table_and_markdown_name_the_article()
    {
        Assert.Contains("Bridge reopens after repairs", CliRunner.Run("docs", "--db", Db).Out);
        Assert.Contains("| Bridge reopens after repairs |", CliRunner.Run("docs", "--db", Db, "--format", "md").Out);
    }

    [Fact]
    public void Show_prints_zones_by_id_prefix()
    {
        var id = JsonDocument.Parse(CliRunner.Run("docs", "--db", Db, "--format", "json").Out).RootElement[0].GetProperty("articleId").GetString()!;
        var result = CliRunner.Run("show", id[..6], "--db", Db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[headline] Bridge reopens after repairs", result.Out);
        Assert.Contains("steel cables", result.Out);
        Assert.DoesNotContain("Published 4 March 2022", result.Out.Split("removed by cleaning")[0].Split('\n').Where(l => l.StartsWith('[')).Aggregate("", string.Concat));
    }

    [Fact]
    public void Show_of_an_unknown_id_fails_clearly()
    {
        var result = CliRunner.Run("show", "zzzz", "--db", Db);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("zzzz", result.Error);
    }

    [Fact]
    public void Search_finds_the_sentence_with_a_snippet()
    {
        var result = CliRunner.Run("search", "cables", "--db", Db, "--format", "json");
        var hits = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(1, hits.GetArrayLength());
        Assert.Contains("cables", hits[0].GetProperty("snippet").GetString());
    }

    [Fact]
    public void Search_survives_hostile_queries()
    {
        foreach (var query in new[] { "\"", "AND (", "*", "-", "cables\" OR" })
        {
            Assert.Equal(0, CliRunner.Run("search", query, "--db", Db).ExitCode);
        }
    }

    [Fact]
    public void Reading_a_missing_store_is_a_clear_error()
    {
        var result = CliRunner.Run("docs", "--db", Path.Combine(temp.Path, "missing.db"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing.db", result.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "missing.db")));
    }

    [Fact]
    public void Timeline_json_is_byte_identical_across_runs()
    {
        var folder = Path.Combine(temp.Path, "in");
        var first = CliRunner.Run("timeline", folder, "--format", "json");
        var second = CliRunner.Run("timeline", folder, "--format", "json");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        var doc = JsonDocument.Parse(first.Out).RootElement.GetProperty("documents")[0];
        Assert.Equal("d1", doc.GetProperty("id").GetString());
        Assert.Equal("2022-03-04", doc.GetProperty("publishedRange")[0].GetString());
    }

    [Fact]
    public void Tag_prints_text_sentences_and_metadata()
    {
        var result = CliRunner.Run("tag", Path.Combine(temp.Path, "in", "bridge.txt"));
        var root = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("2022-03-04", root.GetProperty("dct").GetString());
        Assert.True(root.GetProperty("sentences").GetArrayLength() >= 3);
        var text = root.GetProperty("text").GetString()!;
        foreach (var sentence in root.GetProperty("sentences").EnumerateArray())
        {
            var start = sentence.GetProperty("start").GetInt32();
            var end = sentence.GetProperty("end").GetInt32();
            Assert.Equal(sentence.GetProperty("text").GetString(), text[start..end]);
        }
    }

    [Fact]
    public void Tag_raw_keeps_offsets_into_the_file_and_dct_overrides()
    {
        var path = Path.Combine(temp.Path, "in", "bridge.txt");
        var result = CliRunner.Run("tag", path, "--raw", "--dct", "2022-03-05");
        var root = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(File.ReadAllText(path), root.GetProperty("text").GetString());
        Assert.Equal("2022-03-05", root.GetProperty("dct").GetString());
        Assert.Equal(2, CliRunner.Run("tag", path, "--dct", "March 5").ExitCode);
    }

    public void Dispose() => temp.Dispose();
}
