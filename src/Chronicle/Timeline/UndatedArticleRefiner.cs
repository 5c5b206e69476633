using System.Globalization;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Time;

namespace Chronicle.Timeline;

/// <summary>
/// Dates articles without a date line from what other articles say: after a first fusion, an article
/// of unknown or inferred date that reports an event the dated articles fix learns from it (the
/// expression it used for that event denotes the fused date; an event it tells as past happened
/// before it was written; one it announces had not yet). Where that pins the article to one day, or
/// to less than a week (where a weekday it names still points at one day), its time expressions and
/// events are read again against the best estimate.
/// </summary>
public sealed class UndatedArticleRefiner
{
    private readonly TimexTagger tagger;
    private readonly ArticleDateInference inference;

    public UndatedArticleRefiner(TimexTagger tagger)
    {
        this.tagger = tagger;
        inference = new ArticleDateInference(tagger);
    }

    public static UndatedArticleRefiner Default { get; } = new(ArticleAnalyzer.SharedTagger);

    /// <summary>An article's refined date, and its event mentions read again when the date changed what they resolve against (else null).</summary>
    public sealed record Refinement(PublicationDate Published, IReadOnlyList<EventMention>? Mentions);

    /// <summary>
    /// The refined date of <paramref name="article"/> under the constraints fusion found for it; null
    /// when the article is explicitly dated, nothing applies, or the constraints leave its date as it was.
    /// </summary>
    public Refinement? Refine(Article article, IReadOnlyList<UndatedArticleConstraint> constraints)
    {
        if (article is null || article.Published.Evidence == DateEvidence.Explicit || constraints is null || constraints.Count == 0)
        {
            return null;
        }

        var spans = new List<DateConstraint>();
        var bounds = new List<DatingClue>();
        foreach (var c in constraints.OrderBy(c => c.EventId, StringComparer.Ordinal))
        {
            if (c.TimeSpan is { } span && c.Earliest == c.Latest && c.Granularity == "day")
            {
                spans.Add(new DateConstraint(span, c.Earliest, "event " + c.EventId));
            }

            if (c.PublishedOnOrAfter)
            {
                bounds.Add(new DatingClue(c.TimeText ?? "", c.TimeSpan ?? new Span(0, 0), c.Earliest, null, null,
                    $"on or after {Iso(c.Earliest)}: it reports as past event {c.EventId}, which other articles date"));
            }
            else if (c.PublishedBefore)
            {
                bounds.Add(new DatingClue(c.TimeText ?? "", c.TimeSpan ?? new Span(0, 0), null, c.Latest, null,
                    $"on or before {Iso(c.Latest)}: it announces event {c.EventId}, which other articles date"));
            }
        }

        if (spans.Count == 0 && bounds.Count == 0)
        {
            return null;
        }

        var dating = inference.RefineDating(inference.Infer(article.Text), spans, bounds);
        var published = dating.ToPublicationDate();
        if (published.Evidence == DateEvidence.Unknown || published == article.Published)
        {
            return null;
        }

        var before = article.Published.ResolutionAnchor();
        var after = published.ResolutionAnchor() ?? (published.Earliest is { } first && published.Latest is { } last && last.DayNumber - first.DayNumber < 7 ? published.Date : null);
        if (before == after || after is null)
        {
            return new Refinement(published, null);
        }

        var entities = AnnotationLayers.ReadEntities(article);
        var participants = entities is null ? [] : EventInputs.Participants(entities);
        var times = EventInputs.Times(tagger.Tag(article.Text, after));
        return new Refinement(published, EventExtractor.Default.Extract(article.Text, article.Sentences, times, participants, after));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
