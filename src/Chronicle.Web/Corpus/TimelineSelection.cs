using System.Globalization;
using Chronicle.Timeline;

namespace Chronicle.Web.Corpus;

/// <summary>
/// The filters that name no entity (types, statuses, from, to, minimum sources, limit) applied to an
/// unfiltered timeline, with the rules <see cref="TimelineBuilder"/> applies to fused events: so a
/// snapshot answered from the index reads the store and finds conflicts once, not once per filter.
/// The events keep the unfiltered order (date, then number), which is the order a filtered timeline
/// prints; the conflicts kept are those that concern a kept event; the documents and entities are
/// those the kept events refer to when events were left out, as the library's filtered timeline lists them.
/// </summary>
public static class TimelineSelection
{
    /// <param name="all">The unfiltered timeline.</param>
    /// <param name="filter">A filter whose <see cref="TimelineFilter.Entity"/> is null.</param>
    /// <param name="scores">Each event's salience score by id, asked for only when a limit leaves events out.</param>
    public static TimelineOutput Select(TimelineOutput all, TimelineFilter filter, Func<IReadOnlyDictionary<string, double>> scores)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(filter);
        var kept = all.Events.Where(e =>
                (filter.Types.Count == 0 || filter.Types.Contains(e.Type, StringComparer.OrdinalIgnoreCase))
                && (filter.Statuses.Count == 0 || filter.Statuses.Contains(e.Status, StringComparer.OrdinalIgnoreCase))
                && (filter.From is not { } from || Day(e.Latest) is not { } latest || latest >= from)
                && (filter.To is not { } to || Day(e.Earliest) is not { } earliest || earliest <= to)
                && e.IndependentSources >= filter.MinSources)
            .ToList();
        if (filter.Limit is { } limit && kept.Count > limit)
        {
            // The most salient, ties by id as the library breaks them; then back in date order.
            var score = scores();
            var top = kept
                .OrderByDescending(e => score.GetValueOrDefault(e.Id))
                .ThenBy(e => e.Id, StringComparer.Ordinal)
                .Take(limit)
                .Select(e => e.Id)
                .ToHashSet(StringComparer.Ordinal);
            kept = kept.Where(e => top.Contains(e.Id)).ToList();
        }

        var ids = kept.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var selected = all with { Events = kept, Conflicts = all.Conflicts.Where(c => c.Events.Any(ids.Contains)).ToList() };
        return kept.Count < all.Events.Count ? TimelineBuilder.Narrowed(selected, all.Documents, all.Entities) : selected;
    }

    private static DateOnly? Day(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
