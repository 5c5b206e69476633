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

    /// <summary>
    /// The annotation layers of later stages (times, entities, events), each serialised by its stage
    /// under the layer's name. Kept as text here so the model does not depend on the stages, and stored
    /// in the same transaction as the article, so an article is never stored without them.
    /// </summary>
    public IReadOnlyDictionary<string, string> Layers { get; init; } = EmptyLayers;

    private static readonly IReadOnlyDictionary<string, string> EmptyLayers = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
