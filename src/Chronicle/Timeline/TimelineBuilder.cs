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
        return new TimelineOutput(documents, [], [], []);
    }

    public static string EvidenceName(DateEvidence evidence) => evidence switch
    {
        DateEvidence.Explicit => "explicit",
        DateEvidence.Inferred => "inferred",
        _ => "unknown",
    };
}
