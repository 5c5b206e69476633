using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Rendering;
using Chronicle.Storage;

namespace Chronicle.Timeline;

/// <summary>
/// The cross-article phase: reads the store (the only place where articles meet), resolves entities,
/// fuses event mentions into events, finds conflicts, filters and ranks. Documents are numbered d1..
/// in publication order (undated last), ties broken by origin, so the same store always prints the
/// same bytes.
/// </summary>
public static class TimelineBuilder
{
    private const int SummaryLength = 220;

    public static TimelineOutput Build(IArticleStore store, TimelineFilter? filter = null) => BuildWithFusion(store, filter).Timeline;

    /// <summary>The timeline and the fusion behind it (for evaluation, which scores the fused events).</summary>
    public static (TimelineOutput Timeline, FusionResult Fusion) BuildWithFusion(IArticleStore store, TimelineFilter? filter = null)
    {
        filter ??= TimelineFilter.None;
        var listed = store.ListDocuments();
        var articleEntities = CorpusEntities.ReadArticleEntities(store).ToList();
        var resolved = EntityResolver.Default.Resolve(articleEntities);
        var keys = ResolvedKeys(articleEntities, resolved);

        // Articles without a date line learn their date from the events dated articles fix: a first
        // fusion finds those, the refined articles are read again, and the timeline fuses once more.
        var refinements = Refine(store, listed, keys);
        var summaries = Ordered(listed.Select(d => refinements.TryGetValue(d.Id, out var r) ? d with
        {
            Published = r.Published.Date,
            PublishedEvidence = r.Published.Evidence,
            PublishedEarliest = r.Published.Earliest,
            PublishedLatest = r.Published.Latest,
        } : d));
        var documents = summaries.Select((d, i) => ToOutput(d, i)).ToList();
        var documentIds = documents.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);

        var fusion = EventFuser.Default.FuseAll(summaries.Select(d => Events(store, d, documentIds[d.Id], keys, refinements.GetValueOrDefault(d.Id))).OfType<DocumentEvents>().ToList());
        var conflicts = ConflictFinder.Default.Find(fusion.Events);

        var selected = Select(fusion.Events, resolved, filter);
        var selectedIds = selected.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var events = selected.Select(ToOutput).ToList();
        var entities = resolved.Select(e => ToOutput(e, documentIds)).ToList();
        var timelineConflicts = conflicts
            .Where(c => c.Events.Any(selectedIds.Contains))
            .Select(c => new TimelineConflict(c.Events, c.Kind, c.Description))
            .ToList();
        return (new TimelineOutput(documents, entities, events, timelineConflicts), fusion);
    }

    /// <summary>The stored documents as the timeline numbers them.</summary>
    public static IReadOnlyList<TimelineDocument> Documents(IArticleStore store) =>
        OrderedDocuments(store).Select((d, i) => ToOutput(d, i)).ToList();

    public static string EvidenceName(DateEvidence evidence) => evidence switch
    {
        DateEvidence.Explicit => "explicit",
        DateEvidence.Inferred => "inferred",
        _ => "unknown",
    };

    public static TimelineEntity ToOutput(Entity entity, IReadOnlyDictionary<string, string> documentIds)
    {
        string Doc(string articleId) => documentIds.TryGetValue(articleId, out var id) ? id : articleId;
        return new TimelineEntity(
            entity.Id,
            entity.Name,
            EntityTypeNames.Label(entity.Type),
            entity.Aliases,
            entity.Roles.Select(r => r.Text).Distinct(StringComparer.Ordinal).ToList(),
            entity.Roles.Select(r => new TimelineRole(r.Text, DateFormat.Iso(r.Date), Doc(r.ArticleId))).ToList(),
            entity.Articles.Select(Doc).OrderBy(d => d.Length).ThenBy(d => d, StringComparer.Ordinal).ToList(),
            DateFormat.Iso(entity.FirstSeen),
            DateFormat.Iso(entity.LastSeen),
            entity.Mentions);
    }

    private static List<DocumentSummary> OrderedDocuments(IArticleStore store) => Ordered(store.ListDocuments());

    private static List<DocumentSummary> Ordered(IEnumerable<DocumentSummary> documents) =>
        documents
            .OrderBy(d => d.Published is null ? 1 : 0)
            .ThenBy(d => d.Published)
            .ThenBy(d => d.Origin, StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    private static TimelineDocument ToOutput(DocumentSummary d, int index) => new(
        $"d{index + 1}",
        d.Origin,
        d.Title,
        d.Outlet,
        DateFormat.Iso(d.Published),
        EvidenceName(d.PublishedEvidence),
        [DateFormat.Iso(d.PublishedEarliest), DateFormat.Iso(d.PublishedLatest)],
        d.Id,
        d.SentenceCount);

    /// <summary>(article id, article-local key) to the resolved entity's id, by the names the article used.</summary>
    private static Dictionary<(string Article, string Key), string> ResolvedKeys(IReadOnlyList<ArticleEntities> articles, IReadOnlyList<Entity> resolved)
    {
        var byName = new Dictionary<(string Article, string Name), string>();
        foreach (var entity in resolved)
        {
            foreach (var article in entity.Articles)
            {
                foreach (var name in entity.AllNames)
                {
                    byName.TryAdd((article, name), entity.Id);
                }
            }
        }

        var keys = new Dictionary<(string, string), string>();
        foreach (var article in articles)
        {
            foreach (var entity in article.Entities)
            {
                if (byName.TryGetValue((article.ArticleId, entity.Name), out var id))
                {
                    keys[(article.ArticleId, EventInputs.LocalKey(entity.Cluster))] = id;
                }
            }
        }

        return keys;
    }

    /// <summary>The articles of unknown or inferred date that a first fusion dates better, by article id.</summary>
    private static Dictionary<string, UndatedArticleRefiner.Refinement> Refine(IArticleStore store, IReadOnlyList<DocumentSummary> listed, Dictionary<(string, string), string> keys)
    {
        var refinements = new Dictionary<string, UndatedArticleRefiner.Refinement>(StringComparer.Ordinal);
        if (listed.All(d => d.PublishedEvidence == DateEvidence.Explicit))
        {
            return refinements;
        }

        var first = EventFuser.Default.FuseAll(Ordered(listed).Select(d => Events(store, d, d.Id, keys, null)).OfType<DocumentEvents>().ToList());
        foreach (var group in first.UndatedConstraints.GroupBy(c => c.DocumentId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (store.GetArticle(group.Key) is { } article && UndatedArticleRefiner.Default.Refine(article, group.ToList()) is { } refinement)
            {
                refinements[group.Key] = refinement;
            }
        }

        return refinements;
    }

    private static DocumentEvents? Events(IArticleStore store, DocumentSummary summary, string documentId, Dictionary<(string, string), string> keys, UndatedArticleRefiner.Refinement? refinement)
    {
        var article = store.GetArticle(summary.Id);
        if (article is null)
        {
            return null;
        }

        var published = refinement?.Published ?? article.Published;

        EventParticipantMention Remap(EventParticipantMention p) =>
            p with { EntityKey = keys.TryGetValue((article.Id, p.EntityKey), out var id) ? id : article.Id + ":" + p.EntityKey };

        var mentions = (refinement?.Mentions ?? AnnotationLayers.ReadEvents(article))
            .Select(m => m with
            {
                Actors = m.Actors.Select(Remap).ToList(),
                Targets = m.Targets.Select(Remap).ToList(),
                Location = m.Location is null ? null : Remap(m.Location),
                Attribution = m.Attribution with
                {
                    Speaker = m.Attribution.Speaker is null ? null : Remap(m.Attribution.Speaker),
                    Source = m.Attribution.Source is null ? null : Remap(m.Attribution.Source),
                },
            })
            .ToList();
        return new DocumentEvents(documentId, published.Date, published.Evidence, article.Text, mentions);
    }

    private static List<FusedEvent> Select(IReadOnlyList<FusedEvent> events, IReadOnlyList<Entity> entities, TimelineFilter filter)
    {
        var wanted = filter.Entity is { } name ? CorpusEntities.Find(entities, name).Take(1).Select(e => e.Id).ToHashSet(StringComparer.Ordinal) : null;
        var kept = events.Where(e =>
                (wanted is null || e.Actors.Concat(e.Targets).Any(wanted.Contains))
                && (filter.Types.Count == 0 || filter.Types.Contains(e.Type, StringComparer.OrdinalIgnoreCase))
                && (filter.Statuses.Count == 0 || filter.Statuses.Contains(StatusName(e.Status), StringComparer.OrdinalIgnoreCase))
                && (filter.From is not { } from || e.Latest is not { } latest || latest >= from)
                && (filter.To is not { } to || e.Earliest is not { } earliest || earliest <= to)
                && e.IndependentSources >= filter.MinSources)
            .ToList();
        if (filter.Limit is { } limit)
        {
            kept = kept.OrderByDescending(e => e.Salience.Score).ThenBy(e => e.Id, StringComparer.Ordinal).Take(limit).ToList();
        }

        return kept
            .OrderBy(e => e.Earliest is null ? 1 : 0)
            .ThenBy(e => e.Earliest)
            .ThenBy(e => e.Latest)
            .ThenBy(e => int.Parse(e.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }

    private static string StatusName(EventStatus status) => status.ToString().ToLowerInvariant();

    private static TimelineEvent ToOutput(FusedEvent e)
    {
        var type = EventOntology.Default.Find(e.Type);
        var best = e.Sources
            .OrderBy(s => s.Mention.Nominal ? 1 : 0)
            .ThenBy(s => s.Sentence.Length)
            .First();
        return new TimelineEvent(
            e.Id,
            e.DateText,
            e.Granularity,
            null,
            e.Type,
            StatusName(e.Status),
            Summarise(best.Sentence),
            e.Actors,
            e.Targets,
            e.Location,
            e.Sources.Select(s => new TimelineSource(s.DocumentId, s.Mention.SentenceSpan.Start, s.Mention.SentenceSpan.End, s.Sentence, s.Mention.TriggerText, s.Mention.Attribution.Speaker?.Name)).ToList(),
            e.IndependentSources,
            e.Salience.Level,
            DateFormat.Iso(e.Earliest),
            DateFormat.Iso(e.Latest),
            type?.Cameo ?? "",
            type?.Plover ?? "");
    }

    private static string Summarise(string sentence)
    {
        var flat = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= SummaryLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', SummaryLength - 1);
        return string.Concat(flat.AsSpan(0, cut > 0 ? cut : SummaryLength - 1), "…");
    }
}
