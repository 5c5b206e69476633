using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// One stored article as fusion sees it: its event mentions with participants renamed to resolved
/// entities, under its fusion document key, dated by its own date or, for an article a first fusion
/// dated better, by that refinement (whose mentions were read again against the new date).
/// </summary>
public static class DocumentEventsReader
{
    public static DocumentEvents Read(Article article, IReadOnlyDictionary<string, string>? keys, UndatedArticleRefiner.Refinement? refinement)
    {
        ArgumentNullException.ThrowIfNull(article);
        // Fusion may rely on when an article was written: its stated date; once other articles refined
        // it, that estimate; else the interval its own clues allow.
        var published = refinement?.Published ?? article.Published;
        var mentions = ResolvedKeys.Apply(article.Id, refinement?.Mentions ?? AnnotationLayers.ReadEvents(article), keys ?? new SortedDictionary<string, string>(StringComparer.Ordinal));
        return new DocumentEvents(DocumentKeys.Of(article.Id, article.Origin, published.Date), published.Date, published.Evidence, article.Text, mentions)
        {
            Written = published.Evidence == DateEvidence.Explicit ? (published.Date, published.Date)
                : refinement is not null ? (published.Earliest ?? published.Date, published.Latest ?? published.Date)
                : (published.Earliest, published.Latest),
        };
    }
}
