using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>
/// The writes of one batch's transaction, as each store does them best. Inserts only: a stored article
/// is never overwritten. Articles go in with ON CONFLICT DO NOTHING, so the insert itself says whether
/// an id was new, even when another process stores the same article at the same moment.
/// </summary>
internal abstract class BatchWriter : IDisposable
{
    /// <summary>
    /// Stores those of <paramref name="articles"/> (distinct ids, in id order) whose id is not stored yet,
    /// each with its origin, layers and sentences; returns the ids it stored.
    /// </summary>
    public abstract IReadOnlySet<string> InsertNew(IReadOnlyList<Article> articles);

    /// <summary>Records more origins of stored articles (in id order; one already recorded is left as it is).</summary>
    public abstract void AddOrigins(IReadOnlyList<(string Id, string Origin)> origins);

    public abstract void Dispose();

    /// <summary>The text of one sentence, as the search index holds it.</summary>
    protected static string SentenceText(Article article, Sentence sentence) => article.Text.Substring(sentence.Span.Start, sentence.Span.Length);
}
