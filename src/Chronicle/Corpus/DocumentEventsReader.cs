using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>Reads an article as fusion sees it, with all its mentions (<paramref name="mentions"/> null) or only those at the indexes given, in their order.</summary>
public delegate DocumentEvents DocumentLoad(string articleId, IReadOnlySet<int>? mentions);

/// <summary>
/// One stored article as fusion sees it: its event mentions with participants renamed to resolved
/// entities, under its fusion document key, dated by its own date or, for an article a first fusion
/// dated better, by that refinement (whose mentions were read again against the new date).
/// </summary>
public static class DocumentEventsReader
{
    /// <param name="article">The stored article.</param>
    /// <param name="keys">Its local entity keys to resolved ids.</param>
    /// <param name="refinement">Its refined date and mentions, if a first fusion gave it one.</param>
    /// <param name="share">When given, each string of the mentions is passed through it, so that what many
    /// articles repeat (types, lemmas, names, resolved keys) is held once while their documents are kept.</param>
    public static DocumentEvents Read(Article article, IReadOnlyDictionary<string, string>? keys, UndatedArticleRefiner.Refinement? refinement, Func<string, string>? share = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        // Fusion may rely on when an article was written: its stated date; once other articles refined
        // it, that estimate; else the interval its own clues allow.
        var published = refinement?.Published ?? article.Published;
        IReadOnlyList<EventMention> mentions = ResolvedKeys.Apply(article.Id, refinement?.Mentions ?? AnnotationLayers.ReadEvents(article), keys ?? new SortedDictionary<string, string>(StringComparer.Ordinal));
        if (share is not null)
        {
            mentions = mentions.Select(m => Share(m, share)).ToArray();
        }

        // Documents are held across a build's fusion blocks: the excerpts fusion reads, not the whole text.
        return FusionExcerpts.Excerpted(new DocumentEvents(DocumentKeys.Of(article.Id, article.Origin, published.Date), published.Date, published.Evidence, article.Text, mentions)
        {
            Written = published.Evidence == DateEvidence.Explicit ? (published.Date, published.Date)
                : refinement is not null ? (published.Earliest ?? published.Date, published.Latest ?? published.Date)
                : (published.Earliest, published.Latest),
        });
    }

    private static EventMention Share(EventMention m, Func<string, string> share)
    {
        EventParticipantMention One(EventParticipantMention p) => p with { Type = share(p.Type), EntityKey = share(p.EntityKey), Name = share(p.Name) };
        IReadOnlyList<EventParticipantMention> All(IReadOnlyList<EventParticipantMention> list) => list.Count == 0 ? [] : list.Select(One).ToArray();
        return m with
        {
            Type = share(m.Type),
            TriggerText = share(m.TriggerText),
            Lemma = share(m.Lemma),
            Actors = All(m.Actors),
            Targets = All(m.Targets),
            Location = m.Location is null ? null : One(m.Location),
            Time = m.Time is null ? null : m.Time with { Granularity = share(m.Time.Granularity), Mod = m.Time.Mod is null ? null : share(m.Time.Mod), Value = m.Time.Value is null ? null : share(m.Time.Value) },
            Negation = m.Negation is null ? null : share(m.Negation),
            Attribution = m.Attribution.Speaker is null && m.Attribution.Source is null ? EventAttribution.None
                : new EventAttribution(m.Attribution.Speaker is null ? null : One(m.Attribution.Speaker), m.Attribution.Source is null ? null : One(m.Attribution.Source)),
        };
    }
}
