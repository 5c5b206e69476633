using Chronicle.Entities.Resolution;
using Chronicle.Fusion;

namespace Chronicle.Timeline;

/// <summary>
/// A store's timeline before filtering: its numbered documents, resolved entities, fused events and
/// conflicts. Immutable, so one instance can serve concurrent readers; <see cref="Render"/> is cheap
/// next to <see cref="TimelineBuilder.Prepare"/>.
/// </summary>
public sealed class PreparedTimeline
{
    internal PreparedTimeline(
        IReadOnlyList<TimelineDocument> documents,
        IReadOnlyList<Entity> resolved,
        IReadOnlyList<TimelineEntity> entities,
        FusionResult fusion,
        IReadOnlyList<EventConflict> conflicts)
    {
        Documents = documents;
        Resolved = resolved;
        Entities = entities;
        Fusion = fusion;
        Conflicts = conflicts;
    }

    public IReadOnlyList<TimelineDocument> Documents { get; }

    public IReadOnlyList<TimelineEntity> Entities { get; }

    public FusionResult Fusion { get; }

    internal IReadOnlyList<Entity> Resolved { get; }

    internal IReadOnlyList<EventConflict> Conflicts { get; }

    /// <summary>The timeline with <paramref name="filter"/> applied (null keeps everything).</summary>
    public TimelineOutput Render(TimelineFilter? filter = null) => TimelineBuilder.Render(this, filter);
}
