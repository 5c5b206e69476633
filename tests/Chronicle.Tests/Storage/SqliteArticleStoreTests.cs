using Chronicle.Storage;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Storage;

public sealed class SqliteArticleStoreTests : ArticleStoreContract
{
    private readonly TempStore temp = new();

    public override void Dispose() => temp.Dispose();

    protected override IArticleStore Open() => temp.Open();

    protected override void FailInsertsTitled(string title)
    {
        using var sabotage = new SqliteConnection($"Data Source={temp.Path};Pooling=False");
        sabotage.Open();
        using var command = sabotage.CreateCommand();
        command.CommandText = $"CREATE TRIGGER fail_poison BEFORE INSERT ON articles WHEN NEW.title = '{title}' BEGIN SELECT RAISE(ABORT, 'write failed'); END;";
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Readers_are_not_blocked_by_an_open_write_transaction()
    {
        var article = TempStore.Article(Flood);
        using var store = temp.Open();
        store.AddBatch([article]);

        using var writer = new SqliteConnection($"Data Source={temp.Path};Pooling=False");
        writer.Open();
        using var transaction = writer.BeginTransaction();
        using (var insert = writer.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO article_origins (article_id, origin) VALUES ($id, 'pending/origin.txt');";
            insert.Parameters.AddWithValue("$id", article.Id);
            insert.ExecuteNonQuery();
        }

        using var reader = temp.Open();
        var started = DateTime.UtcNow;
        Assert.Equal(1, reader.Count);
        Assert.NotNull(reader.GetArticle(article.Id));
        Assert.Equal(["inbox/a.txt"], reader.GetOrigins(article.Id));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the reader waited for the writer");

        transaction.Commit();
        Assert.Equal(["inbox/a.txt", "pending/origin.txt"], reader.GetOrigins(article.Id));
    }

    [Fact]
    public void Opens_in_wal_mode_with_foreign_keys()
    {
        using (temp.Open())
        {
        }

        using var connection = new SqliteConnection($"Data Source={temp.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }

}
