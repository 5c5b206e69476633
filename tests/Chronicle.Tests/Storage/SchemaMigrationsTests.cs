using Chronicle.Storage;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Storage;

public sealed class SchemaMigrationsTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Steps_are_numbered_one_by_one()
    {
        Assert.Equal(Enumerable.Range(1, SchemaMigrations.Steps.Count), SchemaMigrations.Steps.Select(s => s.Version));
    }

    [Fact]
    public void A_fresh_file_gets_every_table_at_the_current_version()
    {
        Assert.False(File.Exists(temp.Path));
        using (temp.Open())
        {
        }

        Assert.True(File.Exists(temp.Path));
        using var connection = Connect();
        Assert.Equal(SchemaMigrations.CurrentVersion, SchemaMigrations.ReadVersion(connection));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sentences_fts_%' ORDER BY name;";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        Assert.Equal(
            [
                "article_layers", "article_origins", "articles", "articles_by_published", "articles_summaries",
                "corpus_aliases", "corpus_aliases_by_entity", "corpus_articles", "corpus_articles_ids", "corpus_articles_refined", "corpus_documents", "corpus_entities", "corpus_event_days", "corpus_event_heads", "corpus_event_keys", "corpus_event_keys_by_event", "corpus_event_shown", "corpus_event_spans", "corpus_event_spans_empty", "corpus_event_twins", "corpus_event_twins_by_twin",
                "corpus_events", "corpus_events_by_block", "corpus_events_by_order", "corpus_events_unjudged", "corpus_mentions", "corpus_mentions_by_block", "corpus_pending",
                "corpus_refined", "sentences", "sentences_fts",
            ],
            names);
    }

    [Fact]
    public void Reopening_applies_nothing_twice()
    {
        using (var store = temp.Open())
        {
            store.AddBatch([TempStore.Article("The mill closed in spring. Workers left town.")]);
        }

        using var reopened = temp.Open();
        Assert.Equal(1, reopened.Count);
    }

    [Fact]
    public void A_store_at_an_older_version_is_brought_up_to_date()
    {
        using (var connection = Connect())
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SchemaMigrations.Steps[0].Sql + "\nPRAGMA user_version = 1;";
            command.ExecuteNonQuery();
            transaction.Commit();
        }

        using var store = temp.Open();
        store.AddBatch([TempStore.Article("The mill closed in spring. Workers left town.")]);

        Assert.Single(store.Search("mill", 5));
        using var check = Connect();
        Assert.Equal(SchemaMigrations.CurrentVersion, SchemaMigrations.ReadVersion(check));
    }

    [Fact]
    public void A_store_of_a_newer_version_is_refused_with_a_clear_error()
    {
        using (temp.Open())
        {
        }

        using (var connection = Connect())
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {SchemaMigrations.CurrentVersion + 1};";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreSchemaException>(() => temp.Open());
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Contains((SchemaMigrations.CurrentVersion + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={temp.Path};Pooling=False");
        connection.Open();
        return connection;
    }
}
