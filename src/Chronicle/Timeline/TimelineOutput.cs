namespace Chronicle.Timeline;

/// <summary>The timeline as CONTRACTS.md specifies it for `chronicle timeline --format json`.</summary>
public sealed record TimelineOutput(
    IReadOnlyList<TimelineDocument> Documents,
    IReadOnlyList<TimelineEntity> Entities,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<TimelineConflict> Conflicts);

/// <summary>One source article of a timeline: "d1".. in date order, with how its date is known.</summary>
public sealed record TimelineDocument(
    string Id,
    string Path,
    string? Title,
    string? Outlet,
    string? Published,
    string PublishedEvidence,
    IReadOnlyList<string?> PublishedRange,
    string ArticleId,
    int Sentences);

/// <summary>A resolved entity: every name it goes by, its roles (with their dates in roleHistory) and where it appears.</summary>
public sealed record TimelineEntity(
    string Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<TimelineRole> RoleHistory,
    IReadOnlyList<string> Documents,
    string? FirstSeen,
    string? LastSeen,
    int Mentions);

/// <summary>A role as one article gave it, on that article's date.</summary>
public sealed record TimelineRole(string Role, string? Date, string Document);
