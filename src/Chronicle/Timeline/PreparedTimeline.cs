using Chronicle.Corpus;
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
        IReadOnlyDictionary<string, string> documentIds,
        IReadOnlyList<Entity> resolved,
        IReadOnlyList<TimelineEntity> entities,
        FusionResult fusion,
        IReadOnlyList<EventConflict> conflicts)
    {
        Documents = documents;
        DocumentIds = documentIds;
        Resolved = resolved;
        Entities = entities;
        Fusion = fusion;
        Conflicts = conflicts;
    }

    public IReadOnlyList<TimelineDocument> Documents { get; }

    public IReadOnlyList<TimelineEntity> Entities { get; }

    public FusionResult Fusion { get; }

    internal IReadOnlyList<Entity> Resolved { get; }

    /// <summary>Article id to the timeline's document id (d1, d2 ...).</summary>
    internal IReadOnlyDictionary<string, string> DocumentIds { get; }

    internal IReadOnlyList<EventConflict> Conflicts { get; }

    // Both are built on first use; a race builds equal values twice, never a torn one.
    private Dictionary<(string Article, string Name), string>? byArticleName;
    private TimelineOutput? unfiltered;

    /// <summary>The timeline with no filter, rendered once.</summary>
    public TimelineOutput Unfiltered => unfiltered ??= Render(null);

    /// <summary>
    /// The id of the resolved entity that an article's mention named <paramref name="name"/> belongs to,
    /// or null when the name was not resolved (so an article view can link its mentions to entity pages).
    /// </summary>
    public string? EntityIdFor(string articleId, string name) =>
        (byArticleName ??= ResolvedKeys.ByArticleName(Resolved)).GetValueOrDefault((articleId, name));

    /// <summary>The timeline with <paramref name="filter"/> applied (null keeps everything).</summary>
    public TimelineOutput Render(TimelineFilter? filter = null) => TimelineBuilder.Render(this, filter);
}
