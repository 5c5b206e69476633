using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;
using Chronicle.Pipeline;

namespace Chronicle.Corpus;

/// <summary>
/// A stored entity read for a timeline (<see cref="Timeline.TimelineBuilder.ToOutput(Entity, IReadOnlyDictionary{string, string})"/>),
/// which shows everything of it but the merge evidence: that is most of a frequent entity's JSON (one
/// entry per merge, thousands), and the serializer skips it rather than building it.
/// </summary>
internal static class ShownEntities
{
    /// <summary>The stored entity with no merge evidence.</summary>
    public static Entity Parse(string json) => ToEntity(AnnotationLayers.Deserialize<EntityJson>(json)!);

    /// <summary>As <see cref="Parse(string)"/>, from the UTF-8 the store keeps.</summary>
    public static Entity Parse(byte[] utf8Json) => ToEntity(AnnotationLayers.Deserialize<EntityJson>(utf8Json)!);

    private static Entity ToEntity(EntityJson e) => new(e.Id, e.Name, e.Type, e.Aliases, e.Roles, e.Articles, e.FirstSeen, e.LastSeen, [], e.Mentions);

    /// <summary>The parts of a stored entity's JSON a timeline shows (the names are <see cref="Entity"/>'s).</summary>
    private sealed record EntityJson(
        string Id,
        string Name,
        EntityType Type,
        IReadOnlyList<string> Aliases,
        IReadOnlyList<EntityRole> Roles,
        IReadOnlyList<string> Articles,
        DateOnly? FirstSeen,
        DateOnly? LastSeen,
        int Mentions);
}
