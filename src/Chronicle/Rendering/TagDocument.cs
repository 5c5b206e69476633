using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;
using Chronicle.Model;
using Chronicle.Pipeline;

namespace Chronicle.Rendering;

/// <summary>
/// The CONTRACTS.md `tag` shape: one article's text and every annotation on it, offsets into
/// <see cref="Text"/>. Fields beyond the contract (metadata, zones, sentences) are additions.
/// </summary>
public sealed record TagDocument(
    string Document,
    string? Dct,
    string Text,
    IReadOnlyList<TagTimex> Timexes,
    IReadOnlyList<TagEntity> Entities,
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

/// <summary>
/// A temporal expression: the CONTRACTS.md fields, plus its TimeML id and the calendar interval it
/// denotes (earliest and latest day, granularity), which later stages compare on.
/// </summary>
public sealed record TagTimex(
    int Start,
    int End,
    string Text,
    string Type,
    string Value,
    string? Mod,
    string? Anchor,
    string Tid,
    string? Earliest,
    string? Latest,
    string Granularity);

/// <summary>An entity mention; <see cref="Entity"/> is the id of the entity it resolves to.</summary>
public sealed record TagEntity(int Start, int End, string Text, string Type, string Entity);

public sealed record TagZone(string Kind, int Start, int End);

public sealed record TagSentence(int Index, int Start, int End, string Text, int Tokens);

public static class TagDocumentBuilder
{
    /// <summary>Builds the tag output for an analysed article; <paramref name="dct"/> is the anchor actually used.</summary>
    public static TagDocument Build(string document, Article article, DateOnly? dct, IReadOnlyList<Time.Timex> timexes)
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
            timexes.Select(ToTag).ToList(),
            Entities(article),
            [],
            metadata,
            article.Zones.Select(z => new TagZone(z.Kind.ToString().ToLowerInvariant(), z.Span.Start, z.Span.End)).ToList(),
            article.Sentences.Select(s => new TagSentence(s.Index, s.Span.Start, s.Span.End, s.Span.Slice(article.Text).ToString(), s.Tokens.Count)).ToList());
    }

    private static TagTimex ToTag(Time.Timex t) => new(
        t.Span.Start,
        t.Span.End,
        t.Text,
        t.Type.ToString().ToUpperInvariant(),
        t.Value,
        t.Mod,
        t.Anchor,
        t.Tid,
        DateFormat.Iso(t.Interval?.Earliest),
        DateFormat.Iso(t.Interval?.Latest),
        t.Granularity.ToString().ToLowerInvariant());

    /// <summary>The article's mentions, each pointing at its entity as resolved within the article.</summary>
    private static List<TagEntity> Entities(Article article)
    {
        if (AnnotationLayers.ReadEntities(article) is not { } layer)
        {
            return [];
        }

        var resolved = EntityResolver.Default.Resolve([layer]);
        var byCluster = layer.Entities.ToDictionary(e => e.Cluster, e => IdOf(e, resolved));
        return layer.Mentions
            .Select(m => new TagEntity(m.Span.Start, m.Span.End, m.Text, EntityTypeNames.Label(m.Type), byCluster.GetValueOrDefault(m.Cluster) ?? "c" + m.Cluster))
            .ToList();
    }

    private static string? IdOf(ArticleEntity entity, IReadOnlyList<Entity> resolved) =>
        resolved.FirstOrDefault(r => r.AllNames.Contains(entity.Name, StringComparer.Ordinal))?.Id;
}
