using Chronicle.Entities;
using Chronicle.Entities.Resolution;
using Chronicle.Model;
using Chronicle.Rendering;
using Chronicle.Storage;

namespace Chronicle.Timeline;

/// <summary>
/// Builds the timeline from the store (the store is the only place where articles meet).
/// Documents are numbered d1.. in publication order (undated last), ties broken by origin, so the
/// same store always prints the same bytes.
/// </summary>
public static class TimelineBuilder
{
    public static TimelineOutput Build(IArticleStore store)
    {
        var documents = store.ListDocuments()
            .OrderBy(d => d.Published is null ? 1 : 0)
            .ThenBy(d => d.Published)
            .ThenBy(d => d.Origin, StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select((d, i) => new TimelineDocument(
                $"d{i + 1}",
                d.Origin,
                d.Title,
                d.Outlet,
                DateFormat.Iso(d.Published),
                EvidenceName(d.PublishedEvidence),
                [DateFormat.Iso(d.PublishedEarliest), DateFormat.Iso(d.PublishedLatest)],
                d.Id,
                d.SentenceCount))
            .ToList();
        var documentIds = documents.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);
        var entities = CorpusEntities.Resolve(store).Select(e => ToOutput(e, documentIds)).ToList();
        return new TimelineOutput(documents, entities, [], []);
    }

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

    public static string EvidenceName(DateEvidence evidence) => evidence switch
    {
        DateEvidence.Explicit => "explicit",
        DateEvidence.Inferred => "inferred",
        _ => "unknown",
    };
}
