using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Web.Api;

/// <summary>The answer of /api/health; <see cref="Timeline"/> says how the timeline is answered: "index" (the store's cross-article index) or "from-scratch".</summary>
public sealed record Health(string Status, int Articles, int Events, int Entities, string Version, string Timeline);

/// <summary>An entity with how many timeline events it takes part in.</summary>
public sealed record EntitySummary(string Id, string Name, string Type, IReadOnlyList<string> Aliases, int Mentions, int Events, string? FirstSeen, string? LastSeen);

/// <summary>An event page: the event, its participants, the documents of its sources, the conflicts it is in.</summary>
public sealed record EventPage(TimelineEvent Event, IReadOnlyList<TimelineEntity> Participants, IReadOnlyList<TimelineDocument> Documents, IReadOnlyList<TimelineConflict> Conflicts);

/// <summary>A conflict with the events it concerns.</summary>
public sealed record ConflictView(TimelineConflict Conflict, IReadOnlyList<TimelineEvent> Events);

/// <summary>A page of conflicts: how many there are (of the kind asked for), where the page starts, and its conflicts with their events.</summary>
public sealed record ConflictList(int Total, int Offset, IReadOnlyList<ConflictView> Conflicts);

/// <summary>
/// A sentence that matches a search. <see cref="Snippet"/> marks matched terms with U+E000 and U+E001
/// (private-use characters no article contains), so a client can highlight them without parsing markup.
/// </summary>
public sealed record SearchResult(string ArticleId, string? Document, string? Title, int Sentence, int Start, int End, string Snippet, double Rank);

public sealed record SearchResponse(string Query, IReadOnlyList<SearchResult> Results);

/// <summary>An error the client can show as it is.</summary>
public sealed record ApiError(string Error);

public static class SearchMarkers
{
    public const string Open = "\uE000";
    public const string Close = "\uE001";

    public static SearchOptions Options { get; } = new(Open, Close);
}
