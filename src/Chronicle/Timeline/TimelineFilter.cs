namespace Chronicle.Timeline;

/// <summary>What a user asks of a timeline: which events, how many. Defaults keep everything.</summary>
public sealed record TimelineFilter
{
    /// <summary>Any name of an entity; only events whose actors or targets resolve to it.</summary>
    public string? Entity { get; init; }

    public IReadOnlyList<string> Types { get; init; } = [];

    public IReadOnlyList<string> Statuses { get; init; } = [];

    /// <summary>Events that may fall on or after this day (their interval reaches it).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Events that may fall on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Independent sources (syndicated copies count once).</summary>
    public int MinSources { get; init; } = 1;

    /// <summary>Keep only the most salient events, then print them in date order.</summary>
    public int? Limit { get; init; }

    public static TimelineFilter None { get; } = new();

    /// <summary>Whether the filter keeps every event (no entity, type, status, dates, limit, and the least number of sources).</summary>
    public bool KeepsAll => this is { Entity: null, Types.Count: 0, Statuses.Count: 0, From: null, To: null, Limit: null } && MinSources == None.MinSources;
}
