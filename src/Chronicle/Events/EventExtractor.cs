using Chronicle.Model;
using Chronicle.Syntax;

namespace Chronicle.Events;

/// <summary>
/// Finds event mentions in one article: triggers (verbs and nominalisations by lemma and part of
/// speech; a light verb's object noun carries the type), their actors and targets from the shallow
/// clause structure, place, time, status and attribution. Immutable and thread-safe; total.
/// </summary>
public sealed class EventExtractor
{
    private static readonly Lazy<EventExtractor> DefaultExtractor = new(() => new EventExtractor(EventOntology.Default, PosTagger.Default));
    private static readonly HashSet<string> TimePrepositions = new(StringComparer.Ordinal) { "on", "in", "at", "during", "since", "by", "until", "till", "from", "before", "after", "for", "of", "throughout", "over" };
    /// <summary>How far from its trigger a time that no preposition or clause start attaches may still date it.</summary>
    private const int UnattachedTimeReach = 15;

    private static readonly HashSet<string> LeaderVerbs = new(StringComparer.Ordinal) { "head", "lead", "chair" };
    private readonly EventOntology ontology;
    private readonly PosTagger tagger;
    private readonly Lemmatizer lemmatizer;
    private readonly EventCues cues = EventCues.Default;

    public EventExtractor(EventOntology ontology, PosTagger tagger)
    {
        this.ontology = ontology;
        this.tagger = tagger;
        lemmatizer = new Lemmatizer(ontology.Lemmas.Concat(cues.Control).Concat(cues.LightVerbs).Concat(LeaderVerbs));
    }

    public static EventExtractor Default => DefaultExtractor.Value;

    public IReadOnlyList<EventMention> Extract(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<EventTimeMention> times, IReadOnlyList<EventParticipantMention> participants, DateOnly? documentDate)
    {
        var mentions = new List<EventMention>();
        if (string.IsNullOrEmpty(text) || sentences is null)
        {
            return mentions;
        }

        var allParticipants = SentenceAnalysis.ByStart(PairReferences.Expand(text, participants ?? []), p => p.Span.Start);
        var timesByStart = SentenceAnalysis.ByStart(times ?? [], t => t.Span.Start);
        foreach (var sentence in sentences)
        {
            if (sentence.Tokens.Count == 0)
            {
                continue;
            }

            var s = new SentenceAnalysis(text, sentence, tagger, lemmatizer, allParticipants, timesByStart, VerbOnlyTrigger);
            ExtractSentence(s, documentDate, mentions);
        }

        return mentions;
    }

    /// <summary>Whether a word is a one-word trigger verb that names no event as a noun ("testify", not "visit").</summary>
    private bool VerbOnlyTrigger(string lower) =>
        ontology.IsVerbLemma(lower) && ontology.NounTrigger(lower) is null && ontology.NounTrigger(lemmatizer.Noun(lower)) is null;

    private void ExtractSentence(SentenceAnalysis s, DateOnly? documentDate, List<EventMention> mentions)
    {
        var lightObject = new Dictionary<int, int>(); // noun trigger -> its light verb
        var triggers = new List<(int Start, int End, EventType Type, bool Nominal)>();
        for (var i = 0; i < s.Count; i++)
        {
            if (VerbTriggerAt(s, i) is { } verbal)
            {
                triggers.Add((i, i + verbal.Length, verbal.Type, false));
                i += verbal.Length - 1;
            }
            else if (s.Tags[i] is UPos.NOUN or UPos.PROPN && (ontology.NounTrigger(lemmatizer.Noun(s.Lower[i])) ?? MilitaryOperation(s, i) ?? DatedRupture(s, i)) is { } nominal
                && !(s.Participant[i] >= 0 && s.Participants[s.Participant[i]].Type == "PERSON")
                && !(i + 1 < s.Count && s.Tags[i + 1] is UPos.NOUN && ontology.NounTrigger(lemmatizer.Noun(s.Lower[i + 1])) is not null))
            {
                triggers.Add((i, i + 1, nominal, true));
                if (LightVerbBefore(s, i) is { } verb)
                {
                    lightObject[i] = verb;
                }
            }
        }

        // "signed an agreement": a noun that is the object of a verbal trigger of its own family is that event, not another.
        triggers.RemoveAll(t => t.Nominal && GoverningVerb(s, t.Start) is { } v
            && triggers.Any(o => !o.Nominal && o.Start == v && o.Type.Family == t.Type.Family));
        var attribution = FindAttribution(s);
        foreach (var (start, end, type, nominal) in triggers)
        {
            var predicate = nominal && lightObject.TryGetValue(start, out var verb) ? verb : start;

            // "On Friday, Russia announced a meeting": the time dates the announcement; the meeting, yet to
            // come, takes only a time told after it ("announced a meeting on March 3").
            var governor = nominal && predicate == start ? ProspectiveVerb(s, start) : null;
            var governing = governor is { } g ? triggers.FirstOrDefault(o => !o.Nominal && o.Start == g && o.Type.Prospective).Type : null;
            var prospect = governing is not null;
            var time = FindTime(s, start, predicate, prospect ? start : -1, out var inClause);
            if (type.Reporting && !inClause)
            {
                continue; // pure reporting ("X said") is attribution, not an event, unless the text dates it
            }

            var (status, negation, isState) = FindStatus(s, start, predicate, nominal && predicate == start);
            if (isState)
            {
                continue;
            }

            if (status == EventStatus.Planned && type.Prospective && !nominal && ClauseTimes.MarkedEarlier(s, start))
            {
                // "its recent decision to invite them": deciding to invite, announce or schedule is doing it.
                status = EventStatus.Occurred;
            }

            if (governing is { Speech: false } && status == EventStatus.Occurred && time is null)
            {
                // "invited them to talks", "called for a ceasefire": the object is yet to happen; an
                // announced one ("announced the arrest") may already have.
                status = EventStatus.Planned;
            }

            var (actors, targets, location) = nominal && predicate == start ? NominalRoles(s, start) : VerbalRoles(s, predicate, end, type);
            if (governing is not null && actors.Count == 0 && governor is { } control && cues.Control.Contains(s.Lemmas[control]))
            {
                // "invited the leaders of the factions to talks": the invited take part.
                actors = InvitedTo(s, control, start).Where(p => !targets.Contains(p)).ToList();
            }

            if (nominal && predicate != start)
            {
                // "held talks with X": the object side of the light verb begins after the noun.
                var (_, moreTargets, moreLocation) = NominalRoles(s, start);
                targets = targets.Concat(moreTargets).Where(p => !actors.Contains(p)).Distinct().ToList();
                location ??= moreLocation;
            }

            if (location is null && type.Family is "VIOLENCE" or "CONFLICT")
            {
                // "the war on Halden", "attacked Kharkiv": fighting aimed at a place happens there ("the war in Halden").
                location = targets.FirstOrDefault(p => p.IsPlace && p.Type != "NORP");
            }

            if (actors.Count == 0 && targets.Count == 0 && WhenClauseSubject(s, end) is { Count: > 0 } present)
            {
                // "consultations took place in 2017, when X and Y demanded ...": who acted at the time took part.
                actors = present;
            }

            var iterative = nominal ? QuantifiedBefore(s, start) : QuantifiedObject(s, end, type.Family);

            // "took place in 2019 and 2017": one event at each of the coordinated times.
            foreach (var told in time is null ? [null] : (IEnumerable<EventTimeMention?>)[time, .. CoordinatedTimes(s, time)])
            {
                EventTime? eventTime = told is null ? null : new EventTime(told.Earliest, told.Latest, told.Granularity, told.Mod, told.Value, inClause ? EventTimeSource.Clause : EventTimeSource.Sentence, told.Span);
                if (eventTime is not null && nominal && predicate == start && SinceItsStart(s, start))
                {
                    // "held talks on January 19, the second visit since the beginning of the war": the war
                    // began before that day, which bounds it and dates nothing.
                    eventTime = eventTime with { Earliest = null, Value = null, Granularity = "unknown" };
                }

                if (eventTime is not null && told is not null && ClauseTimes.CountedFrom(s, start, predicate, told) is { } offset)
                {
                    eventTime = ClauseTimes.Shifted(eventTime, offset);
                }
                else if (eventTime is not null && told is not null)
                {
                    eventTime = ClauseTimes.Outside(s, Math.Min(start, predicate), told, eventTime, status);
                    eventTime = eventTime is null ? null : ClauseTimes.Reported(s, Math.Min(start, predicate), nominal && predicate == start, attribution.Verb, told, eventTime, status);
                    eventTime = eventTime is null || !(nominal && predicate == start) ? eventTime : ClauseTimes.Commented(s, start, told, eventTime, status);
                }

                if (eventTime is null && type.Speech && documentDate is { } dct)
                {
                    eventTime = new EventTime(dct, dct, "day", null, dct.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), EventTimeSource.DocumentDate, null);
                }

                var toldStatus = status;
                if (toldStatus == EventStatus.Occurred && eventTime is { Source: not EventTimeSource.DocumentDate, Earliest: { } earliest } && documentDate is { } dated && earliest > dated)
                {
                    toldStatus = EventStatus.Planned;
                }
                else if (toldStatus == EventStatus.Occurred && eventTime is { Source: not EventTimeSource.DocumentDate, Latest: { } latest } && documentDate is { } written && latest > written)
                {
                    eventTime = eventTime with { Latest = written }; // "urged them this week": the days of the week up to the writing
                }

                var triggerSpan = new Span(s.Sentence.Tokens[start].Span.Start, s.Sentence.Tokens[end - 1].Span.End);
                var own = attribution.Verb >= start && attribution.Verb < end;
                mentions.Add(new EventMention(
                    type.Name, triggerSpan, string.Join(' ', s.Words[start..end]), string.Join(' ', s.Lemmas[start..end]).ToLowerInvariant(), nominal,
                    s.Sentence.Index, s.Sentence.Span, s.WithPairs(actors), s.WithPairs(targets), location, eventTime, toldStatus, negation,
                    own ? EventAttribution.None : attribution.Attribution, iterative));
            }
        }
    }

    /// <summary>
    /// The times coordinated with <paramref name="time"/> ("in 2019 and 2017", "on Monday or Tuesday"):
    /// each next one joined to the one before by "and", "or" or a comma, with at most a preposition between;
    /// none after "between" or "from", which open a span.
    /// </summary>
    private static List<EventTimeMention> CoordinatedTimes(SentenceAnalysis s, EventTimeMention time)
    {
        var found = new List<EventTimeMention>();
        var index = Array.IndexOf(s.Times, time);
        var first = Array.IndexOf(s.Time, index);
        if (first > 0 && s.Lower[first - 1] is "between" or "from")
        {
            return found; // "between February 29 and March 2" is one span of days, not two times
        }

        var last = Array.LastIndexOf(s.Time, index);
        while (index >= 0 && last >= 0)
        {
            var k = last + 1;
            var joined = false;
            while (k < s.Count && s.Time[k] < 0 && (s.Lower[k] is "and" or "or" or "," || (joined && s.Tags[k] == UPos.ADP)))
            {
                joined |= s.Lower[k] is "and" or "or" or ",";
                k++;
            }

            if (!joined || k >= s.Count || s.Time[k] < 0 || s.Time[k] == index)
            {
                break;
            }

            index = s.Time[k];
            var next = s.Times[index];
            if (next.Earliest is null && next.Latest is null)
            {
                break;
            }

            found.Add(next);
            last = Array.LastIndexOf(s.Time, index);
        }

        return found;
    }

    /// <summary>A verb, or a participle the tagger took for an adjective after "be" ("was not fully implemented").</summary>
    private static bool IsVerbal(SentenceAnalysis s, int i)
    {
        if (s.Tags[i] == UPos.VERB)
        {
            return true;
        }

        if (s.Tags[i] != UPos.ADJ || !s.Lower[i].EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        var k = i - 1;
        while (k >= 0 && s.Tags[k] is UPos.ADV or UPos.PART)
        {
            k--;
        }

        return k >= 0 && s.Tags[k] == UPos.AUX;
    }

    /// <summary>The verbal trigger that starts at a token, if any.</summary>
    private (int Length, EventType Type)? VerbTriggerAt(SentenceAnalysis s, int i)
    {
        if (IsVerbal(s, i))
        {
            return FindVerbTrigger(s, i) is { } verbal && !ForeignObject(s, i, verbal.Type) ? verbal : null;
        }

        // "Tomas Vell starts work as chief executive", "Tomas Vell, a former pilot, starts work as ...": the
        // tagger reads an -s verb after a name or an apposition as a plural noun; a trigger phrase of several
        // words following it says it is the verb.
        return s.Tags[i] == UPos.NOUN && i > 0 && (s.Tags[i - 1] == UPos.PROPN || s.Lower[i - 1] == ",") && s.Lower[i].EndsWith('s')
            && FindVerbTrigger(s, i) is { Length: > 1 } phrase ? phrase : null;
    }

    private (int Length, EventType Type)? FindVerbTrigger(SentenceAnalysis s, int i)
    {
        var lemma = s.Tags[i] is UPos.VERB or UPos.AUX ? s.Lemmas[i] : lemmatizer.Verb(s.Lower[i]);
        foreach (var (lemmas, type) in ontology.VerbTriggers(lemma))
        {
            var ok = true;
            for (var k = 1; k < lemmas.Length && ok; k++)
            {
                ok = i + k < s.Count && (s.Lower[i + k] == lemmas[k] || lemmatizer.Noun(s.Lower[i + k]) == lemmas[k]);
            }

            if (ok)
            {
                return (lemmas.Length, type);
            }

            if (lemmas.Length == 2 && ObjectNounAfter(s, i, lemmas[1]))
            {
                return (1, type); // "became the group's political chief", "received a delegation": the verb is the trigger
            }
        }

        return null;
    }

    /// <summary>Verbs that name an event of their type only with an object of its family: "signed a treaty", not "signed the order" or "concluded that".</summary>
    private static readonly HashSet<string> ObjectBoundVerbs = new(StringComparer.Ordinal) { "sign", "conclude" };

    /// <summary>Whether an object-bound verb's object (or clause) is not of the trigger's family.</summary>
    private bool ForeignObject(SentenceAnalysis s, int verb, EventType type)
    {
        if (!ObjectBoundVerbs.Contains(s.Lemmas[verb]) || verb + 1 >= s.Count)
        {
            return false;
        }

        if (s.Lower[verb + 1] == "that" || s.Tags[verb + 1] == UPos.SCONJ)
        {
            return true;
        }

        for (var k = verb + 1; k < s.Count && k <= verb + 6; k++)
        {
            if (s.Tags[k] == UPos.NOUN)
            {
                return ontology.NounTrigger(lemmatizer.Noun(s.Lower[k])) is not { } noun || noun.Family != type.Family;
            }

            if (s.Tags[k] is not (UPos.DET or UPos.ADJ or UPos.PRON or UPos.NUM or UPos.PART or UPos.ADV))
            {
                return false; // a name, a preposition or a clause: "signed with X", "signed on Monday"
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the noun of a two-word trigger ("become chief", "receive delegation") ends the noun phrase
    /// that follows the verb, a few modifiers after it.
    /// </summary>
    private bool ObjectNounAfter(SentenceAnalysis s, int verb, string noun)
    {
        const int MaxModifiers = 6;
        for (var k = verb + 1; k < s.Count && k <= verb + 1 + MaxModifiers; k++)
        {
            if (s.Tags[k] == UPos.NOUN && lemmatizer.Noun(s.Lower[k]) == noun)
            {
                return k == s.Count - 1 || s.Tags[k + 1] is not (UPos.NOUN or UPos.PROPN);
            }

            if (s.Tags[k] is not (UPos.DET or UPos.ADJ or UPos.NOUN or UPos.PROPN or UPos.PART or UPos.NUM or UPos.PRON))
            {
                return false;
            }
        }

        return false;
    }

    private static int? GoverningVerb(SentenceAnalysis s, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 5); k--)
        {
            if (s.Tags[k] is UPos.VERB)
            {
                return k;
            }

            if (s.Tags[k] is not (UPos.DET or UPos.ADJ or UPos.NUM or UPos.NOUN or UPos.PROPN or UPos.PART or UPos.ADV))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The verb whose object the noun is, reached also through "to" or "for" ("invited them to talks",
    /// "called for a ceasefire"), over an "of" phrase ("invited the leaders of the factions to talks"), a
    /// dashed aside ("the factions - including X - to talks") and a time between them ("announced on Friday a summit").
    /// </summary>
    private static int? ProspectiveVerb(SentenceAnalysis s, int noun)
    {
        var budget = 10;
        for (var k = noun - 1; k >= 0 && budget > 0; k--, budget--)
        {
            if (s.Tags[k] is UPos.VERB)
            {
                return k;
            }

            if (IsDash(s.Lower[k]) && DashBefore(s, k) is { } opening)
            {
                k = opening; // the aside between the dashes is skipped whole
                continue;
            }

            var ok = s.Tags[k] is UPos.DET or UPos.ADJ or UPos.NUM or UPos.NOUN or UPos.PROPN or UPos.PART or UPos.ADV or UPos.PRON
                || s.Participant[k] >= 0 || s.Lower[k] is "to" or "for" or "of"
                || s.Time[k] >= 0 || (s.Tags[k] == UPos.ADP && k + 1 < s.Count && s.Time[k + 1] >= 0);
            if (!ok)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The verb of the conjunct before a coordinating conjunction, within its clause and with no punctuation but commas between.</summary>
    private static int? PreviousVerb(SentenceAnalysis s, int conjunction, int clauseStart)
    {
        for (var j = conjunction - 1; j >= clauseStart && j >= conjunction - 12; j--)
        {
            if (s.Tags[j] == UPos.VERB)
            {
                return j;
            }

            if (s.Tags[j] == UPos.PUNCT && s.Lower[j] != ",")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The participants between a control verb and the "to" or "for" before its nominal object, without an aside between dashes.</summary>
    private static List<EventParticipantMention> InvitedTo(SentenceAnalysis s, int control, int noun)
    {
        var to = noun - 1;
        while (to > control && s.Lower[to] is not ("to" or "for"))
        {
            to--;
        }

        var aside = to - 1 > control && IsDash(s.Lower[to - 1]) ? DashBefore(s, to - 1) : null;
        return s.ParticipantsIn(control + 1, aside ?? to).ToList();
    }

    private static bool IsDash(string word) => word is "-" or "\u2013" or "\u2014";

    /// <summary>The dash that opens the aside closed at <paramref name="closing"/>, within a short span.</summary>
    private static int? DashBefore(SentenceAnalysis s, int closing)
    {
        for (var k = closing - 1; k >= Math.Max(0, closing - 8); k--)
        {
            if (IsDash(s.Lower[k]))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// "launched Operation Northern Shield", "a ground operation": an operation is an attack only when it is
    /// named (a capitalised "Operation" before a name, not opening the sentence) or called military; alone it
    /// is as often surgery or business.
    /// </summary>
    private EventType? MilitaryOperation(SentenceAnalysis s, int i)
    {
        if (s.Lower[i] != "operation")
        {
            return null;
        }

        var named = i > 0 && s.Words[i][0] == 'O' && i + 1 < s.Count && s.Tags[i + 1] == UPos.PROPN;
        var military = i > 0 && s.Lower[i - 1] is "military" or "ground" or "armed" or "air" or "naval" or "offensive" or "retaliatory";
        return named || military ? ontology.Find("ATTACK") : null;
    }

    /// <summary>
    /// "the split of 2011", "the 2011 rift", "since the division in 2011": a split is an event when it is dated
    /// where it is named; "ending years of division", "mend the rift" name a lasting state, not an event.
    /// </summary>
    private EventType? DatedRupture(SentenceAnalysis s, int i)
    {
        if (s.Lower[i] is not ("split" or "division" or "rift" or "schism"))
        {
            return null;
        }

        var datedBefore = i > 0 && s.Time[i - 1] >= 0;
        var datedAfter = i + 2 < s.Count && s.Lower[i + 1] is "in" or "of" && s.Time[i + 2] >= 0;
        return datedBefore || datedAfter ? ontology.Find("SPLIT") : null;
    }

    /// <summary>"held talks", "made a brief visit": a light verb within a few tokens before the noun, with only its object's modifiers between.</summary>
    private int? LightVerbBefore(SentenceAnalysis s, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 5); k--)
        {
            if (s.Tags[k] is UPos.VERB or UPos.AUX)
            {
                return cues.LightVerbs.Contains(s.Lemmas[k]) ? k : null;
            }

            var possessive = s.Tags[k] == UPos.PRON && s.Lower[k] is "his" or "her" or "its" or "their" or "our" or "my" or "your"; // "submitted his resignation"
            if ((s.Tags[k] is not (UPos.DET or UPos.ADJ or UPos.NUM or UPos.NOUN or UPos.PROPN or UPos.PART or UPos.ADV or UPos.ADP) && !possessive) || s.Lower[k] is "," or "of")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a time told before the trigger follows another verb, which it then dates: "joined the
    /// board in 2009 and became chief executive in January 2020", "X, who has sat on the board since
    /// 2009, became chairman in October".
    /// </summary>
    private static bool OtherVerbBefore(SentenceAnalysis s, int time, int trigger) =>
        time < trigger && s.FirstVerb < time;

    /// <summary>
    /// The subject of a ", when ..." clause that follows the trigger's own clause and tells what was
    /// done at its time: "took place in 2017, when X and Y demanded a vote" gives X and Y.
    /// </summary>
    private static List<EventParticipantMention>? WhenClauseSubject(SentenceAnalysis s, int after)
    {
        var clauseEnd = s.ClauseEnd(after - 1);
        for (var w = after; w + 1 < s.Count && w <= clauseEnd + 1; w++)
        {
            if (s.Lower[w] != "when" || s.Lower[w - 1] != ",")
            {
                continue;
            }

            var verb = w + 1;
            while (verb < s.Count && !s.IsVerb(verb) && s.Lower[verb] is not ("," or "."))
            {
                verb++;
            }

            return verb < s.Count && s.IsVerb(verb) ? s.ParticipantsIn(w + 1, verb).Where(p => !p.IsPlace).ToList() : null;
        }

        return null;
    }

    /// <summary>The organisation or place (or, for "their", group) a possessive pronoun names: the last one before it in the sentence.</summary>
    private static EventParticipantMention? Possessor(SentenceAnalysis s, int pronoun)
    {
        for (var k = pronoun - 1; k >= 0; k--)
        {
            if (s.Participant[k] >= 0 && s.Participants[s.Participant[k]] is { } p)
            {
                return p.Type is "ORG" or "GPE" || (s.Lower[pronoun] == "their" && p.Type == "NORP") ? p : null;
            }
        }

        return null;
    }

    /// <summary>Whether a noun trigger is the point a "since" phrase counts from: "since the war", "since the beginning of the Israeli war".</summary>
    private static bool SinceItsStart(SentenceAnalysis s, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 7); k--)
        {
            if (s.Lower[k] == "since")
            {
                return true;
            }

            if (s.Tags[k] is not (UPos.DET or UPos.ADJ or UPos.PROPN or UPos.NOUN) && s.Lower[k] != "of")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words that count events by many: "several meetings", "dozens of rounds", "repeated attacks".</summary>
    private static readonly HashSet<string> ManyWords = new(StringComparer.Ordinal)
    {
        "several", "many", "numerous", "multiple", "various", "repeated", "countless", "dozens", "hundreds", "scores", "successive", "rounds", "series", "string", "spate", "wave",
    };

    /// <summary>
    /// Whether a noun trigger is counted as several events: "a number of reconciliation deals",
    /// "several rounds of talks", "three meetings" (a plural after a number other than one).
    /// </summary>
    private bool QuantifiedBefore(SentenceAnalysis s, int noun)
    {
        var plural = s.Lower[noun] != lemmatizer.Noun(s.Lower[noun]);
        for (var k = noun - 1; k >= Math.Max(0, noun - 4); k--)
        {
            if (ManyWords.Contains(s.Lower[k]) || (s.Lower[k] == "number" && k + 1 < noun && s.Lower[k + 1] == "of"))
            {
                return true;
            }

            if (s.Tags[k] == UPos.NUM)
            {
                return plural && s.Lower[k] is not ("one" or "1") && s.Time[k] < 0;
            }

            if (s.Tags[k] is not (UPos.ADJ or UPos.NOUN or UPos.PROPN or UPos.DET) && s.Lower[k] != "of")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a verb's object counts events of its family by many: "agreed to a number of deals", "met several times".</summary>
    private bool QuantifiedObject(SentenceAnalysis s, int after, string family)
    {
        for (var k = after; k < Math.Min(s.Count, after + 6); k++)
        {
            if (s.Tags[k] is UPos.VERB or UPos.AUX or UPos.PUNCT || s.Participant[k] >= 0)
            {
                return false;
            }

            // "agreed to a number of deals", "met three times"; not "was forced out over two crashes", whose
            // crashes are another kind of event than the verb's.
            if (s.Tags[k] is UPos.NOUN && (s.Lower[k] is "times" or "occasions" || ontology.NounTrigger(lemmatizer.Noun(s.Lower[k])) is { } noun && noun.Family == family))
            {
                return QuantifiedBefore(s, k);
            }
        }

        return false;
    }

    /// <summary>A time that dates what something is compared with: "that of 1948", "those of 2014".</summary>
    private static bool ComparedWith(SentenceAnalysis s, int time) =>
        time >= 2 && s.Lower[time - 1] == "of" && s.Lower[time - 2] is "that" or "those";

    /// <param name="after">Only times that begin after this token count (-1: any).</param>
    private EventTimeMention? FindTime(SentenceAnalysis s, int trigger, int predicate, int after, out bool inClause)
    {
        inClause = false;
        EventTimeMention? best = null;
        var bestScore = int.MaxValue;
        var last = -1;
        for (var i = after + 1; i < s.Count; i++)
        {
            if (s.Time[i] < 0 || s.Time[i] == last || (after >= 0 && i > 0 && s.Time[i - 1] == s.Time[i]))
            {
                continue;
            }

            last = s.Time[i];
            if ((s.Aside[i] != 0 && s.Aside[i] != s.Aside[trigger]) || ComparedWith(s, i))
            {
                continue; // "the war - the longest since 1948 -", "a displacement similar to that of 1948"
            }

            var sameClause = s.Clause[i] == s.Clause[trigger] || s.Clause[i] == s.Clause[predicate];
            // "on Friday", a clause-initial "Yesterday", or right after its verb ("will meet tomorrow").
            var attached = (i > 0 && TimePrepositions.Contains(s.Lower[i - 1])) || i == s.ClauseStart(i) || i == trigger + 1 || i == predicate + 1;
            var distance = Math.Min(Math.Abs(i - trigger), Math.Abs(i - predicate));
            if (!attached && distance > UnattachedTimeReach)
            {
                continue; // "welcomed X's efforts, and said in an interview with the channel Russia today"
            }

            var score = Premodifies(s, i, trigger) ? 0 : (sameClause ? 0 : 1000) + (attached ? 0 : 100) + (OtherVerbBefore(s, i, Math.Min(trigger, predicate)) ? 50 : 0) + distance;
            if (score < bestScore)
            {
                bestScore = score;
                best = s.Times[s.Time[i]];
                inClause = sameClause;
            }
        }

        return best;
    }

    /// <summary>
    /// "the current talks", "last week's summit", "Monday's vote": a time inside the trigger noun's own phrase
    /// dates it before any time elsewhere in the clause ("the current talks are the tenth round since 2019").
    /// </summary>
    private static bool Premodifies(SentenceAnalysis s, int time, int trigger)
    {
        if (time >= trigger || s.Times[s.Time[time]].Value.EndsWith("_REF", StringComparison.Ordinal))
        {
            return false; // "the current war" is going on at the writing, not dated by it
        }

        var k = time;
        while (k < trigger && s.Time[k] == s.Time[time])
        {
            k++;
        }

        if (k < trigger && s.Lower[k] is "'s" or "'")
        {
            k++;
        }

        while (k < trigger && s.Tags[k] is UPos.ADJ or UPos.NOUN or UPos.PROPN && s.Time[k] < 0)
        {
            k++;
        }

        return k == trigger && s.Tags[trigger] is UPos.NOUN or UPos.PROPN;
    }

    private (EventStatus Status, string? Negation, bool IsState) FindStatus(SentenceAnalysis s, int trigger, int predicate, bool nominal)
    {
        var clauseStart = s.ClauseStart(predicate);
        var from = nominal ? Math.Max(clauseStart, trigger - 3) : Math.Max(clauseStart, predicate - 6);
        var to = nominal ? NominalStatusEnd(s, trigger) : predicate;
        EventStatus? found = null;
        string? negation = null;
        var state = false;
        var planned = ControlledBy(s, predicate);
        for (var i = from; i < to; i++)
        {
            foreach (var (kind, phrase) in cues.Status)
            {
                if (!s.Matches(i, phrase) || (phrase[0] == "not" && s.Matches(i, ["not", "only"])))
                {
                    continue;
                }

                switch (kind)
                {
                    case "partial":
                        found = EventStatus.Negated;
                        negation = "partial";
                        break;
                    case "failed" when found is not EventStatus.Negated:
                        found = EventStatus.Failed;
                        negation ??= "failed";
                        break;
                    case "negated" when found is null or EventStatus.Uncertain or EventStatus.Planned:
                        found = EventStatus.Negated;
                        negation = phrase[0] == "never" ? "never" : "not";
                        break;
                    case "uncertain" when found is null or EventStatus.Planned:
                        found = EventStatus.Uncertain;
                        break;
                    case "planned":
                        planned = true;
                        break;
                    case "state":
                        state = true;
                        break;
                }

                i += phrase.Length - 1;
                break;
            }
        }

        return (found ?? (planned ? EventStatus.Planned : EventStatus.Occurred), negation, state && found is null);
    }

    /// <summary>A nominal's status cues run to the verb it is the subject of ("the meeting will take place"), unless that verb is a trigger with cues of its own.</summary>
    private int NominalStatusEnd(SentenceAnalysis s, int noun)
    {
        var end = Math.Min(s.ClauseEnd(noun), noun + 6);
        for (var i = noun + 1; i < end; i++)
        {
            if (s.Tags[i] == UPos.VERB)
            {
                return FindVerbTrigger(s, i) is null ? i + 1 : noun + 1;
            }
        }

        return end;
    }

    /// <summary>"agreed to meet", "invited X to visit", "is to meet": a control verb (or "be") before "to" and the trigger.</summary>
    private bool ControlledBy(SentenceAnalysis s, int predicate)
    {
        var k = predicate - 1;
        while (k >= 0 && s.Tags[k] == UPos.ADV)
        {
            k--;
        }

        if (k < 1 || s.Lower[k] != "to")
        {
            return false;
        }

        if (s.Tags[k - 1] == UPos.NOUN && cues.ControlNouns.Contains(lemmatizer.Noun(s.Lower[k - 1])))
        {
            return true; // "announced its readiness to hold a meeting"
        }

        if (s.Tags[k - 1] is UPos.NOUN or UPos.PROPN && HeadlineInfinitive(s, k))
        {
            return true; // "Boeing boss to step down": the headline's future
        }

        for (var j = k - 1; j >= Math.Max(0, k - 6); j--)
        {
            if (s.Tags[j] is UPos.VERB or UPos.ADJ or UPos.AUX)
            {
                return cues.Control.Contains(s.Lemmas[j]) || (s.Tags[j] == UPos.AUX && s.Lemmas[j] == "be" && j == k - 1);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "to" at <paramref name="to"/> follows a subject with no verb before it and no auxiliary after it:
    /// the "X to do Y" of headlines, not "the first airline to ground its jets was".
    /// </summary>
    private static bool HeadlineInfinitive(SentenceAnalysis s, int to)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if ((i < to && s.Tags[i] is UPos.VERB or UPos.AUX && s.Participant[i] < 0) || (i > to && s.Tags[i] == UPos.AUX))
            {
                return false;
            }
        }

        return true;
    }

    private (List<EventParticipantMention> Actors, List<EventParticipantMention> Targets, EventParticipantMention? Location) VerbalRoles(SentenceAnalysis s, int predicate, int end, EventType type)
    {
        var clauseEnd = s.ClauseEnd(predicate);
        var passive = IsPassive(s, predicate, out var by);
        var subject = Subject(s, predicate);
        var (objects, location, agent) = ObjectSide(s, end, clauseEnd, type);
        if (passive)
        {
            // "X was appointed (by Y)": the subject undergoes the event; the agent, if told, acts.
            return (agent.Count > 0 ? agent : [], subject.Concat(objects).Distinct().ToList(), location ?? PlaceIn(s, s.ClauseStart(predicate), predicate));
        }

        objects.AddRange(agent);
        objects.RemoveAll(subject.Contains);
        if (location is null && type.Family == "CONTACT")
        {
            // "X visited Lisbon": a place as the direct object of a contact event is where it happened.
            location = objects.FirstOrDefault(p => p.IsPlace && type.Name == "VISIT");
            if (location is not null)
            {
                objects.Remove(location);
            }
        }

        return (subject.Where(p => p != location).ToList(), objects, location ?? PlaceIn(s, s.ClauseStart(predicate), predicate));
    }

    private static bool IsPassive(SentenceAnalysis s, int predicate, out int by)
    {
        by = -1;
        var k = predicate - 1;
        while (k >= 0 && s.Tags[k] is UPos.ADV or UPos.PART && s.Lower[k] != "to")
        {
            k--;
        }

        var beAux = k >= 0 && s.Tags[k] == UPos.AUX && s.Lemmas[k] == "be" && s.Lower[predicate].EndsWith("ed", StringComparison.Ordinal) | s.Lower[predicate].EndsWith('n') | s.Lower[predicate].EndsWith('t');
        for (var i = predicate + 1; i < s.ClauseEnd(predicate); i++)
        {
            if (s.Lower[i] == "by")
            {
                by = i;
                break;
            }

            if (s.IsVerb(i))
            {
                break;
            }
        }

        return beAux;
    }

    /// <summary>
    /// The participants of the subject before <paramref name="predicate"/>: skips the verb group
    /// (auxiliaries, adverbs, "to" after a control verb), an apposition between commas, and takes the
    /// noun-phrase region before it, with coordinations and "headed by X".
    /// </summary>
    private List<EventParticipantMention> Subject(SentenceAnalysis s, int predicate)
    {
        // Called on a relative pronoun, the subject is in the clause before it.
        var clauseStart = s.ClauseStart(predicate > 0 && s.Lower[predicate] is "who" or "which" or "that" ? predicate - 1 : predicate);
        var k = predicate - 1;
        while (k >= clauseStart)
        {
            if (s.Tags[k] is UPos.AUX or UPos.ADV || (s.Tags[k] == UPos.PART && s.Lower[k] is "not" or "n't" or "to"))
            {
                k--;
                continue;
            }

            if (s.Lower[k] == "to" || (k + 1 < s.Count && s.Lower[k + 1] == "to" && s.Tags[k] is UPos.VERB or UPos.ADJ))
            {
                k--;
                continue;
            }

            // "invited X to visit": the object of the control verb is the one who acts.
            if (k + 1 < predicate && s.Lower[k + 1] == "to" && s.Participant[k] >= 0)
            {
                var objectStart = k;
                while (objectStart > clauseStart && !s.IsVerb(objectStart - 1))
                {
                    objectStart--;
                }

                if (objectStart > clauseStart && cues.Control.Contains(s.Lemmas[objectStart - 1]))
                {
                    return s.ParticipantsIn(objectStart, k + 1);
                }
            }

            break;
        }

        if (k >= 1 && s.Tags[k] == UPos.CCONJ && PreviousVerb(s, k, clauseStart) is { } first)
        {
            return Subject(s, first); // "X joined the board in 2009 and became chief executive": X did both
        }

        var apposition = (Start: 0, End: 0);
        if (k >= 1 && s.Lower[k] == ",")
        {
            // An apposition ("X, the envoy of Y, said"): the subject is before its opening comma.
            for (var j = k - 1; j > Math.Max(clauseStart, k - 14); j--)
            {
                if (s.IsVerb(j))
                {
                    break;
                }

                if (s.Lower[j] == ",")
                {
                    apposition = (j + 1, k);
                    k = j - 1;
                    break;
                }
            }
        }

        var end = k + 1;
        var start = end;
        while (start - 1 >= clauseStart)
        {
            var t = start - 1;
            var ok = s.Tags[t] is UPos.NOUN or UPos.PROPN or UPos.DET or UPos.ADJ or UPos.NUM or UPos.CCONJ
                || (s.Tags[t] == UPos.PRON && s.Lower[t] is not ("that" or "who" or "which" or "whom"))
                || (s.Tags[t] == UPos.PART && s.Lower[t] is "'s" or "'")
                || s.Lower[t] is "of" or "-" or "," or "&" or "(" or ")"
                || s.Participant[t] >= 0
                || (s.Lower[t] == "by" && t > 0 && LeaderVerbs.Contains(s.Lemmas[t - 1]))
                || (LeaderVerbs.Contains(s.Lemmas[t]) && t + 1 < s.Count && s.Lower[t + 1] == "by");
            if (!ok)
            {
                break;
            }

            start--;
        }

        var found = s.ParticipantsIn(start, end);
        if (!found.Any(p => p.Type == "PERSON") && s.ParticipantsIn(apposition.Start, apposition.End) is { Count: > 0 } named && named.All(p => p.Type == "PERSON"))
        {
            return named; // "the head of the union's bureau, Anna Brell, was appointed": the person the title names
        }

        var relative = start > 0 && s.Lower[start - 1] is "who" or "which" or "that" ? start - 1 : -1;
        if (found.Count == 0 && relative > 0)
        {
            // A relative clause: its subject is the phrase the pronoun follows.
            return Subject(s, s.Lower[relative - 1] == "," ? relative - 1 : relative);
        }

        return found;
    }

    private (List<EventParticipantMention> Objects, EventParticipantMention? Location, List<EventParticipantMention> Agent) ObjectSide(SentenceAnalysis s, int from, int to, EventType type)
    {
        var objects = new List<EventParticipantMention>();
        var agent = new List<EventParticipantMention>();
        EventParticipantMention? location = null;
        var preposition = "";
        var last = -1;
        for (var i = from; i < to; i++)
        {
            if (s.Lower[i] == "according" || (s.Lower[i] == "to" && i + 1 < s.Count && s.Tags[i + 1] is UPos.VERB or UPos.AUX) || (s.IsVerb(i) && !LeaderVerbs.Contains(s.Lemmas[i]) && s.Lower[i] != "headed"))
            {
                break;
            }

            if (s.Lower[i] == "," && (SpeechVerbWithin(s, i + 1, 5) || ClauseFollows(s, i + 1)))
            {
                break; // ", X said" or ", officials confirmed": another clause, not the object side
            }

            if (s.Tags[i] is UPos.ADP or UPos.SCONJ)
            {
                preposition = s.Lower[i];
                continue;
            }

            if (s.Participant[i] < 0 || s.Participant[i] == last)
            {
                continue;
            }

            last = s.Participant[i];
            var p = s.Participants[last];
            if (p.IsPlace && preposition is "in" or "at" or "near" or "outside" || (p.IsPlace && preposition == "to" && type.Name == "VISIT"))
            {
                location ??= p;
                if (location == p)
                {
                    continue;
                }
            }

            (preposition == "by" ? agent : objects).Add(p);
        }

        return (objects, location, agent);
    }

    /// <summary>A finite clause after a comma: a verb within five tokens and before the next comma.</summary>
    private static bool ClauseFollows(SentenceAnalysis s, int from)
    {
        for (var i = from; i < Math.Min(s.Count, from + 5) && s.Lower[i] != ","; i++)
        {
            if (s.Tags[i] == UPos.VERB)
            {
                return true;
            }
        }

        return false;
    }

    private bool SpeechVerbWithin(SentenceAnalysis s, int from, int length)
    {
        for (var i = from; i < Math.Min(s.Count, from + length); i++)
        {
            if (s.Tags[i] == UPos.VERB && cues.IsSpeechVerb(s.Lemmas[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static EventParticipantMention? PlaceIn(SentenceAnalysis s, int from, int to)
    {
        for (var i = Math.Max(from, 1); i < to; i++)
        {
            if (s.Participant[i] >= 0 && s.Participants[s.Participant[i]].IsPlace && s.Lower[i - 1] is "in" or "at")
            {
                return s.Participants[s.Participant[i]];
            }
        }

        return null;
    }

    /// <summary>
    /// A nominal trigger's roles: modifiers inside its phrase ("union delegation", "Norvia's
    /// invitation", "the Lisbon agreement"), "by X", "of X", "between X and Y", "with X", "in Lisbon".
    /// </summary>
    private static (List<EventParticipantMention> Actors, List<EventParticipantMention> Targets, EventParticipantMention? Location) NominalRoles(SentenceAnalysis s, int noun)
    {
        var actors = new List<EventParticipantMention>();
        var targets = new List<EventParticipantMention>();
        EventParticipantMention? location = null;
        var start = noun;
        while (start > 0 && (s.Tags[start - 1] is UPos.PROPN or UPos.NOUN or UPos.ADJ or UPos.NUM || (s.Tags[start - 1] == UPos.PART && s.Lower[start - 1] is "'s" or "'") || s.Participant[start - 1] >= 0))
        {
            start--;
        }

        foreach (var p in s.ParticipantsIn(start, noun))
        {
            if (p.IsPlace && location is null && p.Type != "NORP" && !(noun > 0 && s.Lower[noun - 1] is "'s"))
            {
                location = p;
            }
            else
            {
                actors.Add(p);
            }
        }

        if (actors.Count == 0 && start > 0 && s.Lower[start - 1] is "its" or "their" && Possessor(s, start - 1) is { } owner)
        {
            actors.Add(owner); // "protests with Russia over its invitation": Russia's invitation
        }

        var preposition = "";
        var end = s.ClauseEnd(noun);
        var last = -1;
        for (var i = noun + 1; i < end && i < noun + 16; i++)
        {
            if (i == noun + 2 && s.Lower[i - 1] == "to" && s.Tags[i] == UPos.VERB)
            {
                // "an invitation to visit Halden to X": the noun's infinitive and its object, then its own roles go on
                while (i + 1 < end && s.Tags[i + 1] != UPos.ADP && s.Lower[i + 1] != ",")
                {
                    i++;
                }

                preposition = "";
                continue;
            }

            if (s.Tags[i] is UPos.VERB or UPos.AUX || (s.Lower[i] == "," && !(i + 1 < s.Count && s.Lower[i + 1] is "and" or "or")))
            {
                break;
            }

            if (s.Tags[i] == UPos.ADP)
            {
                preposition = s.Lower[i];
                continue;
            }

            if (s.Participant[i] < 0 || s.Participant[i] == last)
            {
                continue;
            }

            last = s.Participant[i];
            var p = s.Participants[last];
            switch (preposition)
            {
                case "in" or "at" when p.IsPlace:
                    location ??= p;
                    break;
                case "by":
                    actors.Add(p);
                    break;
                case "of" when actors.Count == 0:
                    actors.Add(p);
                    break;
                case "between" or "with" or "among" or "against" or "to" or "from" or "of" or "for" or "on":
                    targets.Add(p);
                    break;
            }
        }

        return (actors, targets, location);
    }

    /// <summary>The speaker ("X said", "said X", "X told Y") and the outlet ("according to Y", "told Y" when Y is an organisation).</summary>
    private (int Verb, EventAttribution Attribution) FindAttribution(SentenceAnalysis s)
    {
        EventParticipantMention? speaker = null, source = null;
        var verb = -1;
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tags[i] is UPos.VERB && cues.IsSpeechVerb(s.Lemmas[i]) && speaker is null)
            {
                verb = i;
                speaker = Subject(s, i).FirstOrDefault();
                if (speaker is null && i + 1 < s.Count && s.Participant[i + 1] >= 0)
                {
                    speaker = s.Participants[s.Participant[i + 1]];
                }
            }

            foreach (var phrase in cues.SourcePhrases)
            {
                var after = i + phrase.Length;
                if (s.Matches(i, phrase))
                {
                    for (var j = after; j < Math.Min(s.Count, after + 5); j++)
                    {
                        if (s.Participant[j] >= 0)
                        {
                            var p = s.Participants[s.Participant[j]];
                            if (p.Type == "ORG")
                            {
                                source ??= p;
                            }
                            else if (phrase[0] == "according")
                            {
                                speaker ??= p;
                            }

                            break;
                        }
                    }
                }
            }
        }

        return (verb, speaker is null && source is null ? EventAttribution.None : new EventAttribution(speaker, source));
    }
}
