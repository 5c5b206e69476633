using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>
/// What every store does with a batch, inside the store's transaction: check each article first (a
/// rejected one never costs the batch), then insert the valid ones in id order, so that writers
/// sharing one database always take their row locks in the same order and cannot deadlock.
/// </summary>
internal static class StoreBatch
{
    /// <param name="problem">Why an article cannot be stored; the shared <see cref="ArticleValidator"/> plus any limit of the store.</param>
    public static StoreOutcome[] Write(IReadOnlyList<Article> articles, BatchWriter writer, Func<Article?, string?> problem)
    {
        var outcomes = new StoreOutcome[articles.Count];
        var valid = new List<int>(articles.Count);
        for (var n = 0; n < articles.Count; n++)
        {
            var article = articles[n];
            if (problem(article) is { } reason)
            {
                outcomes[n] = new StoreOutcome(article?.Id ?? string.Empty, article?.Origin ?? string.Empty, StoreStatus.Rejected, reason);
            }
            else
            {
                valid.Add(n);
            }
        }

        // A stable sort: of two copies in the batch, the earlier one is stored and the later one is the duplicate.
        var ordered = valid.OrderBy(n => articles[n].Id, StringComparer.Ordinal);
        string? previous = null;
        foreach (var n in ordered)
        {
            var article = articles[n];
            var stored = article.Id != previous && writer.TryInsert(article);
            if (!stored)
            {
                writer.AddOrigin(article.Id, article.Origin);
            }

            outcomes[n] = new StoreOutcome(article.Id, article.Origin, stored ? StoreStatus.Added : StoreStatus.Duplicate);
            previous = article.Id;
        }

        return outcomes;
    }
}
