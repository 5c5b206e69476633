using System.Globalization;
using Chronicle.Fusion;

namespace Chronicle.Corpus;

/// <summary>
/// The timeline's one order of fused events (v1..), computed from each event alone so that events fused
/// in separate blocks, or at separate times, interleave the same way: by date (undated last), then the
/// first source's document and trigger position, then the order fusion gave within its block.
/// </summary>
public static class EventOrder
{
    private const char Separator = '\u0001';

    /// <summary>The day part of an undated event's sort key, after every real day.</summary>
    private const int UndatedDay = 99999999;

    /// <summary>
    /// The sort keys of one block's events (in fusion's order) as the index stores them: the last part
    /// is the event's rank among the block's events of the same day, first source and trigger, not its
    /// index in the block, so that an event keeps its key when an addition brings events before it and
    /// an update need not write it again. The order is the same: fusion orders a block by those three
    /// first, and no two blocks share a first source's trigger (one sentence's mentions are one block).
    /// </summary>
    public static IReadOnlyList<string> BlockSortKeys(IReadOnlyList<FusedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var keys = new BlockSortKeyer();
        return events.Select(keys.Next).ToList();
    }

    /// <summary>
    /// <see cref="BlockSortKeys"/> one event at a time, in fusion's order: an index build writes each event
    /// of a block as fusion builds it, without holding the block's events at once.
    /// </summary>
    public sealed class BlockSortKeyer
    {
        private readonly Dictionary<string, int> ranks = new(StringComparer.Ordinal);

        public string Next(FusedEvent e)
        {
            ArgumentNullException.ThrowIfNull(e);
            var prefix = SortKey(e, 0);
            var rank = ranks.GetValueOrDefault(prefix);
            ranks[prefix] = rank + 1;
            return rank == 0 ? prefix : SortKey(e, rank);
        }
    }

    public static string SortKey(FusedEvent e, int indexInBlock)
    {
        var day = e.Earliest ?? e.Latest;
        var first = e.Sources.Count > 0 ? e.Sources[0] : null;
        return string.Join(
            Separator,
            (day?.DayNumber ?? UndatedDay).ToString("D8", CultureInfo.InvariantCulture),
            first?.DocumentId ?? string.Empty,
            (first?.Mention.Trigger.Start ?? 0).ToString("D9", CultureInfo.InvariantCulture),
            indexInBlock.ToString("D9", CultureInfo.InvariantCulture));
    }

    /// <summary>The day number (<see cref="DateOnly.DayNumber"/>) a sort key starts with: the event's earliest day, else its latest; null for an undated event.</summary>
    public static int? Day(string sortKey)
    {
        ArgumentNullException.ThrowIfNull(sortKey);
        var end = sortKey.IndexOf(Separator, StringComparison.Ordinal);
        return int.TryParse(sortKey.AsSpan(0, end < 0 ? sortKey.Length : end), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day != UndatedDay ? day : null;
    }

    /// <summary>Events of one fusion, renumbered v1.. in the timeline's order, with the map from their old ids to the new.</summary>
    public static (IReadOnlyList<FusedEvent> Events, IReadOnlyDictionary<string, string> NewIds) Renumber(IReadOnlyList<FusedEvent> events)
    {
        var ordered = events.Select((e, i) => (Event: e, Key: SortKey(e, i)))
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .Select((x, n) => (Old: x.Event.Id, Event: x.Event with { Id = Number(n + 1) }))
            .ToList();
        var newIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (old, e) in ordered)
        {
            newIds.TryAdd(old, e.Id);
        }

        return (ordered.Select(x => x.Event).ToList(), newIds);
    }

    public static string Number(long n) => "v" + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The event with its sources' documents renamed (document keys to the timeline's d1..).</summary>
    public static FusedEvent RenameDocuments(FusedEvent e, Func<string, string> documentId) =>
        e with { Sources = e.Sources.Select(s => s with { DocumentId = documentId(s.DocumentId) }).ToList() };
}
