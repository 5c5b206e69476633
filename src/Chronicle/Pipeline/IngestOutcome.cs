using Chronicle.Model;

namespace Chronicle.Pipeline;

/// <summary>What happened to one article (or one unreadable input) during an ingest.</summary>
public enum IngestStatus
{
    Added,
    Duplicate,
    Failed,
}

/// <summary>The outcome for one article, or for one input that could not be read.</summary>
public sealed record IngestOutcome(IngestStatus Status, string Location, string? ArticleId, string? Title, string? Message)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static IngestOutcome Failed(ReadError error) => new(IngestStatus.Failed, error.Location, null, null, error.Message);
}

/// <summary>Counts of an ingest run.</summary>
public sealed record IngestSummary(int Added, int Duplicates, int Failed, int Warnings)
{
    public int Total => Added + Duplicates + Failed;
}
