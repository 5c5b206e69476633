using System.Globalization;
using Chronicle.Timeline;

namespace Chronicle.Web.Corpus;

/// <summary>
/// What the endpoints read of one store state: the numbered documents, the resolved entities, the
/// unfiltered timeline, filtered timelines, and the entity a mention in an article belongs to. Two
/// kinds answer the same JSON: <see cref="IndexedSnapshot"/> from a store's cross-article index,
/// <see cref="PreparedSnapshot"/> from scratch for stores without one.
/// </summary>
public abstract class CorpusSnapshot
{
    /// <summary>The filtered timelines kept per snapshot; the page asks for the same few again and again.</summary>
    public const int CachedRenders = 64;

    private readonly Dictionary<string, TimelineOutput> renders = new(StringComparer.Ordinal);
    private readonly Lock rendersGate = new();

    /// <summary>"index" or "from-scratch": which path answers (shown by /api/health).</summary>
    public abstract string Source { get; }

    private readonly Lazy<IReadOnlyDictionary<string, int>> eventCounts;

    protected CorpusSnapshot()
    {
        eventCounts = new(() => CountEvents(Unfiltered));
    }

    /// <summary>
    /// The timeline with no filter: every document, entity, event and conflict. On a large indexed store
    /// this is by far the costliest thing to make (every event whole, conflicts among all of them): the
    /// members below answer without it where they can.
    /// </summary>
    public abstract TimelineOutput Unfiltered { get; }

    /// <summary>Every document in the timeline's order (d1..).</summary>
    public virtual IReadOnlyList<TimelineDocument> Documents => Unfiltered.Documents;

    /// <summary>Every resolved entity, in the resolver's order.</summary>
    public virtual IReadOnlyList<TimelineEntity> Entities => Unfiltered.Entities;

    /// <summary>How many events the unfiltered timeline has.</summary>
    public virtual int EventCount => Unfiltered.Events.Count;

    /// <summary>How many events each entity takes part in (as actor, target or place), by entity id.</summary>
    public virtual IReadOnlyDictionary<string, int> EventCounts => eventCounts.Value;

    /// <summary>Makes ahead of the first request what the page's first load reads (the snapshot's constructor may have made it all).</summary>
    public virtual void Warm()
    {
    }

    /// <summary>The id of the resolved entity that an article's mention named <paramref name="name"/> belongs to, or null.</summary>
    public abstract string? EntityIdFor(string articleId, string name);

    /// <summary>An entity's page: the entity, every event it is an actor, target or place of (in the timeline's order), and the documents it appears in; null when there is no such entity.</summary>
    public virtual EntityPage? EntityPage(string id)
    {
        if (Entities.FirstOrDefault(e => e.Id == id) is not { } entity)
        {
            return null;
        }

        var documents = entity.Documents.ToHashSet(StringComparer.Ordinal);
        return new EntityPage(entity, Unfiltered.Events.Where(e => Involves(e, id)).ToList(), Documents.Where(d => documents.Contains(d.Id)).ToList());
    }

    /// <summary>One event with its participants (in the resolver's order), the documents of its sources (in the timeline's order) and its conflicts; null when there is no such event.</summary>
    public virtual EventDetail? Event(string id)
    {
        var full = Unfiltered;
        if (full.Events.FirstOrDefault(e => e.Id == id) is not { } found)
        {
            return null;
        }

        return Detail(found, full.Conflicts.Where(c => c.Events.Contains(id)).ToList(), ids => Entities.Where(e => ids.Contains(e.Id)).ToList());
    }

    /// <summary>Every conflict of the unfiltered timeline, in its order.</summary>
    public virtual IReadOnlyList<TimelineConflict> Conflicts => Unfiltered.Conflicts;

    /// <summary>The events of the given ids (v1..) as the unfiltered timeline shows them, in its order; ids of no event are left out.</summary>
    public virtual IReadOnlyList<TimelineEvent> EventsOf(IReadOnlySet<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Unfiltered.Events.Where(e => ids.Contains(e.Id)).ToList();
    }

    /// <summary>The document id (d1..) of a stored article, or null.</summary>
    public virtual string? DocumentOf(string articleId) => Documents.FirstOrDefault(d => d.ArticleId == articleId)?.Id;

    /// <summary>The events that may cite the article (at least every event that does), in the timeline's order.</summary>
    public virtual IReadOnlyList<TimelineEvent> EventsCiting(string articleId) => Unfiltered.Events;

    /// <summary>The timeline with <paramref name="filter"/> applied, the same as `chronicle timeline` with those filters.</summary>
    public TimelineOutput Render(TimelineFilter filter)
    {
        if (KeepsEverything(filter) && (filter.Limit is null || HasUnfiltered))
        {
            return Unfiltered;
        }

        var key = Key(filter);
        lock (rendersGate)
        {
            if (renders.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var rendered = RenderFiltered(filter);
        lock (rendersGate)
        {
            if (renders.Count >= CachedRenders)
            {
                renders.Clear();
            }

            renders[key] = rendered;
        }

        return rendered;
    }

    /// <summary>Whether <see cref="Unfiltered"/> is made already: a limit that keeps every event is then answered by it, else selected like any other limit.</summary>
    protected virtual bool HasUnfiltered => true;

    /// <summary>A filtered timeline, computed (never asked for one that <see cref="KeepsEverything"/>).</summary>
    protected abstract TimelineOutput RenderFiltered(TimelineFilter filter);

    /// <summary>
    /// Whether the filter keeps the whole unfiltered timeline: no condition, and a limit (if any) of at
    /// least as many events as there are (then the most salient N are all of them, in the same order).
    /// </summary>
    private bool KeepsEverything(TimelineFilter filter) =>
        filter.Entity is null && filter.Types.Count == 0 && filter.Statuses.Count == 0 && filter.From is null && filter.To is null
        && filter.MinSources <= 1 && (filter.Limit is null || filter.Limit >= EventCount);

    /// <summary>The event page's parts other than the conflicts, with <paramref name="participants"/> giving the entities of a set of ids.</summary>
    protected EventDetail Detail(TimelineEvent found, IReadOnlyList<TimelineConflict> conflicts, Func<IReadOnlySet<string>, IReadOnlyList<TimelineEntity>> participants)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(participants);
        var participantIds = found.Actors.Concat(found.Targets).Append(found.Location).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var cited = found.Sources.Select(s => s.Document).ToHashSet(StringComparer.Ordinal);
        return new EventDetail(found, participants(participantIds), Documents.Where(d => cited.Contains(d.Id)).ToList(), conflicts);
    }

    protected static bool Involves(TimelineEvent e, string entity) =>
        e.Actors.Contains(entity) || e.Targets.Contains(entity) || e.Location == entity;

    private static Dictionary<string, int> CountEvents(TimelineOutput timeline)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in timeline.Events)
        {
            foreach (var id in e.Actors.Concat(e.Targets).Append(e.Location).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        return counts;
    }

    /// <summary>One string per distinct filter: types and statuses match case-insensitively, so they are compared that way.</summary>
    internal static string Key(TimelineFilter filter)
    {
        static string Set(IEnumerable<string> values) =>
            string.Join(",", values.Select(v => v.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return string.Join(
            "\u0001",
            filter.Entity ?? "\u0002",
            Set(filter.Types),
            Set(filter.Statuses),
            Day(filter.From),
            Day(filter.To),
            filter.MinSources.ToString(CultureInfo.InvariantCulture),
            filter.Limit?.ToString(CultureInfo.InvariantCulture) ?? "");
    }
}

/// <summary>An event page's parts: the event, its participants, the documents of its sources, the conflicts it is in.</summary>
public sealed record EventDetail(TimelineEvent Event, IReadOnlyList<TimelineEntity> Participants, IReadOnlyList<TimelineDocument> Documents, IReadOnlyList<TimelineConflict> Conflicts);
