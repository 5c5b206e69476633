using Chronicle.Model;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

public sealed class SqliteArticleStoreLayerTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void Layers_are_stored_with_the_article_and_read_back()
    {
        var text = "The ferry sailed at dawn.";
        var article = new Article(
            ArticleIdentity.ComputeId(text), "a.txt", ArticleFormat.Text, "Ferry", null, null, null, text,
            [new Zone(ZoneKind.Body, new Span(0, text.Length), 1)], [], PublicationDate.Unknown,
            [new Sentence(0, new Span(0, text.Length), [])])
        {
            Layers = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["timexes"] = "[1]", ["entities"] = "{\"a\":2}" },
        };
        using (var store = SqliteArticleStore.Open(Path.Combine(temp.Path, "s.db")))
        {
            store.AddBatch([article]);
        }

        using var reopened = SqliteArticleStore.Open(Path.Combine(temp.Path, "s.db"));
        Assert.Equal("[1]", reopened.GetArticle(article.Id)!.Layers["timexes"]);
        Assert.Equal([(article.Id, "{\"a\":2}")], reopened.ReadLayer("entities").ToList());
        Assert.Empty(reopened.ReadLayer("events"));
    }

    public void Dispose() => temp.Dispose();
}
