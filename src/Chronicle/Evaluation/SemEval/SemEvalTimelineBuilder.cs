using System.Globalization;
using Chronicle.Entities;
using Chronicle.Events;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Resources;
using Chronicle.Syntax;
using Chronicle.Time;

namespace Chronicle.Evaluation.SemEval;

/// <summary>What the SemEval timeline builder counts as an event of the target entity.</summary>
/// <param name="Verbs">Besides the event extractor's typed triggers, every main verb of a sentence that names the target (TimeML annotates states and generic actions too).</param>
/// <param name="Pronouns">A sentence right after one that names the target, with a pronoun of the target's kind, names it too.</param>
/// <param name="Before">Only triggers at most this many tokens before a mention of the target (where it is the object) ...</param>
/// <param name="After">... or at most this many after it (where it is the subject).</param>
/// <param name="Predicates">Also the verb the target is the subject of, however far after it in its clause, and the verbs coordinated with that one.</param>
public sealed record SemEvalBuilderOptions(bool Verbs = true, bool Pronouns = true, int Before = 2, int After = 3, bool Predicates = true)
{
    public static SemEvalBuilderOptions Default { get; } = new();
}

/// <summary>
/// Builds the SemEval-2015 TimeLine (Track A) timeline of a target entity from analysed articles: the
/// events of the sentences that name it (by name or short name, or by a pronoun right after it was
/// named), each dated by the time expression governing it (the event extractor's clause or sentence
/// time), else the nearest date in its sentence, else the article's date; ordered by date (coarser
/// anchors first on a tie), events of one anchor SIMULTANEOUS.
/// </summary>
public sealed class SemEvalTimelineBuilder(SemEvalBuilderOptions options)
{
    private const string WordsResource = "Evaluation/SemEval/Resources/timeline-words.txt";

    /// <summary>How many sentences (headline and dateline included) make a news article's lead.</summary>
    private const int LeadSentences = 4;

    /// <summary>How far after a mention of its subject a predicate may come (an apposition or relative clause between).</summary>
    private const int PredicateReach = 15;

    /// <summary>How far after one verb a verb coordinated with it may come.</summary>
    private const int CoordinationReach = 5;

    /// <summary>How many days before its date an article's lead may report its story on.</summary>
    private const int LeadWeek = 7;

    private static readonly Lazy<ILookup<string, string>> Words = new(LoadWords, LazyThreadSafetyMode.ExecutionAndPublication);

    public SemEvalTimelineBuilder()
        : this(SemEvalBuilderOptions.Default)
    {
    }

    private sealed record Candidate(DateOnly Day, int Rank, string Anchor, int Document, int Sentence, int Token, string Id);

    public SemEvalTimeline Build(string target, IReadOnlyList<SemEvalDocument> documents)
    {
        var matcher = new TargetMatcher(target);
        var candidates = new List<Candidate>();
        for (var d = 0; d < documents.Count; d++)
        {
            Collect(matcher, documents[d], d, candidates);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = candidates
            .OrderBy(c => c.Day)
            .ThenBy(c => c.Rank)
            .ThenBy(c => c.Anchor, StringComparer.Ordinal)
            .ThenBy(c => c.Document)
            .ThenBy(c => c.Sentence)
            .ThenBy(c => c.Token)
            .Where(c => seen.Add(c.Id))
            .ToList();
        var lines = new List<SemEvalTimelineLine>();
        var order = 0;
        string? previous = null;
        foreach (var candidate in ordered)
        {
            if (candidate.Anchor != previous)
            {
                order++;
                previous = candidate.Anchor;
            }

            lines.Add(new SemEvalTimelineLine(order, candidate.Anchor, [candidate.Id]));
        }

        return new SemEvalTimeline(target, lines);
    }

    private void Collect(TargetMatcher matcher, SemEvalDocument document, int documentIndex, List<Candidate> into)
    {
        var article = document.Article;
        var text = article.Text;
        var entities = AnnotationLayers.ReadEntities(article);
        var events = AnnotationLayers.ReadEvents(article);
        var timexes = AnnotationLayers.ReadTimexes(article)
            .Where(t => t.Type is TimexType.Date && t.Interval is not null)
            .ToList();
        var mentions = entities?.Mentions ?? [];
        var pronouns = Words.Value[IsPerson(matcher, article, mentions) ? "person-pronoun" : "thing-pronoun"].ToHashSet(StringComparer.Ordinal);
        var narrative = NarrativeDate(article, timexes);
        var lastNamed = -2;
        foreach (var sentence in article.Sentences)
        {
            var found = matcher.Find(text, sentence);
            var named = found.Count > 0;
            var referred = named ? found : options.Pronouns && lastNamed == sentence.Index - 1 ? Pronouns(text, sentence, pronouns) : [];
            if (referred.Count == 0)
            {
                continue;
            }

            if (named)
            {
                lastNamed = sentence.Index;
            }

            var sentenceId = document.SentenceIds[sentence.Index];
            var triggers = Triggers(text, sentence, events, found).ToList();
            var predicates = options.Predicates ? Predicates(text, sentence, referred, triggers.Select(t => t.Token).ToHashSet()) : [];
            foreach (var (token, time) in triggers)
            {
                if (!predicates.Contains(token) && !referred.Any(r => token >= r.Start - options.Before && token < r.End + options.After))
                {
                    continue;
                }

                var (day, rank, anchor) = Date(time, sentence.Tokens[token].Span, timexes, sentence, article.Published.Date, narrative);
                if (anchor is null)
                {
                    continue;
                }

                var word = TriggerWord(text, sentence, token);
                into.Add(new Candidate(day, rank, anchor, documentIndex, sentence.Index, token, $"{document.Source.DocId}-{sentenceId}-{word}"));
            }
        }
    }

    /// <summary>
    /// The verbs each mention of the target is the subject of: the first verb after it in its clause
    /// (past an apposition or a relative clause: "Jobs, the company's chief, said"), then each verb
    /// coordinated with the last one found ("announced the device and said"), while no new subject
    /// (a name or pronoun) comes between them.
    /// </summary>
    private static HashSet<int> Predicates(string text, Sentence sentence, IReadOnlyList<(int Start, int End)> referred, HashSet<int> triggers)
    {
        var found = new HashSet<int>();
        var tags = PosTagger.Default.Tag(text, sentence);
        var stops = Words.Value["clause-break"].ToHashSet(StringComparer.Ordinal);
        var joins = Words.Value["coordinator"].ToHashSet(StringComparer.Ordinal);
        string Word(int i) => sentence.Tokens[i].Span.Slice(text).ToString().ToLowerInvariant();
        foreach (var (_, end) in referred)
        {
            var verb = -1;
            for (var j = end; j < tags.Length && j < end + PredicateReach; j++)
            {
                if (stops.Contains(Word(j)))
                {
                    break;
                }

                if (tags[j] == UPos.VERB && triggers.Contains(j))
                {
                    verb = j;
                    break;
                }
            }

            while (verb >= 0)
            {
                found.Add(verb);
                var next = -1;
                var joined = false;
                for (var j = verb + 1; j < tags.Length && j <= verb + CoordinationReach; j++)
                {
                    if (tags[j] is UPos.PROPN or UPos.PRON || stops.Contains(Word(j)))
                    {
                        break;
                    }

                    joined |= joins.Contains(Word(j));
                    if (tags[j] == UPos.VERB && triggers.Contains(j))
                    {
                        next = joined ? j : -1;
                        break;
                    }
                }

                verb = next;
            }
        }

        return found;
    }

    /// <summary>The trigger tokens of a sentence with the time the event extractor gave them (null for a plain verb).</summary>
    private IEnumerable<(int Token, EventTime? Time)> Triggers(string text, Sentence sentence, IReadOnlyList<EventMention> events, IReadOnlyList<(int Start, int End)> target)
    {
        var triggers = new SortedDictionary<int, EventTime?>();
        bool InTarget(int i) => target.Any(r => i >= r.Start && i < r.End);
        foreach (var mention in events.Where(e => e.SentenceIndex == sentence.Index))
        {
            var token = TokenAt(sentence, mention.Trigger.Start);
            if (token >= 0 && !InTarget(token))
            {
                triggers[token] = mention.Time;
            }
        }

        if (options.Verbs)
        {
            var tags = PosTagger.Default.Tag(text, sentence);
            var skip = Words.Value["not-event"].ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < tags.Length; i++)
            {
                if (tags[i] == UPos.VERB && !InTarget(i) && !triggers.ContainsKey(i)
                    && !skip.Contains(sentence.Tokens[i].Span.Slice(text).ToString().ToLowerInvariant()))
                {
                    triggers[i] = null;
                }
            }
        }

        return triggers.Select(t => (t.Key, t.Value));
    }

    /// <summary>
    /// The day to sort by, a rank (year 0, month 1, day 2: the coarser anchor first on one day) and
    /// the anchor as the task writes it: the event's own time, else the date nearest the trigger in its
    /// sentence, else the article's narrative date. Expressions that only restate the article's own
    /// period ("this year", "this month") say nothing the article's date does not, and are passed over.
    /// </summary>
    private static (DateOnly Day, int Rank, string? Anchor) Date(EventTime? time, Span trigger, IReadOnlyList<Chronicle.Time.Timex> timexes, Sentence sentence, DateOnly? published, DateOnly? narrative)
    {
        if (time?.Earliest is { } earliest && !RestatesPublication(earliest, time.Latest, time.Granularity, published))
        {
            return Anchor(earliest, time.Granularity);
        }

        var nearest = timexes
            .Where(t => t.Span.Start >= sentence.Span.Start && t.Span.End <= sentence.Span.End)
            .Where(t => !RestatesPublication(t.Interval!.Earliest, t.Interval.Latest, t.Interval.Granularity.ToString(), published))
            .OrderBy(t => Math.Abs(t.Span.Start - trigger.Start))
            .FirstOrDefault();
        if (nearest?.Interval is { } interval)
        {
            return Anchor(interval.Earliest, interval.Granularity.ToString());
        }

        return (narrative ?? published) is { } day ? Anchor(day, "day") : (DateOnly.MinValue, 0, null);
    }

    private static bool RestatesPublication(DateOnly earliest, DateOnly? latest, string granularity, DateOnly? published) =>
        published is { } day && !granularity.Equals("day", StringComparison.OrdinalIgnoreCase) && earliest <= day && (latest ?? earliest) >= day;

    /// <summary>
    /// The day a news article's lead reports its story on ("announced Friday"), which the rest of the
    /// article narrates without repeating it: the first day-precise date, in the first sentences, of the
    /// week up to the article's date. A sentence that is only a date (the dateline) does not count.
    /// </summary>
    private static DateOnly? NarrativeDate(Article article, IReadOnlyList<Chronicle.Time.Timex> timexes)
    {
        if (article.Published.Date is not { } published)
        {
            return null;
        }

        foreach (var sentence in article.Sentences.Take(LeadSentences))
        {
            foreach (var timex in timexes.Where(t => t.Span.Start >= sentence.Span.Start && t.Span.End <= sentence.Span.End))
            {
                var onlyDate = timex.Span.Length >= sentence.Span.Length - 1;
                if (!onlyDate && timex.Interval is { Granularity: Granularity.Day } interval
                    && interval.Earliest <= published && interval.Earliest >= published.AddDays(-LeadWeek))
                {
                    return interval.Earliest;
                }
            }
        }

        return published;
    }

    private static (DateOnly, int, string?) Anchor(DateOnly day, string granularity) => granularity.ToLowerInvariant() switch
    {
        "year" or "decade" or "century" or "half" => (new DateOnly(day.Year, 1, 1), 0, day.ToString("yyyy", CultureInfo.InvariantCulture)),
        "month" or "season" or "quarter" => (new DateOnly(day.Year, day.Month, 1), 1, day.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
        _ => (day, 2, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    };

    /// <summary>The trigger as the task writes it: the word, with a phrasal verb's particle joined by "_" ("step_down").</summary>
    private static string TriggerWord(string text, Sentence sentence, int token)
    {
        var word = sentence.Tokens[token].Span.Slice(text).ToString();
        if (token + 1 < sentence.Tokens.Count)
        {
            var next = sentence.Tokens[token + 1].Span.Slice(text).ToString();
            if (Words.Value["particle"].Contains(next, StringComparer.Ordinal) && PosTagger.Default.Tag(text, sentence)[token] == UPos.VERB)
            {
                return word + "_" + next;
            }
        }

        return word;
    }

    private static int TokenAt(Sentence sentence, int offset)
    {
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (sentence.Tokens[i].Span.Contains(offset))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<(int Start, int End)> Pronouns(string text, Sentence sentence, HashSet<string> pronouns)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (pronouns.Contains(sentence.Tokens[i].Span.Slice(text).ToString().ToLowerInvariant()))
            {
                found.Add((i, i + 1));
            }
        }

        return found;
    }

    /// <summary>Whether the entity recogniser took a place that names the target for a person.</summary>
    private static bool IsPerson(TargetMatcher matcher, Article article, IReadOnlyList<EntityMention> mentions)
    {
        foreach (var sentence in article.Sentences)
        {
            foreach (var (start, end) in matcher.Find(article.Text, sentence))
            {
                var span = new Span(sentence.Tokens[start].Span.Start, sentence.Tokens[end - 1].Span.End);
                var mention = mentions.FirstOrDefault(m => m.Span.Start < span.End && span.Start < m.Span.End);
                if (mention is not null)
                {
                    return mention.Type == EntityType.Person;
                }
            }
        }

        return false;
    }

    private static ILookup<string, string> LoadWords() =>
        ResourceFiles.ReadDataLines(WordsResource)
            .Select(line => line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 2)
            .ToLookup(parts => parts[0], parts => parts[1].Trim(), StringComparer.Ordinal);
}
