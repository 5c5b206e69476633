using Chronicle.Events;

namespace Chronicle.Fusion;

/// <summary>
/// Disagreements between sources: within one fused event (participants, status, numbers) and between
/// two events that are probably one but could not merge because their dates are incompatible (same
/// family, shared participants, disjoint intervals at least one of them month-or-coarser, less than two
/// years apart; each event paired only with the nearest such partner). Deterministic; total.
/// </summary>
public sealed class ConflictFinder
{
    public static ConflictFinder Default { get; } = new();

    public IReadOnlyList<EventConflict> Find(IReadOnlyList<FusedEvent> events) => Find(events, null);

    /// <summary>
    /// The conflicts that concern at least one event <paramref name="concerns"/> accepts (all when it is
    /// null), in the order <see cref="Find(IReadOnlyList{FusedEvent})"/> gives them: an entity's timeline
    /// reads other events only as date partners for its own, and need not judge their sources.
    /// </summary>
    public IReadOnlyList<EventConflict> Find(IReadOnlyList<FusedEvent> events, Func<FusedEvent, bool>? concerns)
    {
        events ??= [];
        var conflicts = new List<EventConflict>();
        foreach (var e in events)
        {
            if (concerns is null || concerns(e))
            {
                Own(e, conflicts);
            }
        }

        Dates(events, concerns, conflicts);
        return conflicts;
    }

    /// <summary>The conflicts within one event (status, participants, numbers, stated days): what <see cref="Find(IReadOnlyList{FusedEvent})"/> gives for it before the date conflicts between events.</summary>
    public IReadOnlyList<EventConflict> FindWithin(FusedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var conflicts = new List<EventConflict>();
        Own(e, conflicts);
        return conflicts;
    }

    /// <summary>
    /// The date conflicts between events, as <see cref="Find(IReadOnlyList{FusedEvent}, Func{FusedEvent, bool}?)"/>
    /// gives them after those within each event (those that concern an event <paramref name="concerns"/>
    /// accepts, when given). They read only an event's dates, family, type, place, participants and its
    /// sources' documents, so the events may carry one source per document and nothing else of them.
    /// </summary>
    public IReadOnlyList<EventConflict> FindBetween(IReadOnlyList<FusedEvent> events, Func<FusedEvent, bool>? concerns = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var conflicts = new List<EventConflict>();
        Dates(events, concerns, conflicts);
        return conflicts;
    }

    private static void Own(FusedEvent e, List<EventConflict> conflicts)
    {
        Status(e, conflicts);
        Participants(e, conflicts);
        Numbers(e, conflicts);
        StatedDays(e, conflicts);
    }

    private static void Status(FusedEvent e, List<EventConflict> conflicts)
    {
        foreach (var sameType in e.Sources.GroupBy(s => s.Mention.Type))
        {
            var claims = sameType
                .Where(s => s.Mention.Status is EventStatus.Negated or EventStatus.Failed || s.Mention.Negation is not null || s.Mention.Status == EventStatus.Occurred)
                .GroupBy(s => s.Mention.Negation ?? s.Mention.Status.ToString().ToLowerInvariant())
                .ToList();
            var docs = claims.Select(g => g.Key).Count();
            if (docs > 1 && claims.SelectMany(g => g.Select(s => s.DocumentId)).Distinct().Count() > 1)
            {
                var parts = claims.Select(g => $"{string.Join(", ", g.Select(s => s.DocumentId).Distinct())}: {g.Key} (\u201C{Trim(g.First().Sentence)}\u201D)");
                conflicts.Add(new EventConflict([e.Id], "status", $"Sources disagree on whether the {sameType.Key} happened: {string.Join("; ", parts)}."));
            }
        }
    }

    /// <summary>
    /// Sources that each state a single day, and not the same one: fusion lets "late on October 28" meet the
    /// 29th (the evening in one time zone is the next day in another), and the entry says so.
    /// </summary>
    private static void StatedDays(FusedEvent e, List<EventConflict> conflicts)
    {
        var days = e.Sources
            .Where(s => s.Mention.Time is { Granularity: "day", Source: not EventTimeSource.DocumentDate, Earliest: { } day } t && t.Latest == day)
            .GroupBy(s => s.Mention.Time!.Earliest!.Value)
            .OrderBy(g => g.Key)
            .ToList();
        if (days.Count > 1)
        {
            var parts = days.Select(g => $"{g.Key:yyyy-MM-dd} ({string.Join(", ", g.Select(s => s.DocumentId).Distinct())})");
            conflicts.Add(new EventConflict([e.Id], "date", $"Sources date the {e.Type} on different days: {string.Join(" and ", parts)}."));
        }
    }

    private static void Participants(FusedEvent e, List<EventConflict> conflicts)
    {
        // A nationality ("Ethiopian", "Russian") is too vague a side to contradict a named one.
        Disagreeing(e, e.Sources, s => s.Mention.Actors.Where(p => p.Type != "NORP").ToList(), "as acting", conflicts);

        // "ousted the council from the port" against "seized the port from the Front": who it was done to, where
        // people or organisations are named (a place may be the target in one telling and the setting in another).
        // Compared within one type only: the target of "named X" is the appointee, that of "took over from Y" the predecessor.
        foreach (var sameType in e.Sources.GroupBy(s => s.Mention.Type))
        {
            Disagreeing(e, [.. sameType], s => s.Mention.Targets.Where(p => p.Type is "PERSON" or "ORG").ToList(), "as the side acted on", conflicts);
        }
    }

    /// <summary>
    /// One conflict for the event when two documents name no one in common in the role: it lists every
    /// claim, the documents naming the same people grouped ("d2, d4 name X as acting; d3 names Y"). A
    /// conflict per disagreeing pair of documents gave an event told by a hundred outlets thousands.
    /// </summary>
    private static void Disagreeing(FusedEvent e, IReadOnlyList<EventSource> sources, Func<EventSource, IReadOnlyList<EventParticipantMention>> role, string what, List<EventConflict> conflicts)
    {
        var claims = new List<Claim>();
        foreach (var byDoc in sources.Where(s => role(s).Count > 0).GroupBy(s => s.DocumentId))
        {
            var people = byDoc.SelectMany(role).ToList();
            var keys = people.Select(p => p.EntityKey).ToHashSet(StringComparer.Ordinal);
            if (claims.Find(c => c.Keys.SetEquals(keys)) is { } same)
            {
                same.Documents.Add(byDoc.Key);
                same.People.AddRange(people);
            }
            else
            {
                claims.Add(new Claim([byDoc.Key], keys, people));
            }
        }

        if (claims.Where((a, i) => claims.Skip(i + 1).Any(b => !a.Keys.Overlaps(b.Keys))).Any())
        {
            var parts = claims.Select((c, i) => $"{string.Join(", ", c.Documents)} {(c.Documents.Count == 1 ? "names" : "name")} {Names(c.People)}{(i == 0 ? " " + what : string.Empty)}");
            conflicts.Add(new EventConflict([e.Id], "participants", string.Join("; ", parts) + "."));
        }
    }

    /// <summary>Documents that name the same entities in one role of an event.</summary>
    private sealed record Claim(List<string> Documents, HashSet<string> Keys, List<EventParticipantMention> People);

    private static void Numbers(FusedEvent e, List<EventConflict> conflicts)
    {
        var stated = e.Sources.GroupBy(s => s.DocumentId)
            .Select(g => (Doc: g.Key, Quantities: g.Select(s => s.Sentence).Distinct().SelectMany(QuantityExtractor.Find).ToList()))
            .Where(x => x.Quantities.Count > 0)
            .ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stated.Count; i++)
        {
            for (var j = i + 1; j < stated.Count; j++)
            {
                foreach (var a in stated[i].Quantities)
                {
                    foreach (var b in stated[j].Quantities)
                    {
                        var overlapping = a.Low <= b.High && b.Low <= a.High;
                        if (overlapping && (a.Low != b.Low || a.High != b.High) && reported.Add(a.Text + "|" + b.Text))
                        {
                            conflicts.Add(new EventConflict([e.Id], "numbers", $"{stated[i].Doc} says \u201C{a.Text}\u201D; {stated[j].Doc} says \u201C{b.Text}\u201D."));
                        }
                    }
                }
            }
        }
    }

    /// <summary>The longest gap between two events' starts for them to be one event dated differently.</summary>
    public const int MaxGapDays = 730;

    private static void Dates(IReadOnlyList<FusedEvent> events, Func<FusedEvent, bool>? concerns, List<EventConflict> conflicts)
    {
        var concerned = events.Select(e => concerns is null || concerns(e)).ToArray();
        var families = Families(events);

        // Each event is paired only with its nearest possible twin (the closest start; the earlier event on a
        // tie), and a pair is reported when either side is the other's nearest. Reporting every qualifying
        // pair made a frequent actor's timeline mostly conflicts: two governments meeting every few months
        // gave every meeting a conflict with every other one within two years (a million for one entity of
        // the 100,000-article bench). The nearest pairs still chain all variants of one event together.
        var sides = new Sides?[events.Count];
        Sides Of(int i) => sides[i] ??= new Sides(events[i]);
        var nearest = new int[events.Count];
        Array.Fill(nearest, -1);
        var partnered = (bool[])concerned.Clone();
        Pairs(events, families, (p, q) => concerned[p] || concerned[q], Of, nearest, partnered);
        if (concerns is not null)
        {
            // A concerned event's partner may be nearer to a third event than to it: judge the partners' own
            // pairs too (an entity's timeline reads the events within twice the gap of its own for this).
            var partners = (bool[])partnered.Clone();
            Pairs(events, families, (p, q) => !concerned[p] && !concerned[q] && (partners[p] || partners[q]), Of, nearest, partnered);
        }

        var reported = new SortedSet<(int I, int J)>();
        for (var i = 0; i < events.Count; i++)
        {
            if (nearest[i] is var j and >= 0 && (concerned[i] || concerned[j]))
            {
                reported.Add((Math.Min(i, j), Math.Max(i, j)));
            }
        }

        foreach (var (i, j) in reported)
        {
            conflicts.Add(DatePair(events[i], events[j], Of(i), Of(j)));
        }
    }

    /// <summary>
    /// Each event's nearest possible twin (an index into <paramref name="events"/>, which are in the timeline's
    /// order; -1 for none) among the pairs with at least one side <paramref name="concerns"/> accepts (every
    /// pair when null): for an accepted event, its nearest twin of all; for another, its nearest among the
    /// accepted ones. The index keeps them, so that a view reads an event's twin instead of judging its partners.
    /// </summary>
    public static int[] NearestTwins(IReadOnlyList<FusedEvent> events, Func<FusedEvent, bool>? concerns = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var concerned = events.Select(e => concerns is null || concerns(e)).ToArray();
        var sides = new Sides?[events.Count];
        Sides Of(int i) => sides[i] ??= new Sides(events[i]);
        var nearest = new int[events.Count];
        Array.Fill(nearest, -1);
        Pairs(events, Families(events), (p, q) => concerned[p] || concerned[q], Of, nearest, new bool[events.Count]);
        return nearest;
    }

    /// <summary>
    /// The date conflict of two events that are each other's or one's nearest twin (<paramref name="a"/> first in
    /// the timeline's order), as <see cref="FindBetween"/> describes it.
    /// </summary>
    public static EventConflict DatePair(FusedEvent a, FusedEvent b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return DatePair(a, b, new Sides(a), new Sides(b));
    }

    private static EventConflict DatePair(FusedEvent a, FusedEvent b, Sides sideA, Sides sideB) =>
        new([a.Id, b.Id], "date", $"Possibly one {a.Type} event dated differently: {a.DateText} ({string.Join(", ", sideA.DocumentOrder)}) and {b.DateText} ({string.Join(", ", sideB.DocumentOrder)}); same participants ({string.Join(", ", sideA.KeyOrder.Where(sideB.Keys.Contains))}).");

    /// <summary>
    /// The dated events by family, each in start order: only events of one family starting within two years of
    /// each other can be one event dated differently, and each is compared with those after it, up to two years on.
    /// </summary>
    private static List<int[]> Families(IReadOnlyList<FusedEvent> events) =>
        Enumerable.Range(0, events.Count)
            .Where(i => events[i] is { Earliest: not null, Latest: not null })
            .GroupBy(i => events[i].Family, StringComparer.Ordinal)
            .Select(family => family.OrderBy(i => events[i].Earliest!.Value.DayNumber).ThenBy(i => i).ToArray())
            .ToList();

    /// <summary>
    /// Judges the pairs within two years of each other that <paramref name="judged"/> accepts, and keeps for
    /// each event its nearest partner that may be the same event dated differently.
    /// </summary>
    private static void Pairs(IReadOnlyList<FusedEvent> events, List<int[]> families, Func<int, int, bool> judged, Func<int, Sides> of, int[] nearest, bool[] partnered)
    {
        // Two events are one dated differently only when they share a participant and are not both finer than
        // a month (PossiblyOne), and most events are dated to the day: each event is compared only with the
        // later events in start order that share one of its participants, every such event when it is coarse,
        // the coarse ones when it is fine. Comparing every pair within two years took 17 s for the 542,091
        // events of a 100,000-article store. The nearest partner does not depend on the order pairs are judged in.
        foreach (var byStart in families)
        {
            var keys = new string[byStart.Length][];
            var coarse = new bool[byStart.Length];
            var withKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var coarseWithKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var p = 0; p < byStart.Length; p++)
            {
                var e = events[byStart[p]];
                keys[p] = e.Actors.Concat(e.Targets).Distinct(StringComparer.Ordinal).ToArray();
                coarse[p] = FusionDates.Rank(e.Granularity) >= 2;
                foreach (var key in keys[p])
                {
                    Positions(withKey, key).Add(p);
                    if (coarse[p])
                    {
                        Positions(coarseWithKey, key).Add(p);
                    }
                }
            }

            // The event a later one was last judged with, so that one sharing several participants is judged once.
            var judgedWith = new int[byStart.Length];
            Array.Fill(judgedWith, -1);
            for (var p = 0; p < byStart.Length; p++)
            {
                var start = events[byStart[p]].Earliest!.Value.DayNumber;
                foreach (var key in keys[p])
                {
                    if (!(coarse[p] ? withKey : coarseWithKey).TryGetValue(key, out var later))
                    {
                        continue;
                    }

                    var at = later.BinarySearch(p + 1);
                    for (var k = at >= 0 ? at : ~at; k < later.Count && events[byStart[later[k]]].Earliest!.Value.DayNumber - start <= MaxGapDays; k++)
                    {
                        var q = later[k];
                        if (judgedWith[q] != p)
                        {
                            judgedWith[q] = p;
                            Judge(byStart[p], byStart[q], start);
                        }
                    }
                }
            }
        }

        static List<int> Positions(Dictionary<string, List<int>> index, string key)
        {
            if (!index.TryGetValue(key, out var positions))
            {
                index[key] = positions = [];
            }

            return positions;
        }

        void Judge(int first, int second, int start)
        {
            var (i, j) = (Math.Min(first, second), Math.Max(first, second));
            if (judged(i, j) && PossiblyOne(events[i], events[j], of(i), of(j)))
            {
                var gap = events[second].Earliest!.Value.DayNumber - start;
                Nearer(i, j, gap);
                Nearer(j, i, gap);
                partnered[i] = partnered[j] = true;
            }
        }

        void Nearer(int e, int partner, int gap)
        {
            if (nearest[e] < 0 || gap < Gap(e, nearest[e]) || (gap == Gap(e, nearest[e]) && partner < nearest[e]))
            {
                nearest[e] = partner;
            }
        }

        int Gap(int e, int partner) => Math.Abs(events[e].Earliest!.Value.DayNumber - events[partner].Earliest!.Value.DayNumber);
    }

    /// <summary>
    /// Whether two events (<paramref name="a"/> first in the timeline's order) may be one dated differently:
    /// disjoint dates, one of them month-or-coarser, at least half their participants shared, the same place
    /// where both name one, and <paramref name="b"/> told by some document that does not tell <paramref name="a"/>.
    /// </summary>
    private static bool PossiblyOne(FusedEvent a, FusedEvent b, Sides sideA, Sides sideB)
    {
        if (FusionDates.Overlap(a.Earliest, a.Latest, b.Earliest, b.Latest)
            || (FusionDates.Rank(a.Granularity) < 2 && FusionDates.Rank(b.Granularity) < 2))
        {
            return false;
        }

        // Loops rather than Count and All over method groups: a frequent entity's timeline judges tens of thousands
        // of pairs, and each method group was a delegate made per pair.
        var shared = 0;
        foreach (var key in sideA.KeyOrder)
        {
            if (sideB.Keys.Contains(key))
            {
                shared++;
            }
        }

        var union = sideA.Keys.Count + sideB.Keys.Count - shared;
        var sameLocation = a.Location is null || b.Location is null || a.Location == b.Location;
        return shared > 0 && shared * 2 >= union && sameLocation && !Within(sideB.DocumentOrder, sideA.Documents);
    }

    private static bool Within(List<string> documents, HashSet<string> of)
    {
        foreach (var document in documents)
        {
            if (!of.Contains(document))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An event's distinct participant keys and source documents, each in first-seen order and as a set.</summary>
    private sealed class Sides
    {
        public Sides(FusedEvent e)
        {
            KeyOrder = e.Actors.Concat(e.Targets).Distinct(StringComparer.Ordinal).ToList();
            Keys = KeyOrder.ToHashSet(StringComparer.Ordinal);
            DocumentOrder = e.Sources.Select(s => s.DocumentId).Distinct(StringComparer.Ordinal).ToList();
            Documents = DocumentOrder.ToHashSet(StringComparer.Ordinal);
        }

        public List<string> KeyOrder { get; }

        public HashSet<string> Keys { get; }

        public List<string> DocumentOrder { get; }

        public HashSet<string> Documents { get; }
    }

    private static string Names(IEnumerable<EventParticipantMention> people) => string.Join(" and ", people.Select(p => p.Name).Distinct());

    private static string Trim(string sentence) => sentence.Length <= 160 ? sentence : sentence[..157] + "...";
}
