using Chronicle.Fusion;
using Chronicle.Collections;
namespace Chronicle.Corpus;

/// <summary>
/// Splits event mentions into blocks that fusion can treat apart: two mentions are in one block when
/// fusion could ever score one against an event holding the other. Fusion merges a mention into an
/// event only when they share a participant key, or report from one sentence, or (one side without
/// participants) fall on one stated day; blocks are the connected components of those relations, so
/// fusing each block alone gives the events of fusing everything at once, and an added article only
/// touches the blocks its mentions link to.
/// </summary>
public static class FusionBlocks
{
    /// <summary>The component of each mention: mentions with equal numbers are in one block (numbers are the smallest member index).</summary>
    public static int[] Components(IReadOnlyList<(string ArticleId, MentionLink Link)> mentions)
    {
        var sets = new DisjointSets(mentions.Count);
        void Union(int a, int b) => sets.Union(a, b);

        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySentence = new Dictionary<(string, int), int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var (article, link) = mentions[i];
            foreach (var key in link.Keys)
            {
                if (!byKey.TryAdd(key, i))
                {
                    Union(byKey[key], i);
                }
            }

            if (!bySentence.TryAdd((article, link.Sentence), i))
            {
                Union(bySentence[(article, link.Sentence)], i);
            }
        }

        foreach (var family in Enumerable.Range(0, mentions.Count).GroupBy(i => mentions[i].Link.Family, StringComparer.Ordinal))
        {
            LinkSameDay(family.ToList(), mentions, Union);
        }

        LinkSamePlaceAndDay(mentions, Union);
        LinkAnaphora(mentions, Union);
        LinkSameYearPeriods(mentions, Union);
        LinkAffiliations(mentions, Union);
        LinkPlannedGatherings(mentions, Union);

        var result = new int[mentions.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = sets.Find(i);
        }

        return result;
    }

    /// <summary>
    /// A mention stated to one day joins an event on that day when either side has no participants. An
    /// event's interval is the intersection of its timed members' intervals, so it is that one day only
    /// when a member's interval starts on it: links each single-day mention to every timed mention of its
    /// family whose interval starts on that day, where one of the two has no participants. (Linking to
    /// every interval that merely holds the day chained a year's keyless mentions through any mention
    /// dated by the year alone.) Where a stored link does not know its start (stored before it was
    /// kept), the family links as it used to: every single day to every interval holding it.
    /// </summary>
    private static void LinkSameDay(List<int> members, IReadOnlyList<(string ArticleId, MentionLink Link)> mentions, Action<int, int> union)
    {
        var singles = new Dictionary<int, DayMentions>();
        foreach (var i in members)
        {
            if (mentions[i].Link.Day is { } day)
            {
                Slot(singles, day).Add(i, mentions[i].Link.Keys.Count == 0);
            }
        }

        if (singles.Count == 0)
        {
            return;
        }

        if (members.Any(i => !mentions[i].Link.StartKnown))
        {
            LinkOverDays(members.Where(i => mentions[i].Link.Timed).ToList(), mentions, singles, union);
            return;
        }

        var starting = new Dictionary<int, DayMentions>();
        foreach (var i in members)
        {
            if (mentions[i].Link is { Timed: true, Start: { } start } link && singles.ContainsKey(start))
            {
                Slot(starting, start).Add(i, link.Keys.Count == 0);
            }
        }

        foreach (var (day, single) in singles)
        {
            if (!starting.TryGetValue(day, out var start))
            {
                continue;
            }

            if (single.Keyless.Count > 0)
            {
                // A keyless mention on the day joins every interval starting there, keyed or not.
                var first = single.Keyless[0];
                start.Keyless.ForEach(k => union(first, k));
                start.Keyed.ForEach(k => union(first, k));
            }
            else if (start.Keyless.Count > 0)
            {
                // Keyed mentions on the day join every keyless interval starting there.
                var first = start.Keyless[0];
                start.Keyless.ForEach(k => union(first, k));
                single.Keyed.ForEach(k => union(first, k));
            }
        }
    }

    /// <summary>The rule for links that do not know their start: each joins the single days its interval holds (one side keyless).</summary>
    private static void LinkOverDays(List<int> timed, IReadOnlyList<(string ArticleId, MentionLink Link)> mentions, Dictionary<int, DayMentions> singles, Action<int, int> union)
    {
        var days = singles.Keys.Order().ToArray();
        foreach (var i in timed)
        {
            var link = mentions[i].Link;
            var keyless = link.Keys.Count == 0;
            var from = link.Low is { } low ? LowerBound(days, low) : 0;
            for (var d = from; d < days.Length && (link.High is not { } high || days[d] <= high); d++)
            {
                var single = singles[days[d]];
                single.Keyless.ForEach(k => union(k, i));
                if (keyless)
                {
                    single.Keyed.ForEach(k => union(k, i));
                }
            }
        }
    }

    private static DayMentions Slot(Dictionary<int, DayMentions> byDay, int day)
    {
        if (!byDay.TryGetValue(day, out var slot))
        {
            byDay[day] = slot = new DayMentions();
        }

        return slot;
    }

    /// <summary>The mentions of one day, with and without participants.</summary>
    private sealed class DayMentions
    {
        public List<int> Keyless { get; } = [];

        public List<int> Keyed { get; } = [];

        public void Add(int mention, bool keyless) => (keyless ? Keyless : Keyed).Add(mention);
    }

    /// <summary>
    /// One kind of event in one place on one day merges whoever each source names: links the mentions of
    /// a type and place stated to the same day, and a day without its year or week ("on Thursday",
    /// "March 3" in an undated article) to every such mention on a day it can be.
    /// </summary>
    private static void LinkSamePlaceAndDay(IReadOnlyList<(string ArticleId, MentionLink Link)> mentions, Action<int, int> union)
    {
        var first = new Dictionary<(string Type, string Place, string Day), int>();
        void Link(int i, string type, string place, string day)
        {
            if (!first.TryAdd((type, place, day), i))
            {
                union(first[(type, place, day)], i);
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var link = mentions[i].Link;
            if (link.Place is not { } place)
            {
                continue;
            }

            if (link.Day is { } day && day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber)
            {
                var date = DateOnly.FromDayNumber(day);
                Link(i, link.Type, place, day.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Link(i, link.Type, place, MentionLink.WeekdayKey(date.DayOfWeek));
                Link(i, link.Type, place, MentionLink.DayOfYearKey(date.Month, date.Day));
            }
            else if (link.Partial is { } partial)
            {
                Link(i, link.Type, place, partial);
            }
        }

        LinkPartialsIntoIntervals(mentions, union);
    }

    /// <summary>
    /// A day without its year or week also joins an event of its type and place whose interval it fits
    /// ("March 13" and a crash there in March 2022): fusion pins it in an event a month or a week long,
    /// and an event is as long as its members allow, so it links to each such mention whose interval
    /// holds a day it can be.
    /// </summary>
    private static void LinkPartialsIntoIntervals(IReadOnlyList<(string ArticleId, MentionLink Link)> mentions, Action<int, int> union)
    {
        var partials = new Dictionary<(string Type, string Place), List<(int Index, PartialDate Date)>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Link is { Place: { } place, Partial: { } key } link && MentionLink.PartialOf(key) is { } date)
            {
                if (!partials.TryGetValue((link.Type, place), out var list))
                {
                    partials[(link.Type, place)] = list = [];
                }

                list.Add((i, date));
            }
        }

        if (partials.Count == 0)
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var link = mentions[i].Link;
            if (!link.Timed || link.Place is not { } place || !partials.TryGetValue((link.Type, place), out var list))
            {
                continue;
            }

            var low = link.Low is { } l ? DateOnly.FromDayNumber(Math.Max(l, 0)) : (DateOnly?)null;
            var high = link.High is { } h ? DateOnly.FromDayNumber(Math.Max(h, 0)) : (DateOnly?)null;
            foreach (var (partial, date) in list)
            {
                if (date.FitsIn(low, high))
                {
                    union(partial, i);
                }
            }
        }
    }

    /// <summary>
    /// A definite noun with no participants of its own ("the meeting") may refer back to its article's
    /// event of that type a few sentences before: links it to each such mention.
    /// </summary>
    private static void LinkAnaphora(IReadOnlyList<(string ArticleId, MentionLink Link)> mentions, Action<int, int> union)
    {
        var byArticleAndType = new Dictionary<(string Article, string Type), List<int>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var key = (mentions[i].ArticleId, mentions[i].Link.Type);
            if (!byArticleAndType.TryGetValue(key, out var list))
            {
                byArticleAndType[key] = list = [];
            }

            list.Add(i);
        }

        foreach (var list in byArticleAndType.Values.Where(l => l.Count > 1))
        {
            foreach (var later in list.Where(i => mentions[i].Link.Keys.Count == 0 && mentions[i].Link.RefersBack))
            {
                var sentence = mentions[later].Link.Sentence;
                foreach (var earlier in list)
                {
                    var back = sentence - mentions[earlier].Link.Sentence;
                    if (earlier != later && back >= 0 && back <= EventFuser.AnaphoraSentences)
                    {
                        union(earlier, later);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A mention told within one year joins an event of its type (not a speech act) with a member told
    /// within or around it in that year, when one side has no participants ("the coup in 2007"): links each keyless
    /// mention to the mentions of its type in its year whose interval nests with its own (overlaps, for
    /// links stored without their exact start).
    /// </summary>
    private static void LinkSameYearPeriods(IReadOnlyList<(string ArticleId, MentionLink Link)> mentions, Action<int, int> union)
    {
        var byTypeAndYear = new Dictionary<(string Type, int Year), List<int>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            // Speech acts recur with the same speakers: fusion never joins them by period.
            if (YearOf(mentions[i].Link) is { } year && Chronicle.Events.EventOntology.Default.Find(mentions[i].Link.Type)?.Speech != true)
            {
                Slot(byTypeAndYear, (mentions[i].Link.Type, year)).Add(i);
            }
        }

        foreach (var list in byTypeAndYear.Values.Where(l => l.Count > 1))
        {
            foreach (var keyless in list.Where(i => mentions[i].Link.Keys.Count == 0))
            {
                var a = mentions[keyless].Link;
                foreach (var other in list)
                {
                    var b = mentions[other].Link;
                    var (a0, b0) = (a.Start ?? a.Low!.Value, b.Start ?? b.Low!.Value);
                    var related = a.Start is null || b.Start is null
                        ? a0 <= b.High && b0 <= a.High
                        : (a0 >= b0 && a.High <= b.High) || (b0 >= a0 && b.High <= a.High);
                    if (other != keyless && related)
                    {
                        union(keyless, other);
                    }
                }
            }
        }
    }

    /// <summary>
    /// An official named with his nationality and his state, acting in one event of a type over a month
    /// or less ("Russian Deputy Foreign Minister X announced" and "Russia announced" on one day): links
    /// each such mention with every mention of its type that names the country of its nationality, or the
    /// nationality of its country. One told without a date, or bounded only from above, links only with those in its place.
    /// </summary>
    private static void LinkAffiliations(IReadOnlyList<(string ArticleId, MentionLink Link)> mentions, Action<int, int> union)
    {
        var byTypeAndStem = new Dictionary<(string Type, string Stem), List<int>>();
        var byTypeStemAndPlace = new Dictionary<(string Type, string Stem, string Place), List<int>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var link = mentions[i].Link;
            foreach (var stem in link.Affiliations ?? [])
            {
                Slot(byTypeAndStem, (link.Type, stem)).Add(i);
                if (link.Place is { } at)
                {
                    Slot(byTypeStemAndPlace, (link.Type, stem, at)).Add(i);
                }
            }
        }

        var joined = new HashSet<(string Type, string Stem)>();
        var joinedThere = new HashSet<(string Type, string Stem, string Place)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var link = mentions[i].Link;
            if (link.Affiliations is not null && (!link.Timed || link.Low is null) && link.Partial is null && link.Place is { } place)
            {
                // Told without a start, in a place: only the mentions of its type in that place (fusion's rule).
                foreach (var stem in link.Affiliations)
                {
                    var key = (link.Type, Affiliation.Counterpart(stem), place);
                    JoinGroup(i, key, byTypeStemAndPlace, joinedThere, union);
                }

                continue;
            }

            if (link.Affiliations is null || !link.Timed || link.Low is not { } low || link.High is not { } high || high - low > ShortDays)
            {
                continue;
            }

            foreach (var stem in link.Affiliations)
            {
                var other = (link.Type, Affiliation.Counterpart(stem));
                JoinGroup(i, other, byTypeAndStem, joined, union);
            }
        }
    }

    /// <summary>
    /// A mention naming no one but a nationality or country, told without a time, in a place ("invited the
    /// Kenyan parties to talks in Geneva"), may join a planned event of its family in that place that
    /// names the same nationality or its country (fusion's rule, which also asks both to be planned): links
    /// it with every mention of its family there that names either.
    /// </summary>
    private static void LinkPlannedGatherings(IReadOnlyList<(string ArticleId, MentionLink Link)> mentions, Action<int, int> union)
    {
        var byFamilyStemAndPlace = new Dictionary<(string Family, string Stem, string Place), List<int>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Link is { Place: { } place, Affiliations: { } stems } link)
            {
                foreach (var stem in stems)
                {
                    Slot(byFamilyStemAndPlace, (link.Family, stem, place)).Add(i);
                }
            }
        }

        var joined = new HashSet<(string Family, string Stem, string Place)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Link is not { Timed: false, Keys.Count: 0, Place: { } place, Affiliations: { } stems } link)
            {
                continue;
            }

            foreach (var key in stems.SelectMany(stem => new[] { (link.Family, stem, place), (link.Family, Affiliation.Counterpart(stem), place) }))
            {
                JoinGroup(i, key, byFamilyStemAndPlace, joined, union);
            }
        }
    }

    /// <summary>Links mention <paramref name="i"/> with the group under <paramref name="key"/>, and the group's members with one another the first time it is joined.</summary>
    private static void JoinGroup<TKey>(int i, TKey key, Dictionary<TKey, List<int>> groups, HashSet<TKey> joined, Action<int, int> union)
        where TKey : notnull
    {
        if (groups.TryGetValue(key, out var group))
        {
            union(i, group[0]);
            if (joined.Add(key))
            {
                group.ForEach(k => union(group[0], k));
            }
        }
    }

    private static List<int> Slot<TKey>(Dictionary<TKey, List<int>> lists, TKey key)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        return list;
    }

    /// <summary>The longest link interval fusion counts as a time finer than a month: 31 days and the week the link widens by.</summary>
    private const int ShortDays = 31 + 7;

    /// <summary>The calendar year a timed, bounded link lies in, when it lies in one.</summary>
    private static int? YearOf(MentionLink link)
    {
        if (!link.Timed || link.High is not { } high || (link.Start ?? link.Low) is not { } low)
        {
            return null;
        }

        var (first, last) = (DateOnly.FromDayNumber(Math.Max(low, 0)), DateOnly.FromDayNumber(Math.Max(high, 0)));
        return link.Start is null && first.Year != last.Year ? last.Year : first.Year == last.Year ? first.Year : null;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        return index >= 0 ? index : ~index;
    }
}
