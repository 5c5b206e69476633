namespace Chronicle.Timeline;

/// <summary>The timeline as CONTRACTS.md specifies it for `chronicle timeline --format json`.</summary>
public sealed record TimelineOutput(
    IReadOnlyList<TimelineDocument> Documents,
    IReadOnlyList<object> Entities,
    IReadOnlyList<object> Events,
    IReadOnlyList<object> Conflicts);

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
