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

    /// <summary>The timeline with no filter: every document, entity, event and conflict.</summary>
    public abstract TimelineOutput Unfiltered { get; }

    public IReadOnlyList<TimelineDocument> Documents => Unfiltered.Documents;

    public IReadOnlyList<TimelineEntity> Entities => Unfiltered.Entities;

    /// <summary>The id of the resolved entity that an article's mention named <paramref name="name"/> belongs to, or null.</summary>
    public abstract string? EntityIdFor(string articleId, string name);

    /// <summary>The timeline with <paramref name="filter"/> applied, the same as `chronicle timeline` with those filters.</summary>
    public TimelineOutput Render(TimelineFilter filter)
    {
        if (KeepsEverything(filter))
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

    /// <summary>A filtered timeline, computed (never asked for one that <see cref="KeepsEverything"/>).</summary>
    protected abstract TimelineOutput RenderFiltered(TimelineFilter filter);

    /// <summary>
    /// Whether the filter keeps the whole unfiltered timeline: no condition, and a limit (if any) of at
    /// least as many events as there are (then the most salient N are all of them, in the same order).
    /// </summary>
    private bool KeepsEverything(TimelineFilter filter) =>
        filter.Entity is null && filter.Types.Count == 0 && filter.Statuses.Count == 0 && filter.From is null && filter.To is null
        && filter.MinSources <= 1 && (filter.Limit is null || filter.Limit >= Unfiltered.Events.Count);

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
