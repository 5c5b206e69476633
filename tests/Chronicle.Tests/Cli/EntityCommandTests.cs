using System.Text.Json;

namespace Chronicle.Tests.Cli;

/// <summary>`chronicle entity NAME` and `chronicle entities` over a store of the bundled samples.</summary>
public sealed class EntityCommandTests
{
    private static readonly string Samples = Path.Combine(SharedData.RepoRoot, "samples");

    [Fact]
    public void The_profile_gives_the_entity_its_events_and_its_articles_numbered_as_in_the_timeline()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "store.db");
        Assert.Equal(0, CliRunner.Run("ingest", Samples, "--db", db, "--quiet").ExitCode);

        var result = CliRunner.Run("entity", "Boeing", "--db", db, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var page = JsonDocument.Parse(result.Out);
        var entity = page.RootElement.GetProperty("entity");
        Assert.Equal("Boeing", entity.GetProperty("name").GetString());
        var id = entity.GetProperty("id").GetString();
        var events = page.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains(id, e.GetProperty("actors").EnumerateArray().Concat(e.GetProperty("targets").EnumerateArray()).Select(x => x.GetString())));

        // Document ids are the timeline's: the same article has the same dN in both.
        using var timeline = JsonDocument.Parse(CliRunner.Run("timeline", "--db", db, "--format", "json").Out);
        var numbered = timeline.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("articleId").GetString()!, d => d.GetProperty("id").GetString());
        var documents = page.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(entity.GetProperty("documents").GetArrayLength(), documents.Count);
        Assert.All(documents, d => Assert.Equal(numbered[d.GetProperty("articleId").GetString()!], d.GetProperty("id").GetString()));
    }

    [Fact]
    public void The_profile_written_an_item_at_a_time_has_the_bytes_of_the_page_serialised_whole()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "store.db");
        Assert.Equal(0, CliRunner.Run("ingest", Samples, "--db", db, "--quiet").ExitCode);

        var result = CliRunner.Run("entity", "Boeing", "--db", db, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var store = Chronicle.Storage.SqliteArticleStore.Open(db);
        var page = Chronicle.Timeline.EntityProfile.Find(store, "Boeing")!.Page;
        Assert.NotEmpty(page.Events);
        Assert.NotEmpty(page.Documents);
        Assert.Equal(Chronicle.Rendering.JsonOutput.Serialize(page) + Environment.NewLine, result.Out);
        Assert.NotEqual(System.Runtime.GCLatencyMode.NoGCRegion, System.Runtime.GCSettings.LatencyMode);
    }

    [Fact]
    public void The_entity_list_written_as_it_is_read_has_the_bytes_of_the_list_built_in_memory()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "store.db");
        Assert.Equal(0, CliRunner.Run("ingest", Samples, "--db", db, "--quiet").ExitCode);

        var listed = CliRunner.Run("entities", "--db", db, "--format", "json");
        var people = CliRunner.Run("entities", "--db", db, "--format", "json", "--type", "PERSON");

        using var store = Chronicle.Storage.SqliteArticleStore.Open(db);
        var ids = Chronicle.Corpus.CorpusTimeline.AllDocuments(store).ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);
        var entities = Chronicle.Corpus.CorpusTimeline.Entities(store);
        string Expected(IEnumerable<Chronicle.Entities.Resolution.Entity> list) =>
            Chronicle.Rendering.JsonOutput.Serialize(list.Select(e => Chronicle.Timeline.TimelineBuilder.ToOutput(e, ids)).ToList()) + Environment.NewLine;
        Assert.Equal(Expected(entities), listed.Out);
        Assert.Equal(Expected(entities.Where(e => e.Type == Chronicle.Entities.EntityType.Person)), people.Out);
        Assert.Contains("\"type\": \"PERSON\"", people.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_entity_table_read_slim_has_the_rows_of_the_whole_entities()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "store.db");
        Assert.Equal(0, CliRunner.Run("ingest", Samples, "--db", db, "--quiet").ExitCode);

        using var store = Chronicle.Storage.SqliteArticleStore.Open(db);
        var ids = Chronicle.Corpus.CorpusTimeline.AllDocuments(store).ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);
        static string Row(Chronicle.Timeline.TimelineEntity e) =>
            string.Join('|', e.Id, e.Name, e.Type, string.Join(';', e.Aliases), string.Join(';', e.Roles), e.Documents.Count, e.FirstSeen, e.LastSeen, e.Mentions);
        var whole = Chronicle.Corpus.CorpusTimeline.Entities(store).Select(e => Chronicle.Timeline.TimelineBuilder.ToOutput(e, ids)).ToList();

        Assert.Equal(whole.Select(Row), Chronicle.Corpus.CorpusTimeline.EntityRows(store, null).Select(Row));
        Assert.Equal(whole.Where(e => e.Type == "ORG").Select(Row), Chronicle.Corpus.CorpusTimeline.EntityRows(store, Chronicle.Entities.EntityType.Org).Select(Row));
        Assert.Contains(whole, e => e.Type == "ORG");
    }

    [Fact]
    public void A_misspelt_name_finds_the_entity_and_an_unknown_one_is_a_clear_failure()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "store.db");
        Assert.Equal(0, CliRunner.Run("ingest", Samples, "--db", db, "--quiet").ExitCode);

        var misspelt = CliRunner.Run("entity", "Boieng", "--db", db);
        var unknown = CliRunner.Run("entity", "Nobody Ofthisname", "--db", db);

        Assert.Equal(0, misspelt.ExitCode);
        Assert.StartsWith("Boeing (ORG", misspelt.Out, StringComparison.Ordinal);
        Assert.Contains("events:", misspelt.Out, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("no entity goes by 'Nobody Ofthisname'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_of_an_indexed_store_is_the_resolution_of_its_articles()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "store.db");
        Assert.Equal(0, CliRunner.Run("ingest", Samples, "--db", db, "--quiet").ExitCode);

        // The first listing builds the index; the second reads it. Both give what resolving from scratch gives.
        var first = CliRunner.Run("entities", "--db", db, "--format", "json");
        var second = CliRunner.Run("entities", "--db", db, "--format", "json");
        using var store = Chronicle.Storage.SqliteArticleStore.Open(db);
        var scratch = Chronicle.Timeline.CorpusEntities.Resolve(store);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        using var listed = JsonDocument.Parse(first.Out);
        Assert.Equal(scratch.Select(e => e.Id).Order(StringComparer.Ordinal), listed.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
    }
}
