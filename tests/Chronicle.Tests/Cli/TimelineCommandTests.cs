namespace Chronicle.Tests.Cli;

/// <summary>`chronicle timeline --db DB` over a store of the bundled samples.</summary>
public sealed class TimelineCommandTests
{
    private static readonly string Samples = Path.Combine(SharedData.RepoRoot, "samples");

    [Fact]
    public void An_entity_timeline_from_a_store_prints_the_timeline_built_from_scratch_and_collections_resume()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "store.db");
        Assert.Equal(0, CliRunner.Run("ingest", Samples, "--db", db, "--quiet").ExitCode);

        // The first run brings the index up to date; the second reads an index that is.
        var first = CliRunner.Run("timeline", "--db", db, "--entity", "Boeing", "--format", "json");
        var second = CliRunner.Run("timeline", "--db", db, "--entity", "Boeing", "--format", "json");

        Assert.Equal(0, second.ExitCode);
        using var store = Chronicle.Storage.SqliteArticleStore.Open(db);
        var scratch = Chronicle.Timeline.TimelineBuilder.BuildWithFusion(store, new Chronicle.Timeline.TimelineFilter { Entity = "Boeing" }).Timeline;
        Assert.NotEmpty(scratch.Events);
        Assert.Equal(Chronicle.Rendering.JsonOutput.Serialize(scratch) + Environment.NewLine, second.Out);
        Assert.Equal(first.Out, second.Out);
        Assert.NotEqual(System.Runtime.GCLatencyMode.NoGCRegion, System.Runtime.GCSettings.LatencyMode);
    }
}
