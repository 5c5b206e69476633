using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>
/// Where articles meet: stores each article once under its content-hash id, with every origin it was
/// met under, and answers lists, look-ups and sentence searches.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>The number of stored articles.</summary>
    int Count { get; }

    /// <summary>
    /// Stores a batch in one transaction: each article is Added, Duplicate (already stored, or earlier
    /// in the batch; its origin is recorded) or Rejected (invalid, checked before any write, so it never
    /// costs the rest of the batch). If the write itself fails the whole batch is rolled back and the
    /// exception propagates; batches stored before are kept.
    /// </summary>
    IReadOnlyList<StoreOutcome> AddBatch(IReadOnlyList<Article> articles);

    /// <summary>Every stored article, ordered by published date (unknown last), then id.</summary>
    IReadOnlyList<DocumentSummary> ListDocuments();

    /// <summary>The article whose id is, or uniquely starts with, the argument; null when none or ambiguous.</summary>
    Article? GetArticle(string idOrUniquePrefix);

    /// <summary>The ids equal to the argument, or else starting with it (sorted; at most <see cref="SqliteArticleStore.MaxResolvedIds"/>).</summary>
    IReadOnlyList<string> ResolveIds(string idOrPrefix);

    /// <summary>Every path or URL the article was met under, sorted.</summary>
    IReadOnlyList<string> GetOrigins(string id);

    /// <summary>Sentences matching the query (<see cref="SearchQuery"/> syntax), best first (SQLite: bm25; PostgreSQL: ts_rank_cd); a query with no searchable term finds nothing.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit);

    /// <inheritdoc cref="Search(string, int)"/>
    IReadOnlyList<SearchHit> Search(string query, int limit, SearchOptions options);

    /// <summary>Every stored article's JSON for one annotation layer, in article id order (for the cross-article phase).</summary>
    IEnumerable<(string ArticleId, string Json)> ReadLayer(string layer);
}
