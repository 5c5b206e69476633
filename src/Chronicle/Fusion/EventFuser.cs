using Chronicle.Events;
using Chronicle.Model;

namespace Chronicle.Fusion;

/// <summary>
/// Merges the mentions of one real event across documents into one <see cref="FusedEvent"/>:
/// compatible type family, overlapping participants (by entity key), overlapping time intervals
/// (disjoint intervals never merge), compatible place. Deterministic; ids v1.. by date then first source.
/// </summary>
public sealed partial class EventFuser
{
    /// <summary>How far from its article's date an event told without a date of its own may lie.</summary>
    private const int RecentYears = 2;

    /// <summary>How many sentences back a definite noun ("the meeting") looks for the event it refers to.</summary>
    public const int AnaphoraSentences = 3;

    private readonly EventOntology ontology;
    private readonly SyndicationDetector syndication;

    public EventFuser(EventOntology ontology, SyndicationDetector syndication)
    {
        this.ontology = ontology;
        this.syndication = syndication;
    }

    public static EventFuser Default { get; } = new(EventOntology.Default, new SyndicationDetector());

    private sealed class Cluster
    {
        public List<(DocumentEvents Doc, EventMention Mention)> Items { get; } = [];

        public string Type { get; set; } = "";

        /// <summary>Its place in the order clusters were made.</summary>
        public int Index { get; init; }

        public DateOnly? Earliest { get; set; }

        public DateOnly? Latest { get; set; }

        public bool Timed { get; set; }

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        /// <summary>The country and nationality stems of its members' participants (<see cref="Affiliation"/>).</summary>
        public HashSet<string> Affiliations { get; } = new(StringComparer.Ordinal);

        public string? Location { get; set; }

        /// <summary>The month and day an undated article gives without a year ("On March 3"), while the cluster has no interval.</summary>
        public PartialDate? Partial { get; set; }

        /// <summary>The event it became part of, once a mention matched both (its items then moved there).</summary>
        public Cluster? MergedInto { get; set; }

        /// <summary>Whether the mention that made it tells of several events at once ("a number of deals").</summary>
        public bool Iterative { get; init; }

        /// <summary>Whether a member has a time expression its article's unknown date left without an interval.</summary>
        public bool Unanchored { get; set; }
    }

    public IReadOnlyList<FusedEvent> Fuse(IEnumerable<DocumentEvents> documents) => FuseAll(documents).Events;

    public FusionResult FuseAll(IEnumerable<DocumentEvents> documents)
    {
        var (groups, built) = Clustered(documents);
        var events = new List<FusedEvent>();
        var constraints = new List<UndatedArticleConstraint>();
        foreach (var (fused, cluster) in built)
        {
            events.Add(fused);
            constraints.AddRange(Constraints(fused, cluster));
        }

        return new FusionResult(events, constraints, groups);
    }

    /// <summary>
    /// <see cref="FuseAll"/>'s events, each built as it is asked for: an index build writes them one by one,
    /// and a large block's events (their sources' sentences) held at once were the peak of its heap.
    /// </summary>
    public IEnumerable<FusedEvent> FuseEach(IEnumerable<DocumentEvents> documents) => Clustered(documents).Built.Select(x => x.Event);

    /// <summary><see cref="FuseAll"/>'s undated-article constraints, each event built only for its own.</summary>
    public IEnumerable<UndatedArticleConstraint> UndatedConstraints(IEnumerable<DocumentEvents> documents) =>
        Clustered(documents).Built.SelectMany(x => Constraints(x.Event, x.Cluster));

    /// <summary>The documents clustered into events (done at once), and the events built from them in order as they are enumerated.</summary>
    private (IReadOnlyList<IReadOnlyList<string>> Groups, IEnumerable<(FusedEvent Event, Cluster Cluster)> Built) Clustered(IEnumerable<DocumentEvents> documents)
    {
        var docs = (documents ?? []).Where(d => d is not null).OrderBy(d => d.DocumentId, StringComparer.Ordinal).ToList();
        var (groups, groupOf) = Syndication(docs);

        // Explicitly dated articles first: the events they fix are there when an article of unknown date,
        // whose dates lack a year or a week, comes to join them.
        var clusters = new List<Cluster>();
        var candidates = new ClusterCandidates();
        var bridged = new List<Cluster>();
        foreach (var doc in docs.OrderBy(d => d.Evidence == DateEvidence.Explicit ? 0 : 1))
        {
            Place(doc, clusters, candidates, bridged, null);
        }

        clusters.RemoveAll(c => c.MergedInto is not null);
        var keyFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in clusters.SelectMany(c => c.Keys))
        {
            keyFrequency[key] = keyFrequency.GetValueOrDefault(key) + 1;
        }

        var ordered = clusters
            .OrderBy(c => c.Earliest ?? c.Latest ?? DateOnly.MaxValue)
            .ThenBy(c => c.Items[0].Doc.DocumentId, StringComparer.Ordinal)
            .ThenBy(c => c.Items[0].Mention.Trigger.Start)
            .ToList();

        IEnumerable<(FusedEvent, Cluster)> Each()
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                yield return (Build($"v{i + 1}", ordered[i], groupOf, keyFrequency), ordered[i]);
            }
        }

        return (groups, Each());
    }

    /// <summary>The documents' syndication groups (copies of one story), and each document's group.</summary>
    private (IReadOnlyList<IReadOnlyList<string>> Groups, Dictionary<string, int> GroupOf) Syndication(List<DocumentEvents> docs)
    {
        var groups = syndication.Group(docs);
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var id in groups[g])
            {
                groupOf[id] = g;
            }
        }

        return (groups, groupOf);
    }

    /// <summary>Places each of a document's mentions in the best cluster, or a new one; reports each (mention, cluster) when <paramref name="placedIn"/> is given.</summary>
    private void Place(DocumentEvents doc, List<Cluster> clusters, ClusterCandidates candidates, List<Cluster> bridged, List<(EventMention Mention, Cluster Cluster)>? placedIn)
    {
        // The document's mentions placed so far, where a definite noun looks for what it refers to.
        var placed = new List<(Cluster Cluster, EventMention Mention)>();
        foreach (var mention in (doc.Mentions ?? []).OrderBy(m => m.Trigger.Start))
        {
            var keys = MatchKeys(mention);
            bridged.Clear();
            var interval = Interval(doc, mention);
            var target = BestCluster(clusters, candidates.For(Query(doc, mention, keys, interval), clusters.Count), placed, doc, mention, interval, keys, bridged);
            if (target is not null)
            {
                // "Calhoun, who replaced Muilenburg in January" matches both the event told of Calhoun and
                // the one told of Muilenburg: one event, so the two become one.
                foreach (var other in bridged.Where(o => o != target && Mergeable(target, o)))
                {
                    foreach (var (otherDoc, otherMention) in other.Items)
                    {
                        var otherKeys = MatchKeys(otherMention);
                        candidates.AddMention(target.Index, otherDoc.DocumentId, otherMention.SentenceIndex, otherKeys.Where(k => !target.Keys.Contains(k)).ToList());
                        AddTo(target, otherDoc, otherMention, candidates, ontology.FamilyOf(otherMention.Type));
                    }

                    other.MergedInto = target;
                    other.Items.Clear();
                }
            }

            if (target is null)
            {
                target = new Cluster { Type = mention.Type, Index = clusters.Count, Iterative = mention.Iterative };
                clusters.Add(target);
                candidates.AddCluster(target.Index, target.Type);
            }

            candidates.AddMention(target.Index, doc.DocumentId, mention.SentenceIndex, keys.Where(k => !target.Keys.Contains(k)).ToList());
            AddTo(target, doc, mention, candidates, ontology.FamilyOf(mention.Type));
            placed.Add((target, mention));
            placedIn?.Add((mention, target));
        }
    }

    /// <summary>Whether a mention (by its stems) names the nationality of a country the event names, or the country of a nationality it names.</summary>
    private static bool Affiliated(List<string> mentionStems, Cluster c) =>
        c.Affiliations.Count > 0 && mentionStems.Any(stem => c.Affiliations.Contains(Affiliation.Counterpart(stem)));

    /// <summary>Whether a mention (by its stems) names a nationality or country the event names, or its counterpart.</summary>
    private static bool SharesAffiliation(List<string> mentionStems, Cluster c) =>
        mentionStems.Any(stem => c.Affiliations.Contains(stem) || c.Affiliations.Contains(Affiliation.Counterpart(stem)));

    /// <summary>Whether an event a mention also matched may join the one it joined: one family, times and places that agree, neither iterative.</summary>
    private bool Mergeable(Cluster target, Cluster other) =>
        other.MergedInto is null && ontology.Compatible(target.Type, other.Type) && !target.Iterative && !other.Iterative
        && (!target.Timed || !other.Timed || FusionDates.Overlap(target.Earliest, target.Latest, other.Earliest, other.Latest))
        && (target.Location is null || other.Location is null || target.Location == other.Location);

    /// <summary>
    /// What a mention asks of the candidate index: besides its keys and sentence, what the rules of
    /// <see cref="BestCluster"/> that merge without a shared participant compare (each left out where
    /// that rule cannot apply to it), so that only clusters those rules can reach are scored.
    /// </summary>
    private CandidateQuery Query(DocumentEvents doc, EventMention mention, HashSet<string> keys, (DateOnly? Start, DateOnly? End) interval)
    {
        var (start, end) = interval;
        var venue = keys.Count == 0 && mention.Status == EventStatus.Planned ? mention.Location?.EntityKey : null;
        var timed = start is not null || end is not null;
        var counterparts = timed && !Coarse(start, end) ? Affiliation.StemsOf(mention).Select(Affiliation.Counterpart).ToList() : null;
        var day = start is { } first && start == end ? first : (DateOnly?)null;
        var year = start is { } from && end is { } to && from.Year == to.Year && ontology.Find(mention.Type)?.Speech != true ? from.Year : (int?)null;
        var wholeYear = WholeYear(interval) is { } told && ontology.Find(mention.Type)?.Speech != true ? (ontology.FamilyOf(mention.Type), told) : ((string, int)?)null;
        return new CandidateQuery(mention.Type, keys, doc.DocumentId, mention.SentenceIndex, venue, mention.Location?.EntityKey, counterparts, day, year, wholeYear);
    }

    /// <param name="bridged">Filled with the events the mention matches on a shared participant and an overlapping time.</param>
    private Cluster? BestCluster(List<Cluster> clusters, IReadOnlyList<int> candidates, List<(Cluster Cluster, EventMention Mention)> placed, DocumentEvents doc, EventMention mention,
        (DateOnly? Start, DateOnly? End) interval, HashSet<string> keys, List<Cluster> bridged)
    {
        var (start, end) = interval;
        var partial = start is null && end is null ? PartialDate.Of(doc, mention) : null;
        var unanchored = start is null && end is null && IsUnanchored(mention);
        if (RefersBack(doc, mention) && Antecedent(placed, doc, mention, start, end) is { } antecedent && antecedent.Keys.IsSupersetOf(keys))
        {
            return antecedent; // "the agreement", naming no one the event does not already hold
        }

        var wholeYear = WholeYear(interval);
        var tiedPartial = false;
        var periodMatches = 0;
        var plannedMatches = 0;
        List<string>? stems = null;
        Cluster? best = null;
        var bestScore = 0;
        foreach (var c in candidates.Select(i => clusters[i]).Where(c => c.MergedInto is null))
        {
            if (!ontology.Compatible(c.Type, mention.Type))
            {
                continue;
            }

            var timed = start is not null || end is not null;
            if (timed && c.Timed && !FusionDates.Overlap(c.Earliest, c.Latest, start, end))
            {
                continue; // never merge incompatible intervals
            }

            // A mention its article does not date is news of about the article's time: it never joins an
            // event dated years away from it (the same parties meet again).
            if ((!timed && partial is null && c.Timed && FarFrom(c.Earliest, c.Latest, doc.WrittenAbout))
                || (timed && !c.Timed && c.Partial is null && c.Items.Any(x => FarFrom(start, end, x.Doc.WrittenAbout))))
            {
                continue;
            }

            // A weekday named without a date is one of the days around the writing, never weeks from it.
            if ((partial?.Weekday is not null && c.Timed && OutsideWeeksOf(c.Earliest, c.Latest, doc.Written))
                || (c.Partial?.Weekday is not null && timed && c.Items.Any(x => OutsideWeeksOf(start, end, x.Doc.Written))))
            {
                continue;
            }

            // A date without its year (an article of unknown date) is compatible with an interval that holds
            // that day in some year, and then as telling as a full date; otherwise it rules the merge out.
            var partialFits = false;
            if (partial is { } p && c.Timed)
            {
                if (!p.FitsIn(c.Earliest, c.Latest))
                {
                    continue;
                }

                partialFits = p.Pins(c.Earliest, c.Latest);
            }
            else if (c.Partial is { } cp && timed)
            {
                if (!cp.FitsIn(start, end))
                {
                    continue;
                }

                partialFits = cp.Pins(start, end);
            }
            else if (partial is { } p2 && c.Partial is { } cp2 && !p2.Equals(cp2))
            {
                continue;
            }

            // A mention its article dates in words we could not resolve happened at some time we do not
            // know: sharing participants with a dated event is not enough (the same parties meet again).
            if (!partialFits && ((unanchored && c.Timed) || (c.Unanchored && !c.Timed && timed)))
            {
                continue;
            }

            if (mention.Location is { } place && c.Location is { } other && place.EntityKey != other)
            {
                continue;
            }

            var shared = keys.Count(c.Keys.Contains);
            if (shared == 0 && mention.Type == c.Type && timed && c.Timed && !Coarse(start, end) && !Coarse(c.Earliest, c.Latest) && Affiliated(stems ??= Affiliation.StemsOf(mention).ToList(), c))
            {
                shared = 1; // "Russian Deputy Foreign Minister X announced" and "Russia announced" on one day: X spoke for Russia
            }
            else if (shared == 0 && mention.Type == c.Type && start is null && partial is null && mention.Location is { } at && c.Location == at.EntityKey
                && Affiliated(stems ??= Affiliation.StemsOf(mention).ToList(), c))
            {
                shared = 1; // "since the beginning of the Norvian war on Halden", told without a start, and "the war between Norvia and the Front in Halden"
            }

            var sameSentence = c.Items.Any(x => x.Doc.DocumentId == doc.DocumentId && x.Mention.SentenceIndex == mention.SentenceIndex);
            if ((mention.Iterative || c.Iterative) && !sameSentence)
            {
                continue; // "agreed to a number of deals" is no one deal told elsewhere
            }

            int score;
            var bothTimed = (timed && c.Timed) || partialFits;
            var speech = ontology.Find(mention.Type)?.Speech == true;
            if (shared > 0 && ((bothTimed && (mention.Type == c.Type || !Coarse(start, end))) || (shared * 2 >= keys.Count && mention.Type == c.Type && (!speech || shared >= 2))))
            {
                // With overlapping times on both sides, one participant in common (and the same type when the
                // mention's time is coarser than a month: "talks in 2019" is not the meeting of 15 January). Without, most of the
                // mention's participants already in the event (the event's set grows as it merges, so "any
                // one in common" would snowball), the same type, and for speech acts, which recur with the
                // same speakers, two participants in common.
                score = 10 + (shared * 10) + (bothTimed ? 5 : 0);
                if (timed && c.Timed)
                {
                    bridged.Add(c);
                }
            }
            else if (sameSentence && (keys.Count == 0 || c.Keys.Count == 0))
            {
                score = 5; // "the summit was hosted by X": two triggers of one event in one sentence
            }
            else if (mention.Type == c.Type && mention.Location is { } here && c.Location == here.EntityKey && !SpeechDated(mention)
                && (partialFits || (timed && c.Timed && start == end && c.Earliest == c.Latest && start == c.Earliest)))
            {
                score = 4; // the same kind of event in the same place on the same day, whoever each source names
            }
            else if ((keys.Count == 0 || c.Keys.Count == 0) && mention.Type == c.Type && timed && c.Timed
                && start == end && c.Earliest == c.Latest && start is not null && start == c.Earliest && !SpeechDated(mention))
            {
                score = 3; // same type on the same stated day, one side without participants
            }
            else if ((keys.Count == 0 || c.Keys.Count == 0) && timed && !speech
                && c.Items.Any(x => x.Mention.Type == mention.Type ? NestedInOneYear(Interval(x.Doc, x.Mention), (start, end)) : wholeYear is not null && WholeYear(Interval(x.Doc, x.Mention)) == wholeYear))
            {
                // "the coup in 2007", "a reconciliation agreement in 2017": the same kind of event told
                // within the same stated period of one year, without participants on one side; or, told by the
                // whole year, an event of its family ("the split in 2007" and "seized the city in 2007"). Only
                // the one such event may take it: two of them in that period leave it alone.
                score = 2;
                periodMatches++;
            }
            else if (!timed && partial is null && keys.Count == 0 && mention.Status == EventStatus.Planned && mention.Location is { } venue && c.Location == venue.EntityKey
                && c.Items.Any(x => x.Mention.Status == EventStatus.Planned) && SharesAffiliation(stems ??= Affiliation.StemsOf(mention).ToList(), c))
            {
                // "invited the Kenyan parties to talks in Geneva", told without a date, and the meeting planned
                // in Geneva between two Kenyan parties: the one planned gathering of those people there. Two
                // such events leave it alone.
                score = 1;
                plannedMatches++;
            }
            else
            {
                continue;
            }

            if (score > bestScore)
            {
                best = c;
                bestScore = score;
                tiedPartial = false;
            }
            else if (score == bestScore && partialFits && best is not null && (best.Earliest != c.Earliest || best.Latest != c.Latest))
            {
                // A weekday named without a date is one of the days just before the writing: of two dated
                // events that fit it equally, the later. A day of the year that fits two years tells neither.
                if ((partial ?? c.Partial)?.Weekday is not null)
                {
                    if (c.Earliest > best.Earliest)
                    {
                        best = c;
                    }
                }
                else
                {
                    tiedPartial = true;
                }
            }
            else if (score == bestScore && !timed && partial is null && best is not null && doc.DocumentDate is { } written
                && DaysFrom(c, written) < DaysFrom(best, written))
            {
                best = c; // told without a date, the news of about the article's time: of equals, the nearest
            }
        }

        return tiedPartial || (bestScore == 2 && periodMatches > 1) || (bestScore == 1 && plannedMatches > 1) ? null : best;
    }

    /// <summary>Whether an interval spans more than a month ("in 2019", "over the past years"): an overlap with it tells little.</summary>
    private static bool Coarse(DateOnly? start, DateOnly? end) =>
        start is not { } first || end is not { } last || last.DayNumber - first.DayNumber > 31;

    /// <summary>The year an interval is, when it is exactly one calendar year ("in 2007").</summary>
    private static int? WholeYear((DateOnly? Start, DateOnly? End) a) =>
        a.Start is { Month: 1, Day: 1 } s && a.End is { Month: 12, Day: 31 } e && s.Year == e.Year ? s.Year : null;

    /// <summary>
    /// Whether two bounded intervals, each within one calendar year, lie one within the other:
    /// "2017-10-12" in "2017", "2019" around "2019-02".
    /// </summary>
    public static bool NestedInOneYear((DateOnly? Start, DateOnly? End) a, (DateOnly? Start, DateOnly? End) b) =>
        a.Start is { } a0 && a.End is { } a1 && b.Start is { } b0 && b.End is { } b1 && a0.Year == a1.Year && b0.Year == b1.Year
        && ((a0 >= b0 && a1 <= b1) || (b0 >= a0 && b1 <= a1));

    /// <summary>How many days an event's interval lies from a day (0 inside it; unknown: as far as can be).</summary>
    private static int DaysFrom(Cluster c, DateOnly day) =>
        !c.Timed ? int.MaxValue
        : c.Latest is { } l && l < day ? day.DayNumber - l.DayNumber
        : c.Earliest is { } e && e > day ? e.DayNumber - day.DayNumber
        : 0;

    /// <summary>Whether [start, end] lies over two weeks before, or after, the days an article may have been written.</summary>
    private static bool OutsideWeeksOf(DateOnly? start, DateOnly? end, (DateOnly? From, DateOnly? To) written) =>
        (end is { } last && written.From is { DayNumber: > 14 } from && last < from.AddDays(-14))
        || (start is { } first && written.To is { } to && to.DayNumber < DateOnly.MaxValue.DayNumber - 14 && first > to.AddDays(14));

    /// <summary>Whether [start, end] lies over <see cref="RecentYears"/> years from the days an article may have been written.</summary>
    private static bool FarFrom(DateOnly? start, DateOnly? end, (DateOnly? From, DateOnly? To) written) =>
        !FusionDates.Overlap(start, end, Years(written.From, -RecentYears), Years(written.To, RecentYears));

    /// <summary>The day some years from another (null when there is none or the calendar ends first).</summary>
    private static DateOnly? Years(DateOnly? day, int years) =>
        day is { } d && d.Year + years is >= 1 and <= 9999 ? d.AddYears(years) : null;

    /// <summary>
    /// "The meeting will take place on March 3", after "Russia announced a meeting between X and Y": a
    /// definite noun that names no participant of its own refers back to the article's last event of its
    /// type a few sentences before, if their times and places agree.
    /// </summary>
    private static Cluster? Antecedent(List<(Cluster Cluster, EventMention Mention)> placed, DocumentEvents doc, EventMention mention, DateOnly? start, DateOnly? end)
    {
        Cluster? found = null;
        var foundAt = -1;
        foreach (var (placedIn, m) in placed)
        {
            var c = placedIn;
            while (c.MergedInto is { } into)
            {
                c = into;
            }

            // "met ... the meeting", "a meeting ... the meeting"; not "the truce ... the last agreement".
            if (m.Type == mention.Type && (!m.Nominal || m.Lemma == mention.Lemma) && m.Trigger.Start < mention.Trigger.Start && m.Trigger.Start > foundAt
                && mention.SentenceIndex - m.SentenceIndex <= AnaphoraSentences)
            {
                (found, foundAt) = (c, m.Trigger.Start);
            }
        }

        // The antecedent may lie years before the article ("signed an agreement in 2017 ... the agreement
        // was never implemented"): the article itself ties them.
        if (found is null || (found.Timed && (start is not null || end is not null) && !FusionDates.Overlap(found.Earliest, found.Latest, start, end)))
        {
            return null;
        }

        return mention.Location is { } place && found.Location is { } other && place.EntityKey != other ? null : found;
    }

    /// <summary>Whether a mention is a definite noun that may refer back to an earlier event of its article ("the meeting").</summary>
    public static bool RefersBack(DocumentEvents doc, EventMention mention) =>
        doc is not null && mention is not null && mention.Nominal && DefiniteNoun(FusionText.Of(doc), mention.Trigger);

    /// <summary>Whether the trigger is the head of a definite noun phrase: "the meeting", "the planned summit".</summary>
    private static bool DefiniteNoun(FusionText text, Span trigger)
    {
        if (trigger.Start <= 0 || trigger.Start > text.Length)
        {
            return false;
        }

        // Walk back over at most three lower-case modifiers to the determiner.
        var end = trigger.Start;
        for (var words = 0; words < 4; words++)
        {
            var i = end - 1;
            while (i >= 0 && text[i] == ' ')
            {
                i--;
            }

            var wordEnd = i + 1;
            while (i >= 0 && char.IsLetter(text[i]))
            {
                i--;
            }

            var word = text.Slice(i + 1, wordEnd - i - 1);
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return true; // sentence-initial "The meeting" too
            }

            if (word.Length == 0 || !char.IsLower(word[0]))
            {
                return false;
            }

            if (word is "a" or "an" or "and" or "or" or "of" or "to" or "in" or "for" or "with")
            {
                return false;
            }

            end = i + 1;
        }

        return false;
    }

    /// <summary>
    /// The participants that identify an event: actors and targets. Nationalities and groups (NORP:
    /// "Kenyan", "Russian") are too common to, and a place alone is where many events happen
    /// (places are compared separately and must not differ).
    /// </summary>
    private static HashSet<string> MatchKeys(EventMention mention) =>
        mention.Actors.Concat(mention.Targets)
            .Where(p => p.Type != "NORP").Select(p => p.EntityKey).ToHashSet(StringComparer.Ordinal);

    private static bool IsUnanchored(EventMention m) =>
        m.Time is { Source: not EventTimeSource.DocumentDate, Earliest: null, Latest: null };

    private static bool SpeechDated(EventMention m) => m.Time?.Source == EventTimeSource.DocumentDate;

    /// <summary>
    /// The interval a mention allows. A time from the document's date (an undated speech act) allows
    /// the week before it; a time in an article of unknown date is unreliable (a relative expression
    /// resolved against nothing) and constrains nothing.
    /// </summary>
    public static (DateOnly? Start, DateOnly? End) Interval(DocumentEvents doc, EventMention mention)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(mention);
        if (IsUndatedNews(doc, mention) && mention.SentenceIndex == 0 && doc.DocumentDate is { } published)
        {
            // A headline (or lead) that dates nothing reports the news of its day: the week before its article.
            return (published.AddDays(-7), published);
        }

        if (mention.Time is not { } time || (doc.Evidence == DateEvidence.Unknown && !StatesYear(FusionText.Of(doc), time.Span)))
        {
            return (null, null);
        }

        if (time.Source == EventTimeSource.DocumentDate && time.Latest is { } latest)
        {
            return (latest.AddDays(-7), latest);
        }

        if (time is { Granularity: "day", Earliest: { } day } && time.Latest == day && LateInTheDay(FusionText.Of(doc), time.Span))
        {
            // "late on October 28": the evening of one time zone is the next day in another, which other outlets date it.
            return (day, day.AddDays(1));
        }

        return (time.Earliest, time.Latest);
    }

    /// <summary>Whether the time at <paramref name="span"/> is told as the end of its day: "late on October 28", "late Sunday".</summary>
    private static bool LateInTheDay(FusionText text, Span? span)
    {
        if (span is not { } at || at.Start > text.Length)
        {
            return false;
        }

        // Read back from the time rather than slicing all before it: the text may be excerpts.
        var end = TrimEnd(text, at.Start);
        if (EndsWith(text, end, " ON"))
        {
            end = TrimEnd(text, end - 3);
        }

        return EndsWith(text, end, "LATE") && (end == 4 || !char.IsLetter(text[end - 5]));
    }

    private static int TrimEnd(FusionText text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>Whether the text before <paramref name="end"/> ends with <paramref name="upper"/>, ignoring case as ordinal comparison does.</summary>
    private static bool EndsWith(FusionText text, int end, string upper)
    {
        if (end < upper.Length)
        {
            return false;
        }

        for (var i = 0; i < upper.Length; i++)
        {
            if (char.ToUpperInvariant(text[end - upper.Length + i]) != upper[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A headline (or lead) of an explicitly dated article that reports something done and dates
    /// nothing, or a verb later in it that does ("also accepted the invitation"). A noun without a date
    /// ("the invitation") may name an event of any time. Only the lead is held to the article's week
    /// when fusing: a later sentence may recall older news ("after regulators grounded the jets").
    /// </summary>
    private static bool IsUndatedNews(DocumentEvents doc, EventMention mention, bool orInferred = false) =>
        mention.Time is null && mention.Status == EventStatus.Occurred && (mention.SentenceIndex == 0 || !mention.Nominal)
        && (doc.Evidence == DateEvidence.Explicit || (orInferred && doc.Evidence == DateEvidence.Inferred)) && doc.DocumentDate is not null;

    /// <summary>Whether the time expression's text has a four-digit year: then it does not depend on the document's date.</summary>
    private static bool StatesYear(FusionText text, Span? span)
    {
        if (span is not { } s || s.Start < 0 || s.End > text.Length || s.Start >= s.End)
        {
            return false;
        }

        var run = 0;
        foreach (var c in text.Slice(s.Start, s.Length))
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddTo(Cluster c, DocumentEvents doc, EventMention mention, ClusterCandidates candidates, string family)
    {
        var placed = c.Location is not null;
        var stems = Affiliation.StemsOf(mention).Where(s => !c.Affiliations.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        var (start, end) = Add(c, doc, mention);
        if (!placed && c.Location is { } place)
        {
            candidates.AddPlace(c.Index, place);
        }

        foreach (var stem in stems)
        {
            candidates.AddAffiliation(c.Index, stem);
        }

        if (start is { } first)
        {
            var inOneYear = mention.Type == c.Type && end is { } last && first.Year == last.Year;
            var wholeYear = WholeYear((start, end)) is { } told ? (family, told) : ((string, int)?)null;
            candidates.AddMember(c.Index, first, inOneYear ? first.Year : null, c.Keys.Count == 0, wholeYear);
        }
    }

    /// <returns>The mention's interval.</returns>
    private static (DateOnly? Start, DateOnly? End) Add(Cluster c, DocumentEvents doc, EventMention mention)
    {
        c.Items.Add((doc, mention));
        var (start, end) = Interval(doc, mention);
        if (start is not null || end is not null)
        {
            if (c.Timed)
            {
                (c.Earliest, c.Latest) = FusionDates.Intersect(c.Earliest, c.Latest, start, end);
            }
            else
            {
                (c.Earliest, c.Latest, c.Timed) = (start, end, true);
            }
        }

        else if (!c.Timed)
        {
            c.Partial ??= PartialDate.Of(doc, mention);
            c.Unanchored |= IsUnanchored(mention);
        }

        c.Keys.UnionWith(MatchKeys(mention));
        c.Affiliations.UnionWith(Affiliation.StemsOf(mention));
        c.Location ??= mention.Location?.EntityKey;
        return (start, end);
    }

    private FusedEvent Build(string id, Cluster c, Dictionary<string, int> groupOf, Dictionary<string, int> keyFrequency)
    {
        var items = c.Items;
        var type = items.GroupBy(x => x.Mention.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Mention.Trigger.Start).First().Key;

        // The date: the intersection of the stated intervals at the finest granularity stated.
        var stated = items.Where(x => x.Mention.Time is { Source: not EventTimeSource.DocumentDate } && Interval(x.Doc, x.Mention).Start is not null).ToList();
        DateOnly? earliest = null, latest = null;
        var granularity = "unknown";
        if (stated.Count > 0)
        {
            (earliest, latest) = (c.Earliest, c.Latest);
            granularity = stated.Select(x => x.Mention.Time!.Granularity).Aggregate(FusionDates.Finest);
            var days = stated.Select(x => x.Mention.Time!).Where(t => t.Granularity == "day" && t.Earliest == t.Latest && t.Earliest >= earliest && t.Earliest <= latest)
                .Select(t => t.Earliest).Distinct().ToList();
            if (granularity == "day" && earliest != latest && days.Count == 1)
            {
                earliest = latest = days[0]; // "late on Sunday", which fusion widened to the next day: the day told
            }
            else if (granularity == "day" && earliest != latest)
            {
                granularity = earliest?.Month == latest?.Month && earliest?.Year == latest?.Year ? "month" : "year";
            }
        }
        else if (items.Select(x => x.Mention.Time).FirstOrDefault(t => t?.Source == EventTimeSource.DocumentDate) is { } dated)
        {
            (earliest, latest, granularity) = (dated.Earliest, dated.Latest, "day");
        }
        else if (items.Where(x => IsUndatedNews(x.Doc, x.Mention, orInferred: true)).Select(x => x.Doc.DocumentDate).Min() is { } firstReported)
        {
            // News told without a date of its own, and never dated by another source, is dated as news
            // desks date it: by the first article that reported it (an article's inferred date is its best estimate).
            (earliest, latest, granularity) = (firstReported, firstReported, "day");
        }

        var latestDoc = items.OrderByDescending(x => x.Doc.DocumentDate ?? DateOnly.MinValue).First();
        var status = latestDoc.Mention.Status;
        var actors = items.SelectMany(x => x.Mention.Actors).Select(p => p.EntityKey).Distinct(StringComparer.Ordinal).ToList();
        var targets = items.SelectMany(x => x.Mention.Targets).Select(p => p.EntityKey).Where(k => !actors.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
        var location = items.Select(x => x.Mention.Location?.EntityKey).OfType<string>().GroupBy(k => k).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var sources = items.Select(x => new EventSource(x.Doc.DocumentId, x.Mention, SentenceText(FusionText.Of(x.Doc), x.Mention.SentenceSpan))).ToList();
        var independent = items.Select(x => groupOf.GetValueOrDefault(x.Doc.DocumentId, -1)).Distinct().Count();
        var frequency = c.Keys.Select(k => keyFrequency.GetValueOrDefault(k)).DefaultIfEmpty(0).Max();
        // Background: over two years older than the first document that reports it.
        var firstDoc = items.Select(x => x.Doc.DocumentDate).Where(d => d is not null).Min();
        var background = latest is { } l && firstDoc is { } n && l.AddYears(2) < n;
        var score = independent + Math.Log(1 + frequency) + (background ? 0 : 1);
        return new FusedEvent(id, type, ontology.FamilyOf(type), earliest, latest, granularity, status, actors, targets, location, sources, independent,
            new EventSalience(background ? "background" : "core", Math.Round(score, 3), independent, frequency));
    }

    private static IEnumerable<UndatedArticleConstraint> Constraints(FusedEvent fused, Cluster c)
    {
        var dated = c.Items.Where(x => x.Doc.Evidence == DateEvidence.Explicit && x.Mention.Time is { Source: not EventTimeSource.DocumentDate }).ToList();
        if (dated.Count == 0 || fused.Earliest is not { } earliest || fused.Latest is not { } latest)
        {
            yield break;
        }

        foreach (var (doc, mention) in c.Items.Where(x => x.Doc.Evidence != DateEvidence.Explicit))
        {
            yield return new UndatedArticleConstraint(doc.DocumentId, fused.Id, earliest, latest, fused.Granularity, mention.Time?.Value, mention.Time?.Span,
                mention.Status == EventStatus.Occurred, mention.Status == EventStatus.Planned);
        }
    }

    internal static string SentenceText(FusionText text, Span span)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        return text.Substring(start, end - start);
    }
}
