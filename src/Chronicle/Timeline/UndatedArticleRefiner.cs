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
    private readonly TimexesWithinDates withinDates;

    public UndatedArticleRefiner(TimexTagger tagger)
    {
        this.tagger = tagger;
        inference = new ArticleDateInference(tagger);
        withinDates = new TimexesWithinDates(tagger);
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
                // The expression itself is that day: exact, where the tense of the clause ("the meeting
                // tomorrow comes after...") is only a bound, and can mislead.
                spans.Add(new DateConstraint(span, c.Earliest, "event " + c.EventId));
            }
            else if (c.PublishedOnOrAfter)
            {
                bounds.Add(new DatingClue(c.TimeText ?? "", c.TimeSpan ?? new Span(0, 0), c.Earliest, null, null,
                    $"on or after {Iso(c.Earliest)}: it reports as past event {c.EventId}, which other articles date", null, DatingClue.Linked));
            }
            else if (c.PublishedBefore)
            {
                bounds.Add(new DatingClue(c.TimeText ?? "", c.TimeSpan ?? new Span(0, 0), null, c.Latest, null,
                    $"on or before {Iso(c.Latest)}: it announces event {c.EventId}, which other articles date", null, DatingClue.Linked));
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

        return Reread(article, published);
    }

    /// <summary>
    /// The refinement of <paramref name="article"/> to a date already found (<paramref name="published"/>,
    /// as <see cref="Refine"/> gave it): its mentions read again where the date changes what they resolve
    /// against. The index keeps refined dates and rebuilds the refinement from them.
    /// </summary>
    public Refinement Reread(Article article, PublicationDate published)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(published);
        var before = article.Published.ResolutionAnchor();
        var after = published.ResolutionAnchor() ?? (published.Earliest is { } first && published.Latest is { } last && last.DayNumber - first.DayNumber < 7 ? published.Date : null);
        var bounded = published.Earliest is { } from && published.Latest is { } to && to.DayNumber - from.DayNumber <= TimexesWithinDates.MaxWidthDays;
        if (after is null && !bounded)
        {
            return new Refinement(published, null);
        }

        if (after is not null && before == after)
        {
            return new Refinement(published, null);
        }

        // Pinned to a day (or a week its weekdays point into): read against it. Known to lie in a
        // bounded interval: every expression whose value the interval settles ("February 18" in an
        // article written between late February and December) is dated, the others stay undated.
        var entities = AnnotationLayers.ReadEntities(article);
        var participants = entities is null ? [] : EventInputs.Participants(entities);
        var timexes = after is not null ? tagger.Tag(article.Text, after) : withinDates.Tag(article.Text, published.Earliest, published.Latest);
        return new Refinement(published, EventExtractor.Default.Extract(article.Text, article.Sentences, EventInputs.Times(timexes), participants, after));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
