namespace Chronicle.Entities.Linking;

/// <summary>A role or title the text gives an entity ("Norvian Deputy Foreign Minister"), with the date of the article that gave it.</summary>
public sealed record EntityRole(string Text, DateOnly? Date, string ArticleId);

/// <summary>One referent within one article: the mentions of one cluster, its names and its roles.</summary>
/// <param name="Cluster">The article-local cluster id the mentions carry.</param>
/// <param name="Name">The fullest name the article uses for it.</param>
/// <param name="Names">Every name the article uses (cleaned: no leading "the", no possessive), sorted.</param>
/// <param name="NameCounts">How many mentions use each name, in the order of <paramref name="Names"/>.</param>
public sealed record ArticleEntity(
    int Cluster,
    EntityType Type,
    string Name,
    IReadOnlyList<string> Names,
    IReadOnlyList<int> NameCounts,
    IReadOnlyList<EntityRole> Roles);

/// <summary>The entities of one article: its mentions and their clusters, for the cross-article resolver.</summary>
public sealed record ArticleEntities(string ArticleId, DateOnly? Date, IReadOnlyList<EntityMention> Mentions, IReadOnlyList<ArticleEntity> Entities);
