using System.Text.Json;
using Chronicle.Tests.Storage;

namespace Chronicle.Tests.Cli;

/// <summary>The CLI with --db postgres://...: several ingests at once into one database, the index's output, and the errors a user sees.</summary>
public sealed class PostgresCliTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly PostgresTestDatabase database = new();

    public void Dispose()
    {
        database.Dispose();
        temp.Dispose();
    }

    [SkippableFact]
    public void Concurrent_ingests_of_overlapping_folders_store_each_article_once_with_all_its_origins()
    {
        // Three "workers" get overlapping parts of twelve articles: every article is in at least one part.
        var articles = Enumerable.Range(0, 12).Select(n =>
            $"Ferry line {n} resumes\n\nThe ferry line {n} resumed service on Monday after a {n + 3}-day closure, the operator said.\nCrews repaired pier {n}.\n").ToList();
        var parts = new[] { (0, 6), (4, 10), (8, 12) }.Select((range, w) =>
        {
            for (var n = range.Item1; n < range.Item2; n++)
            {
                temp.File($"part{w}/article{n}.txt", articles[n]);
            }

            return Path.Combine(temp.Path, $"part{w}");
        }).ToList();
        var url = database.Url;

        var results = parts.AsParallel().WithDegreeOfParallelism(3).Select(part => CliRunner.Run("ingest", part, "--db", url, "--format", "json")).ToList();

        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        var added = results.Sum(r => JsonDocument.Parse(r.Out).RootElement.GetProperty("summary").GetProperty("added").GetInt32());
        Assert.Equal(12, added);
        var docs = JsonDocument.Parse(CliRunner.Run("docs", "--db", url, "--format", "json").Out).RootElement;
        Assert.Equal(12, docs.GetArrayLength());
        var search = CliRunner.Run("search", "pier", "--db", url);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("[pier]", search.Out, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Timelines_and_entities_of_the_samples_in_postgres_are_the_bytes_of_the_sqlite_store_s()
    {
        var url = database.Url;
        var file = Path.Combine(temp.Path, "samples.db");
        var samples = Path.Combine(SharedData.RepoRoot, "samples");
        Assert.Equal(0, CliRunner.Run("ingest", samples, "--db", url).ExitCode);
        Assert.Equal(0, CliRunner.Run("ingest", samples, "--db", file).ExitCode);

        // The first timeline builds the index; the next commands read it.
        Assert.Equal(CliRunner.Run("timeline", samples, "--format", "json").Out, CliRunner.Run("timeline", "--db", url, "--format", "json").Out);
        Assert.Contains("up to date", CliRunner.Run("index", "--db", url).Out, StringComparison.Ordinal);
        foreach (var args in new[] { new[] { "timeline", "--limit", "5", "--format", "json" }, ["entities", "--format", "json"], ["entities"], ["timeline"] })
        {
            var expected = CliRunner.Run([.. args, "--db", file]);
            Assert.Equal(0, expected.ExitCode);
            Assert.Equal(expected.Out, CliRunner.Run([.. args, "--db", url]).Out);
        }

        var top = JsonDocument.Parse(CliRunner.Run("entities", "--db", file, "--format", "json").Out).RootElement[0].GetProperty("name").GetString()!;
        Assert.Equal(
            CliRunner.Run("timeline", "--db", file, "--entity", top, "--format", "json").Out,
            CliRunner.Run("timeline", "--db", url, "--entity", top, "--format", "json").Out);
    }

    [Fact]
    public void An_unreachable_server_is_one_error_line_naming_it()
    {
        var result = CliRunner.Run("docs", "--db", "postgres://reader@127.0.0.1:1/news");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("reader@127.0.0.1:1/news", result.Error, StringComparison.Ordinal);
        Assert.Contains("cannot reach the server", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
