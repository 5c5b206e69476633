using Chronicle.Model;
using Chronicle.Segmentation;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>A temporary store file, deleted (with its WAL files) when the test ends, and hand-made articles.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chronicle-store-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "store.db");
    }

    public string Directory { get; }

    public string Path { get; }

    public SqliteArticleStore Open() => SqliteArticleStore.Open(Path);

    /// <summary>Runs SQL on the store's file through a connection of its own (to set a store back to an older schema, say).</summary>
    public void Execute(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere in a failing test: leave the temporary folder behind.
        }
    }

    /// <summary>An article built by hand from text, segmented, with the given origin and date.</summary>
    public static Article Article(string text, string origin = "inbox/a.txt", DateOnly? published = null, string? title = null) =>
        new(
            ArticleIdentity.ComputeId(text),
            origin,
            ArticleFormat.Text,
            title,
            Outlet: null,
            Author: null,
            Url: null,
            text,
            [new Zone(ZoneKind.Body, new Span(0, text.Length), 1)],
            [],
            published is { } date ? PublicationDate.ExplicitDay(date, date.ToString("yyyy-MM-dd"), "test") : PublicationDate.Unknown,
            Segmenter.Default.Segment(text, []));
}
