using Chronicle.Fusion;
using Chronicle.Storage;

namespace Chronicle.Corpus;

/// <summary>
/// Each event's nearest possible twin kept by the index (<see cref="ICorpusIndexStore.KeepsDateTwins"/>): the
/// other side of the date conflict <see cref="ConflictFinder"/> would pair it with, judged over every stored
/// event. An entity's timeline then reads its events' twins, and the events whose twin is one of them, instead
/// of reading and judging the thousands of events that share a participant with them.
/// </summary>
public static class DateTwins
{
    /// <summary>Views read at a time: a first build judges every event, and their JSON at once does not fit.</summary>
    private const int Chunk = 4096;

    /// <summary>
    /// Judges the events not judged yet (new ones, and those whose twin went) and the stored events one of them
    /// may now be nearer to; does nothing when none is pending or the store keeps no twins.
    /// </summary>
    public static void Fill(ICorpusIndexStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!store.KeepsDateTwins || store.DateTwinsReady() || store.ReadUnjudgedEvents() is not { Count: > 0 } unjudged)
        {
            return;
        }

        // The unjudged events, and every event that may be the twin of one: sharing a participant, starting
        // within the longest gap of one. A stored event's twin changes only when an event comes or goes: one that
        // came is among the unjudged, and one whose twin went is unjudged again.
        var events = Outlines(store, unjudged);
        var participants = events.All.SelectMany(e => e.Actors.Concat(e.Targets)).ToHashSet(StringComparer.Ordinal);
        var starts = events.All.Where(e => e.Earliest is not null).Select(e => e.Earliest!.Value.DayNumber).Order().ToArray();
        var unjudgedRows = unjudged.ToHashSet();
        var others = store.ReadEventRows(participants, day => day is { } start && Within(starts, start)).Where(r => !unjudgedRows.Contains(r)).Order().ToList();

        events.Add(Outlines(store, others));
        var all = events.InOrder();
        var nearest = ConflictFinder.NearestTwins(all.Select(x => x.Event).ToList(), e => unjudgedRows.Contains(all[events.IndexOf(e.Id)].Row));

        var twins = new List<(long Row, long? Twin)>();
        var challengers = new Dictionary<int, int>();
        for (var i = 0; i < all.Count; i++)
        {
            if (unjudgedRows.Contains(all[i].Row))
            {
                twins.Add((all[i].Row, nearest[i] >= 0 ? all[nearest[i]].Row : null));
            }
            else if (nearest[i] >= 0)
            {
                challengers[i] = nearest[i];
            }
        }

        // A stored event keeps its twin unless a new event is nearer (or as near and earlier in the order).
        var stored = store.ReadDateTwins(challengers.Keys.Select(i => all[i].Row).ToList());
        var byRow = all.Select((x, i) => (x.Row, i)).ToDictionary(x => x.Row, x => x.i);
        var kept = Outlines(store, stored.Values.OfType<long>().Where(r => !byRow.ContainsKey(r)).Distinct().ToList()).InOrder().ToDictionary(x => x.Row);
        foreach (var (i, challenger) in challengers)
        {
            var row = all[i].Row;
            var current = stored.GetValueOrDefault(row);
            if (current is not { } twin)
            {
                twins.Add((row, all[challenger].Row));
                continue;
            }

            var (twinEvent, twinKey) = byRow.TryGetValue(twin, out var at) ? (all[at].Event, all[at].SortKey) : (kept[twin].Event, kept[twin].SortKey);
            var gap = Gap(all[i].Event, all[challenger].Event);
            var held = Gap(all[i].Event, twinEvent);
            if (gap < held || (gap == held && string.CompareOrdinal(all[challenger].SortKey, twinKey) < 0))
            {
                twins.Add((row, all[challenger].Row));
            }
        }

        store.WriteDateTwins(twins);
    }

    private static int Gap(FusedEvent a, FusedEvent b) => Math.Abs(a.Earliest!.Value.DayNumber - b.Earliest!.Value.DayNumber);

    private static bool Within(int[] starts, int day)
    {
        var at = Array.BinarySearch(starts, day - ConflictFinder.MaxGapDays);
        var first = at >= 0 ? at : ~at;
        return first < starts.Length && starts[first] <= day + ConflictFinder.MaxGapDays;
    }

    /// <summary>The events of the given rows in outline (<see cref="SlimEvents"/>), read a chunk at a time.</summary>
    private static OutlineSet Outlines(ICorpusIndexStore store, IReadOnlyList<long> rows)
    {
        var set = new OutlineSet();
        foreach (var chunk in rows.Chunk(Chunk))
        {
            var views = store.ReadEventViewsByRow(chunk, withShown: false, numbered: false);
            var slim = views.Where(SlimEvents.HasForms).ToList();
            foreach (var (view, e) in slim.Zip(CorpusTimeline.ParseAll(slim, v => SlimEvents.FromView(v with { Number = 0 })!)))
            {
                set.Add(view.Row, view.SortKey!, e);
            }

            // An event stored before the index kept its outline forms is read whole.
            var whole = views.Where(v => !SlimEvents.HasForms(v)).ToList();
            if (whole.Count > 0)
            {
                var keys = whole.ToDictionary(v => v.Row, v => v.SortKey!);
                foreach (var (row, e) in whole.Select(v => v.Row).Zip(store.ReadEventsByRow(whole.Select(v => v.Row).ToList()).Select(SlimEvents.Parse)))
                {
                    set.Add(row, keys[row], e);
                }
            }
        }

        return set;
    }

    /// <summary>Outlines with their rows and sort keys, each given an id of its own (v-1, v-2..: stand-ins, never a real number).</summary>
    private sealed class OutlineSet
    {
        private readonly List<(long Row, string SortKey, FusedEvent Event)> items = [];
        private Dictionary<string, int>? index;

        public IEnumerable<FusedEvent> All => items.Select(x => x.Event);

        public void Add(long row, string sortKey, FusedEvent e) =>
            items.Add((row, sortKey, e with { Id = EventOrder.Number(-1L - items.Count) }));

        public void Add(OutlineSet other)
        {
            foreach (var (row, key, e) in other.items)
            {
                Add(row, key, e);
            }
        }

        /// <summary>The outlines in the global order (by sort key).</summary>
        public List<(long Row, string SortKey, FusedEvent Event)> InOrder()
        {
            var ordered = items.OrderBy(x => x.SortKey, StringComparer.Ordinal).ToList();
            index = ordered.Select((x, i) => (x.Event.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            return ordered;
        }

        public int IndexOf(string id) => index![id];
    }
}
