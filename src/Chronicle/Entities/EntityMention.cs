using Chronicle.Model;

namespace Chronicle.Entities;

/// <summary>
/// One mention of a named entity in an article: where it is, what it says, its type, and the
/// article-local cluster (0-based) that groups the mentions naming the same referent in that article.
/// </summary>
public sealed record EntityMention(Span Span, string Text, EntityType Type, int Cluster);
