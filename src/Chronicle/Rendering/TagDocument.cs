using Chronicle.Model;

namespace Chronicle.Rendering;

/// <summary>
/// The CONTRACTS.md `tag` shape: one article's text and every annotation on it, offsets into
/// <see cref="Text"/>. Fields beyond the contract (metadata, zones, sentences) are additions.
/// </summary>
public sealed record TagDocument(
    string Document,
    string? Dct,
    string Text,
    IReadOnlyList<object> Timexes,
    IReadOnlyList<object> Entities,
    IReadOnlyList<object> Events,
    TagMetadata Metadata,
    IReadOnlyList<TagZone> Zones,
    IReadOnlyList<TagSentence> Sentences);

public sealed record TagMetadata(
    string? Title,
    string? Outlet,
    string? Author,
    string? Url,
    string Format,
    string? Published,
    string PublishedEvidence,
    IReadOnlyList<string?> PublishedRange,
    string? PublishedEvidenceText,
    string? PublishedEvidenceSource,
    IReadOnlyList<string> Warnings);

public sealed record TagZone(string Kind, int Start, int End);

public sealed record TagSentence(int Index, int Start, int End, string Text, int Tokens);

public static class TagDocumentBuilder
{
    /// <summary>Builds the tag output for an analysed article; <paramref name="dct"/> is the anchor actually used.</summary>
    public static TagDocument Build(string document, Article article, DateOnly? dct, IReadOnlyList<object> timexes)
    {
        var published = article.Published;
        var metadata = new TagMetadata(
            article.Title,
            article.Outlet,
            article.Author,
            article.Url,
            article.Format.ToString().ToLowerInvariant(),
            DateFormat.Iso(published.Date),
            published.Evidence.ToString().ToLowerInvariant(),
            [DateFormat.Iso(published.Earliest), DateFormat.Iso(published.Latest)],
            published.EvidenceText,
            published.EvidenceSource,
            article.Warnings);
        return new TagDocument(
            document,
            DateFormat.Iso(dct),
            article.Text,
            timexes,
            [],
            [],
            metadata,
            article.Zones.Select(z => new TagZone(z.Kind.ToString().ToLowerInvariant(), z.Span.Start, z.Span.End)).ToList(),
            article.Sentences.Select(s => new TagSentence(s.Index, s.Span.Start, s.Span.End, s.Span.Slice(article.Text).ToString(), s.Tokens.Count)).ToList());
    }
}
