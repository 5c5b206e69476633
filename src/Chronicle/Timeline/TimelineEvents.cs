namespace Chronicle.Timeline;

/// <summary>
/// One timeline entry (CONTRACTS.md `events`): a fused event with its date as precise as the sources
/// allow, its participants as entity ids, and every sentence that reports it.
/// </summary>
public sealed record TimelineEvent(
    string Id,
    string? Date,
    string Granularity,
    string? End,
    string Type,
    string Status,
    string Summary,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Targets,
    string? Location,
    IReadOnlyList<TimelineSource> Sources,
    int IndependentSources,
    string Salience,
    string? Earliest,
    string? Latest,
    string Cameo,
    string Plover);

/// <summary>A sentence that reports an event: document id, its offsets in the document's clean text, and the text.</summary>
public sealed record TimelineSource(string Document, int Start, int End, string Sentence, string Trigger, string? Speaker);

/// <summary>A disagreement between sources (CONTRACTS.md `conflicts`).</summary>
public sealed record TimelineConflict(IReadOnlyList<string> Events, string Kind, string Description);
