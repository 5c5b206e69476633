using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>
/// What every store does with a batch, inside the store's transaction: check each article first (a
/// rejected one never costs the batch), then insert the new ones in id order, so that writers sharing
/// one database always take their row locks in the same order and cannot deadlock, then record the
/// origins of the duplicates.
/// </summary>
internal static class StoreBatch
{
    /// <param name="problem">Why an article cannot be stored; the shared <see cref="ArticleValidator"/> plus any limit of the store.</param>
    public static StoreOutcome[] Write(IReadOnlyList<Article> articles, BatchWriter writer, Func<Article?, string?> problem)
    {
        var outcomes = new StoreOutcome[articles.Count];

        // Of two copies in the batch, the earlier one is the candidate and the later one a duplicate.
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < articles.Count; n++)
        {
            var article = articles[n];
            if (problem(article) is { } reason)
            {
                outcomes[n] = new StoreOutcome(article?.Id ?? string.Empty, article?.Origin ?? string.Empty, StoreStatus.Rejected, reason);
            }
            else
            {
                first.TryAdd(article.Id, n);
            }
        }

        var candidates = first.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => articles[p.Value]).ToList();
        var inserted = writer.InsertNew(candidates);
        var origins = new SortedSet<(string Id, string Origin)>(Comparer<(string Id, string Origin)>.Create((a, b) =>
            string.CompareOrdinal(a.Id, b.Id) is var byId and not 0 ? byId : string.CompareOrdinal(a.Origin, b.Origin)));
        for (var n = 0; n < articles.Count; n++)
        {
            if (outcomes[n] is not null)
            {
                continue;
            }

            var article = articles[n];
            var added = first[article.Id] == n && inserted.Contains(article.Id);
            if (!added)
            {
                origins.Add((article.Id, article.Origin));
            }

            outcomes[n] = new StoreOutcome(article.Id, article.Origin, added ? StoreStatus.Added : StoreStatus.Duplicate);
        }

        writer.AddOrigins(origins.ToList());
        return outcomes;
    }
}
