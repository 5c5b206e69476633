using Chronicle.Entities;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Rendering;
using Chronicle.Timeline;
using Chronicle.Web.Corpus;

namespace Chronicle.Web.Api;

/// <summary>
/// One article as the page shows it: metadata, the clean text, its zones and sentences, what cleaning
/// removed, and every annotation as offsets into <see cref="Text"/> (times, entity mentions linked to
/// the corpus entity, event triggers linked to the timeline event they were fused into).
/// </summary>
public sealed record ArticleView(
    string Id,
    string? Document,
    IReadOnlyList<string> Origins,
    string? Title,
    string? Outlet,
    string? Author,
    string? Url,
    string Format,
    string? Published,
    string PublishedEvidence,
    IReadOnlyList<string?> PublishedRange,
    string? PublishedEvidenceText,
    string Text,
    IReadOnlyList<TagZone> Zones,
    IReadOnlyList<ArticleSentence> Sentences,
    IReadOnlyList<ArticleRemoved> Removed,
    IReadOnlyList<ArticleTimex> Timexes,
    IReadOnlyList<ArticleEntityMention> Entities,
    IReadOnlyList<ArticleEventMention> Events,
    IReadOnlyList<string> Warnings);

public sealed record ArticleSentence(int Index, int Start, int End);

public sealed record ArticleRemoved(int Line, string Text, string Reason);

public sealed record ArticleTimex(int Start, int End, string Text, string Type, string Value, string? Earliest, string? Latest, string Granularity);

/// <summary>An entity mention; <see cref="Entity"/> is the corpus entity's id, null when it was not resolved.</summary>
public sealed record ArticleEntityMention(int Start, int End, string Text, string Type, string Name, string? Entity);

/// <summary>An event trigger in its sentence; <see cref="Event"/> is the timeline event it belongs to.</summary>
public sealed record ArticleEventMention(int Start, int End, string Text, string Type, string Status, int SentenceStart, int SentenceEnd, string? Event);

/// <summary>One stored article as a list shows it.</summary>
public sealed record ArticleSummary(string Id, string Document, string Origin, string? Title, string? Outlet, string? Published, string PublishedEvidence, int Sentences);

/// <summary>A page of the article list.</summary>
public sealed record ArticleList(int Total, int Offset, IReadOnlyList<ArticleSummary> Articles);

public static class ArticleViews
{
    public static ArticleView Build(Article article, IReadOnlyList<string> origins, CorpusSnapshot timeline)
    {
        var document = timeline.DocumentOf(article.Id);
        var published = article.Published;
        return new ArticleView(
            article.Id,
            document,
            origins,
            article.Title,
            article.Outlet,
            article.Author,
            article.Url,
            article.Format.ToString().ToLowerInvariant(),
            DateFormat.Iso(published.Date),
            TimelineBuilder.EvidenceName(published.Evidence),
            [DateFormat.Iso(published.Earliest), DateFormat.Iso(published.Latest)],
            published.EvidenceText,
            article.Text,
            article.Zones.Select(z => new TagZone(z.Kind.ToString().ToLowerInvariant(), z.Span.Start, z.Span.End)).ToList(),
            article.Sentences.Select(s => new ArticleSentence(s.Index, s.Span.Start, s.Span.End)).ToList(),
            article.Removed.Select(r => new ArticleRemoved(r.SourceLine, r.Text, r.Reason)).ToList(),
            AnnotationLayers.ReadTimexes(article)
                .Select(t => new ArticleTimex(t.Span.Start, t.Span.End, t.Text, Time.Timex.TypeName(t.Type), t.Value, DateFormat.Iso(t.Interval?.Earliest), DateFormat.Iso(t.Interval?.Latest), t.Granularity.ToString().ToLowerInvariant()))
                .ToList(),
            Mentions(article, timeline),
            Events(article, document, document is null ? [] : timeline.EventsCiting(article.Id)),
            article.Warnings);
    }

    public static ArticleSummary Summarise(TimelineDocument d) =>
        new(d.ArticleId, d.Id, d.Path, d.Title, d.Outlet, d.Published, d.PublishedEvidence, d.Sentences);

    private static List<ArticleEntityMention> Mentions(Article article, CorpusSnapshot timeline)
    {
        if (AnnotationLayers.ReadEntities(article) is not { } layer)
        {
            return [];
        }

        var names = layer.Entities.GroupBy(e => e.Cluster).ToDictionary(g => g.Key, g => g.First().Name);
        return layer.Mentions
            .Select(m =>
            {
                var name = names.GetValueOrDefault(m.Cluster) ?? m.Text;
                return new ArticleEntityMention(m.Span.Start, m.Span.End, m.Text, EntityTypeNames.Label(m.Type), name, timeline.EntityIdFor(article.Id, name));
            })
            .ToList();
    }

    private static List<ArticleEventMention> Events(Article article, string? document, IReadOnlyList<TimelineEvent> events)
    {
        // A fused event lists each source by document, sentence start and trigger: that triple finds it.
        var byTrigger = new Dictionary<(int Start, string Trigger), string>();
        if (document is not null)
        {
            foreach (var e in events)
            {
                foreach (var s in e.Sources.Where(s => s.Document == document))
                {
                    byTrigger.TryAdd((s.Start, s.Trigger), e.Id);
                }
            }
        }

        return AnnotationLayers.ReadEvents(article)
            .Select(m => new ArticleEventMention(
                m.Trigger.Start,
                m.Trigger.End,
                m.TriggerText,
                m.Type,
                m.Status.ToString().ToLowerInvariant(),
                m.SentenceSpan.Start,
                m.SentenceSpan.End,
                byTrigger.GetValueOrDefault((m.SentenceSpan.Start, m.TriggerText))))
            .ToList();
    }
}
