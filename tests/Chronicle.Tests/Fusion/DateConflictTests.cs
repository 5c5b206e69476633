using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;

namespace Chronicle.Tests.Fusion;

/// <summary>
/// Date conflicts over random events: an entity's view (its events judged, the others read only as
/// partners) gives exactly the conflicts of the whole timeline that concern its events, both over all
/// events and over only those an entity timeline reads.
/// </summary>
public class DateConflictTests
{
    private static readonly string[] Keys = ["org:kestrel_party", "org:union_front", "gpe:norvia", "person:tomas_vell", "person:ana_dorr", "gpe:halden"];
    private static readonly string[] Granularities = ["day", "month", "year"];

    [Fact]
    public void An_entity_view_reads_enough_to_give_the_whole_timelines_conflicts_of_its_events()
    {
        for (var seed = 1; seed <= 200; seed++)
        {
            Check(RandomEvents(new Random(seed), 40));
        }

        // A partner of the entity's events whose own nearest twin starts more than two years from all of
        // them: that twin must be read, or the partner seems nearest to one of the entity's events.
        Check([
            Month("e1", 2015, 1, "org:kestrel_party", "gpe:norvia"),
            Month("e2", 2015, 3, "org:kestrel_party", "gpe:norvia"),
            Month("e3", 2016, 6, "gpe:norvia"),
            Month("e4", 2017, 3, "gpe:norvia"),
        ]);
    }

    [Fact]
    public void Each_event_is_paired_with_its_nearest_possible_twin_as_comparing_every_pair_finds_it()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var events = RandomEvents(new Random(seed), 60);
            var actual = ConflictFinder.Default.Find(events).Where(c => c.Kind == "date" && c.Events.Count == 2).Select(c => (c.Events[0], c.Events[1]));
            Assert.Equal(NearestTwins(events), actual);
        }
    }

    /// <summary>
    /// The date conflicts by their definition, every pair compared: each event's nearest possible twin (closest
    /// start within two years, the earlier event on a tie), each such pair once, in the events' order.
    /// </summary>
    private static List<(string, string)> NearestTwins(List<FusedEvent> events)
    {
        static List<string> Keys(FusedEvent e) => e.Actors.Concat(e.Targets).Distinct(StringComparer.Ordinal).ToList();
        bool PossiblyOne(FusedEvent a, FusedEvent b)
        {
            var shared = Keys(a).Count(Keys(b).Contains);
            var union = Keys(a).Count + Keys(b).Count - shared;
            return a.Family == b.Family
                && !FusionDates.Overlap(a.Earliest, a.Latest, b.Earliest, b.Latest)
                && (FusionDates.Rank(a.Granularity) >= 2 || FusionDates.Rank(b.Granularity) >= 2)
                && shared > 0 && shared * 2 >= union
                && (a.Location is null || b.Location is null || a.Location == b.Location)
                && !b.Sources.All(s => a.Sources.Any(t => t.DocumentId == s.DocumentId));
        }

        int Gap(int i, int j) => Math.Abs(events[i].Earliest!.Value.DayNumber - events[j].Earliest!.Value.DayNumber);
        var pairs = new SortedSet<(int, int)>();
        for (var i = 0; i < events.Count; i++)
        {
            var twins = Enumerable.Range(0, events.Count)
                .Where(j => j != i && Gap(i, j) <= ConflictFinder.MaxGapDays && PossiblyOne(events[Math.Min(i, j)], events[Math.Max(i, j)]))
                .OrderBy(j => Gap(i, j)).ThenBy(j => j)
                .ToList();
            if (twins.Count > 0)
            {
                pairs.Add((Math.Min(i, twins[0]), Math.Max(i, twins[0])));
            }
        }

        return pairs.Select(p => (events[p.Item1].Id, events[p.Item2].Id)).ToList();
    }

    private static void Check(List<FusedEvent> events)
    {
        var all = ConflictFinder.Default.Find(events);
        Assert.True(all.Count(c => c.Kind == "date") < events.Count, "each event is paired only with its nearest twin");

        foreach (var key in Keys)
        {
            var selected = events.Where(e => e.Actors.Contains(key) || e.Targets.Contains(key)).ToList();
            var ids = selected.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var expected = all.Where(c => c.Events.Any(ids.Contains)).Select(Text).ToList();
            Assert.Equal(expected, ConflictFinder.Default.Find(events, e => ids.Contains(e.Id)).Select(Text));

            // What CorpusTimeline.ForEntity reads: the entity's events and those sharing one of their
            // participants that start within twice the conflict gap of one of them.
            var participants = selected.SelectMany(e => e.Actors.Concat(e.Targets)).ToHashSet(StringComparer.Ordinal);
            var starts = selected.Select(e => e.Earliest!.Value.DayNumber).ToList();
            var read = events.Where(e => ids.Contains(e.Id)
                || (e.Actors.Concat(e.Targets).Any(participants.Contains)
                    && starts.Any(s => Math.Abs(s - e.Earliest!.Value.DayNumber) <= 2 * ConflictFinder.MaxGapDays))).ToList();
            Assert.Equal(expected, ConflictFinder.Default.Find(read, e => ids.Contains(e.Id)).Select(Text));
        }
    }

    private static FusedEvent Month(string id, int year, int month, params string[] actors) => new(id, "MEET", "CONTACT",
        new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), "month", EventStatus.Occurred,
        actors, [], null, [Source("d" + id)], 1, new EventSalience("core", 1, 1, 1));

    private static string Text(EventConflict c) => $"{c.Kind} [{string.Join(", ", c.Events)}] {c.Description}";

    private static List<FusedEvent> RandomEvents(Random random, int count)
    {
        var events = new List<FusedEvent>();
        for (var i = 0; i < count; i++)
        {
            var granularity = Granularities[random.Next(Granularities.Length)];
            var day = new DateOnly(2015, 1, 1).AddDays(random.Next(8 * 365));
            var (earliest, latest) = granularity switch
            {
                "day" => (day, day),
                "month" => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month))),
                _ => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
            };
            var actors = Keys.Where(_ => random.Next(3) == 0).Take(3).DefaultIfEmpty(Keys[random.Next(Keys.Length)]).ToList();
            var sources = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Source($"d{random.Next(12)}")).ToList();
            var family = random.Next(4) == 0 ? "CONFLICT" : "CONTACT";
            var location = random.Next(3) == 0 ? "gpe:brask" : null;
            events.Add(new FusedEvent($"e{i + 1}", family == "CONTACT" ? "MEET" : "ATTACK", family, earliest, latest, granularity,
                EventStatus.Occurred, actors, [], location, sources, sources.Count, new EventSalience("core", 1, 1, 1)));
        }

        return events;
    }

    private static EventSource Source(string document) => new(document,
        new EventMention("MEET", new Span(0, 4), "meet", "meet", false, 0, new Span(0, 20), [], [], null, null, EventStatus.Occurred, null, EventAttribution.None),
        "They met.");
}
