using Chronicle.Model;
using Chronicle.Storage;

namespace Chronicle.Web.Tests.Api;

/// <summary>
/// A SQLite store seen only as <see cref="IArticleStore"/>, as a PostgreSQL store is: the server
/// cannot use the cross-article index and prepares the timeline from scratch.
/// </summary>
public sealed class StoreWithoutIndex(IArticleStore inner) : IArticleStore
{
    public int Count => inner.Count;

    public IReadOnlyList<StoreOutcome> AddBatch(IReadOnlyList<Article> articles) => inner.AddBatch(articles);

    public IReadOnlyList<DocumentSummary> ListDocuments() => inner.ListDocuments();

    public Article? GetArticle(string idOrUniquePrefix) => inner.GetArticle(idOrUniquePrefix);

    public IReadOnlyList<string> ResolveIds(string idOrPrefix) => inner.ResolveIds(idOrPrefix);

    public IReadOnlyList<string> GetOrigins(string id) => inner.GetOrigins(id);

    public IReadOnlyList<SearchHit> Search(string query, int limit) => inner.Search(query, limit);

    public IReadOnlyList<SearchHit> Search(string query, int limit, SearchOptions options) => inner.Search(query, limit, options);

    public IEnumerable<(string ArticleId, string Json)> ReadLayer(string layer) => inner.ReadLayer(layer);

    public void Dispose() => inner.Dispose();
}
