namespace Chronicle.Model;

/// <summary>
/// An article after the per-article stages: clean text, its zones, what cleaning removed, the
/// publication date with its evidence, and its sentences. Immutable; a pure function of the input.
/// </summary>
public sealed record Article(
    string Id,
    string Origin,
    ArticleFormat Format,
    string? Title,
    string? Outlet,
    string? Author,
    string? Url,
    string Text,
    IReadOnlyList<Zone> Zones,
    IReadOnlyList<RemovedText> Removed,
    PublicationDate Published,
    IReadOnlyList<Sentence> Sentences)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
