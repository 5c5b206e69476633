using Chronicle.Entities.Resolution;

namespace Chronicle.Corpus;

/// <summary>
/// A stored entity read for a timeline (<see cref="Timeline.TimelineBuilder.ToOutput(Entity, IReadOnlyDictionary{string, string})"/>),
/// which shows everything of it but the merge evidence: that is most of a frequent entity's JSON (one
/// entry per merge, thousands), and the reader skips it rather than building it (<see cref="ViewJsonReader"/>).
/// </summary>
internal static class ShownEntities
{
    /// <summary>The stored entity with no merge evidence.</summary>
    public static Entity Parse(string json) => ViewJsonReader.ReadShownEntity(json);

    /// <summary>As <see cref="Parse(string)"/>, from the UTF-8 the store keeps.</summary>
    public static Entity Parse(byte[] utf8Json) => ViewJsonReader.ReadShownEntity(utf8Json);
}
