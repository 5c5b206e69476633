namespace Chronicle.Time;

/// <summary>
/// A light clause-level tense heuristic: within the clause around an expression (bounded by sentence
/// punctuation and line breaks), the tense cue nearest to the expression decides (will, shall, 'll,
/// going to, is to, scheduled, expected, plans: future; had, was, were, did, irregular past forms and
/// -ed verbs: past; is, are, says: present).
/// </summary>
internal sealed class TenseDetector
{
    private const int MaxReach = 30;

    // The keys of the words that make a clause look ahead, compared before their letters are.
    private static readonly uint IfKey = WordKey.Of("if");
    private static readonly uint UnlessKey = WordKey.Of("unless");
    private static readonly uint ToKey = WordKey.Of("to");
    private static readonly uint CouldKey = WordKey.Of("could");
    private static readonly uint MayKey = WordKey.Of("may");
    private static readonly uint MightKey = WordKey.Of("might");
    private static readonly uint UntilKey = WordKey.Of("until");
    private static readonly uint TillKey = WordKey.Of("till");
    private static readonly uint BeforeKey = WordKey.Of("before");
    private static readonly uint WhenKey = WordKey.Of("when");
    private static readonly uint OnceKey = WordKey.Of("once");
    private readonly TimeLexicon lex;

    public TenseDetector(TimeLexicon lexicon) => lex = lexicon;

    public Tense Detect(TimeTokens t, int start, int end)
    {
        // "ordered a runoff for Sunday", "the vote for Thursday": an event's appointed day lies ahead.
        if (t.Is(start - 1, "for") && t.IsWord(start - 2) && lex.ScheduledEventNouns.Contains(t, start - 2))
        {
            return Tense.Future;
        }

        // "after the Supreme Court on Monday struck down the law", "the court Monday ruled": a day between its subject and a past
        // verb is that verb's, whatever the verb before it.
        if (end < t.Count && t.IsWord(end) && !t.IsCapitalised(end) && Cue(t, end) == Tense.Past
            && (t.Is(start - 1, "on") ? start - 2 : start - 1) is var subject && t.IsWord(subject) && Cue(t, subject) == Tense.None && !IsDeterminer(t, subject)
            && !IsAdjunctPreposition(t, subject) && !t.Is(subject, "and") && !t.Is(subject, "that"))
        {
            return Tense.Past;
        }

        // "since March", "since Friday", "since its March 10 record": a starting point is behind the speaker.
        if (AfterSince(t, start))
        {
            return Tense.Past;
        }

        if (FutureBeforeEndingAt(t, start) is { } words)
        {
            var k = start - words.Length;

            // "The rally, set for Saturday, drew thousands": the plan names a noun that a past verb
            // then tells about, so the day is behind the speaker.
            if (words.Length > 1 && PastVerbRightAfter(t, end))
            {
                return Tense.Past;
            }

            // "Until Thursday, they had not called him a suspect": an end point told in the past
            // perfect is behind the speaker; so is one that opens its sentence before a past clause
            // ("Until January, he served as minister"). "He extended the offer until Friday" stays future.
            return words.Length == 1 && (t.Is(k, "until") || t.Is(k, "till")) && !MovedPlanBefore(t, k)
                && (HasPastPerfect(t, start, end) || (OpensSentence(t, k) && CueAfter(t, end) == Tense.Past) || DurativePastBefore(t, k))
                ? Tense.Past : Tense.Future;
        }

        // "Asked Friday whether he would attend": a participle opening its sentence tells what was done (of a weekday; "Updated
        // Jan. 6" heads a page).
        if (t.IsWord(start - 1) && t.IsCapitalised(start - 1) && OpensSentence(t, start - 1) && t.Chars(start - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && t[start - 1].Length > 4 && lex.Weekdays.TryGet(t, start, out _))
        {
            return Tense.Past;
        }

        // The clause runs back and on from the expression to sentence punctuation or a line break. The
        // verb governing an adjunct mostly comes before it (said Friday, will meet on Thursday); a
        // clause-initial expression looks on (On Friday, the ministry said).
        // "by Friday" as a deadline, not as the agent after a passive participle ("is joined by Friday night regulars"); "broken up by
        // the summer" has no such agent.
        var deadline = (t.Is(start - 1, "by") && (!EndsInParticiple(t, start - 2) || !lex.Weekdays.TryGet(t, start, out _))) || t.Is(start - 1, "before");
        for (var k = start - 1; k >= 0 && start - k <= MaxReach && InClause(t, k); k--)
        {
            if (!t.IsWord(k))
            {
                // "will face Brazil, which beat the Netherlands yesterday, in the final on Sunday": the aside's verb does not govern.
                if (t.IsPunct(k, ',') && k < start - 1 && IsAdjunctPreposition(t, k + 1) && ClosesRelativeAside(t, k) && RelativeAsideStart(t, k) is var opening && opening > 0)
                {
                    k = opening;
                }

                continue;
            }

            // "Having been sworn in Monday, the cabinet will meet": a perfect participle tells what is done.
            if (t.Is(k, "having"))
            {
                return Tense.Past;
            }

            // "until he delivers his address in late January": a time clause told in the present looks ahead.
            if (t[k].Key is var subordinator && (subordinator == UntilKey || subordinator == TillKey || subordinator == BeforeKey || subordinator == WhenKey
                || subordinator == OnceKey) && IsPersonalPronoun(t, k + 1)
                && k + 2 < start && t.IsWord(k + 2) && !t.IsCapitalised(k + 2) && (t.Chars(k + 2)[^1] | 0x20) == 's' && Cue(t, k + 2) != Tense.Past
                && !t.Is(k + 2, "was") && !t.Is(k + 2, "has"))
            {
                return Tense.Future;
            }

            var left = Cue(t, k);

            // "will remain closed Tuesday", "to stay shut Monday": the state's participle is no past; the verb before it decides.
            if (left == Tense.Past && IsOpeningState(t, k) && (t.Is(k - 1, "remain") || t.Is(k - 1, "stay") || t.Is(k - 1, "be")))
            {
                continue;
            }

            if (left == Tense.None)
            {
                // "talks that could last into the weekend", "a vote could come Friday": a possibility lies ahead ("could not be reached
                // Friday", "could be located Wednesday" are past tries; "he could repair it on Sunday" may tell what one was able to do, while
                // "they could miss another payday Jan. 3" and "it could take weeks" look ahead).
                if (t[k].Key == CouldKey && t.IsWord(k + 1) && !t.Is(k + 1, "not") && !t.Is(k + 1, "have") && !t.Is(k + 1, "never")
                    && !(t.Is(k - 1, "he") || t.Is(k - 1, "she") || t.Is(k - 1, "i") || t.Is(k - 1, "you"))
                    && !(t.Is(k + 1, "be") && t.IsWord(k + 2) && t.Chars(k + 2).EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
                {
                    return Tense.Future;
                }

                // "If the legislature approves the measure in January": a condition not told in the past lies ahead. "rain is not
                // likely before Sunday", "could reach the coast by Friday": a deadline in a clause told in the present or as a
                // possibility lies ahead.
                if (t[k].Key is var key && (key == IfKey || key == UnlessKey || (deadline && (key == ToKey || key == CouldKey || key == MayKey || key == MightKey)))
                    && LooksAhead(t, k, deadline))
                {
                    return Tense.Future;
                }

                // "ordered that the boy be sent home by Friday": a deadline under a subjunctive "be" lies ahead ("had to be" does not).
                if (deadline && t.Is(k, "be") && t.IsWord(k - 1) && !t.Is(k - 1, "to"))
                {
                    return Tense.Future;
                }

                continue;
            }

            if (deadline && left == Tense.Present)
            {
                return Tense.Future;
            }

            // "could order the company broken up by the summer", "wants the meeting held by Jan. 3": a bare participle before a
            // deadline is the object's state, not the clause's tense; the verb before it decides.
            if (deadline && left == Tense.Past && !t.IsCapitalised(k) && t[k].Length > 3 && (t.Chars(k).EndsWith("en", StringComparison.OrdinalIgnoreCase)
                || t.Chars(k).EndsWith("wn", StringComparison.OrdinalIgnoreCase) || (IsDeterminer(t, k - 2) && !t.IsCapitalised(k - 1) && start - k <= 3))
                && t.IsWord(k - 1) && !IsWasOrWere(t, k - 1) && !t.Is(k - 1, "been")
                && !t.Is(k - 1, "had") && !t.Is(k - 1, "has") && !t.Is(k - 1, "have") && !t.Is(k - 1, "be") && !t.Is(k - 1, "is") && !t.Is(k - 1, "are"))
            {
                continue;
            }

            // "The court set oral arguments for Monday", "scheduled a vote for Thursday": the appointed day lies ahead ("was
            // scheduled for Monday" tells a plan of the past).
            if (left == Tense.Past && t.Is(start - 1, "for") && (t.Is(k, "set") || t.Is(k, "scheduled") || t.Is(k, "rescheduled") || t.Is(k, "slated"))
                && !IsWasOrWere(t, k - 1) && !t.Is(k - 1, "had") && !t.Is(k - 1, "been"))
            {
                return Tense.Future;
            }

            // "A ceremony planned for Saturday was canceled": a plan's participle after its noun, and
            // the clause's own verb, right after the expression, is past.
            if (left == Tense.Present && IsProgressiveRightBefore(t, k, start))
            {
                // "The president is traveling Monday to Paris", "they are meeting on Tuesday": a present
                // progressive with its time right after the verb is an arrangement, a future.
                return Tense.Future;
            }

            // "The election is in November", "the hearing is on April 10", "the deadline is Friday": a copula that
            // gives an event its date, told in the present, places it now or ahead (a passed one would be "was").
            if (left == Tense.Present && IsCopulaDating(t, k, start))
            {
                return Tense.Future;
            }

            return left == Tense.Future && IsPlanParticiple(t, k) && PastVerbRightAfter(t, end) ? Tense.Past : left;
        }

        // "Friday is the deadline", "Tuesday is Election Day": a day that opens its sentence as the subject of a present copula is ahead.
        var after = CueAfter(t, end);
        return after == Tense.Present && OpensSentence(t, start) && Cue(t, end) == Tense.Present && !t.Is(end, "says") && !t.Is(end, "say")
            ? Tense.Future : after;
    }

    private static bool IsPronounOrDeterminer(TimeTokens t, int k) =>
        IsDeterminer(t, k) || t.Is(k, "him") || t.Is(k, "them") || t.Is(k, "it") || t.Is(k, "me") || t.Is(k, "us") || t.Is(k, "you");

    /// <summary>A preposition that opens an adjunct after an aside ("..., in the final on Sunday"), where a list would go on with a noun.</summary>
    private static bool IsAdjunctPreposition(TimeTokens t, int k) =>
        t.Is(k, "in") || t.Is(k, "on") || t.Is(k, "at") || t.Is(k, "for") || t.Is(k, "from") || t.Is(k, "with") || t.Is(k, "by");

    private static bool EndsInParticiple(TimeTokens t, int k) =>
        t.IsWord(k) && (t.Chars(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || t.Chars(k).EndsWith("en", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "if" or "unless" (a condition), or before a deadline "could", "may" or "might" (a possibility, not "could have") or the "to" of
    /// an infinitive, at k.
    /// </summary>
    private static bool LooksAhead(TimeTokens t, int k, bool deadline) => t[k].Length switch
    {
        // "hoped to move them into housing before winter": an infinitive's deadline lies ahead.
        2 => t.Is(k, "if") || (deadline && t.Is(k, "to") && t.IsWord(k + 1) && !t.IsCapitalised(k + 1) && t.IsWord(k + 2) && !IsPronounOrDeterminer(t, k + 1)),
        6 => t.Is(k, "unless"),
        3 or 5 => deadline && (t.Is(k, "could") || t.Is(k, "may") || t.Is(k, "might")) && !t.Is(k + 1, "have") && !(t.Is(k + 1, "not") && t.Is(k + 2, "have")),
        _ => false,
    };

    /// <summary>The comma that opens the ", which" or ", who" aside the comma at k closes (0 if none within reach).</summary>
    private static int RelativeAsideStart(TimeTokens t, int k)
    {
        for (var j = k - 1; j > 1 && k - j <= 15; j--)
        {
            if (t.IsPunct(j, ','))
            {
                return j;
            }
        }

        return 0;
    }

    /// <summary>
    /// The tense of a possessive weekday ("Wednesday's ruling"), whose clause verb does not govern it: past, as news
    /// reports it done, except before a scheduled event ("show", "concert", "match", perhaps after one modifier) after
    /// "for" or in a future clause ("doors open for Saturday's show", "Saturday's tribute concert will raise money"),
    /// and after a phrase that places what follows ahead ("ahead of Friday's vote").
    /// </summary>
    public Tense PossessiveWeekday(TimeTokens t, int start, int end)
    {
        if (AfterFutureBefore(t, start))
        {
            return Tense.Future;
        }

        // "said that Sunday's Super Bowl will be played as scheduled": the subject of a clause told ahead.
        if ((t.Is(start - 1, "that") || OpensSentence(t, start)) && CueAfter(t, end) == Tense.Future)
        {
            return Tense.Future;
        }

        return ScheduledNounAfter(t, end + 2) && (t.Is(start - 1, "for") || Detect(t, start, end) == Tense.Future) ? Tense.Future : Tense.Past;
    }

    /// <summary>
    /// Whether the noun phrase from k names a scheduled event: within its first three words ("Sunday's upper house elections"), or at
    /// the head of a name joined by "of the" ("Tuesday night's State of the Union address").
    /// </summary>
    private bool ScheduledNounAfter(TimeTokens t, int k)
    {
        var words = 0;
        for (var j = k; j < t.Count && j - k < 7 && t.IsWord(j); j++)
        {
            if (t.Is(j, "of") || t.Is(j, "the"))
            {
                continue;
            }

            if (++words > 3 && !t.Is(j - 1, "of") && !t.Is(j - 1, "the") && !t.IsCapitalised(j - 1))
            {
                return false;
            }

            if (lex.ScheduledEventNouns.Contains(t, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase that places what follows ahead of the speaker ends just before start ("ahead of", "set for", "until").</summary>
    public bool AfterFutureBefore(TimeTokens t, int start) => FutureBeforeEndingAt(t, start) is not null;

    /// <summary>The first phrase of future-before.txt (in file order) that ends just before start, or null.</summary>
    private string[]? FutureBeforeEndingAt(TimeTokens t, int start)
    {
        if (lex.FutureBeforeByLastWord.TryGet(t, start - 1, out var endingHere))
        {
            foreach (var words in endingHere)
            {
                if (EndsBefore(t, start, words))
                {
                    return words;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the tokens just before <paramref name="start"/> are <paramref name="words"/>.</summary>
    private static bool EndsBefore(TimeTokens t, int start, string[] words)
    {
        var k = start - words.Length;
        var all = k >= 0;
        for (var w = 0; all && w < words.Length; w++)
        {
            all = t.Is(k + w, words[w]);
        }

        return all;
    }

    /// <summary>Whether token k opens its sentence: the text's first token, or one after a sentence end or line break.</summary>
    private bool OpensSentence(TimeTokens t, int k) => k == 0 || (k > 0 && (IsBoundary(t, k - 1) || t.LineBreakAfter(k - 1)));

    /// <summary>The first tense cue after the expression in its clause, asides between commas skipped.</summary>
    private Tense CueAfter(TimeTokens t, int end)
    {
        // Looking on, an aside between commas (", headed by its deputy chief,", ", which was founded in
        // 1990,") is skipped: its verb is not the one that governs the expression.
        var read = 0;
        for (var k = end; k < t.Count && read < MaxReach && !IsBoundary(t, k) && !t.LineBreakAfter(k - 1); k++, read++)
        {
            if (t.IsPunct(k, ',') && StartsAside(t, k + 1) && AsideEnd(t, k + 1) is var close && close > 0)
            {
                k = close;
                continue;
            }

            if (Cue(t, k) is var right && right != Tense.None)
            {
                return right;
            }
        }

        return Tense.None;
    }

    /// <summary>A plan's participle (planned, scheduled, expected) after its noun or a comma: "a ceremony planned for", not "they planned", "is scheduled".</summary>
    private static bool IsPlanParticiple(TimeTokens t, int k)
    {
        var w = t.Chars(k);
        if (!w.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "The vote, scheduled for Monday, was held": an aside after its noun.
        if (t.IsPunct(k - 1, ','))
        {
            return true;
        }

        if (!t.IsWord(k - 1))
        {
            return false;
        }

        return !(t.Is(k - 1, "is") || t.Is(k - 1, "are") || t.Is(k - 1, "be") || t.Is(k - 1, "been") || t.Is(k - 1, "has") || t.Is(k - 1, "have")
            || t.Is(k - 1, "he") || t.Is(k - 1, "she") || t.Is(k - 1, "they") || t.Is(k - 1, "we") || t.Is(k - 1, "i") || t.Is(k - 1, "it")
            || t.Is(k - 1, "who") || t.Is(k - 1, "which") || t.Is(k - 1, "that"));
    }

    /// <summary>
    /// "The tanker remained in port until Sunday", "the strike lasted until March": a state told in the simple past up to
    /// the date ends behind the speaker ("extended the offer until Friday" still looks ahead).
    /// </summary>
    private bool DurativePastBefore(TimeTokens t, int until)
    {
        for (var k = until - 1; k >= 0 && until - k <= 8 && InClause(t, k); k--)
        {
            if (t.Is(k, "remained") || t.Is(k, "stayed") || t.Is(k, "lasted") || t.Is(k, "continued") || t.Is(k, "waited") || t.Is(k, "lived")
                || t.Is(k, "served") || t.Is(k, "worked") || t.Is(k, "ruled") || t.Is(k, "held") || t.Is(k, "kept") || t.Is(k, "ran") || t.Is(k, "did"))
            {
                return !t.Is(k - 1, "has") && !t.Is(k - 1, "have") && !t.Is(k - 1, "be") && !t.Is(k - 1, "been");
            }

            // "The bridge was closed until April", "he was not arrested until June": a state told in the past up to the date ("was
            // postponed until March" moves a plan on, and looks ahead).
            if (k == until - 1 && t.IsWord(k) && !IsPlanMove(t, k) && !IsKeptOn(t, k) && (IsWasOrWere(t, k - 1) || (t.Is(k - 1, "not") && IsWasOrWere(t, k - 2))))
            {
                return true;
            }

            if (Cue(t, k) != Tense.None)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A word after "had" that makes it the verb of having, not an auxiliary: enough, a, an, the, no, some, its, their.</summary>
    private static bool IsPossessedObject(TimeTokens t, int k) =>
        t.Is(k, "enough") || t.Is(k, "a") || t.Is(k, "an") || t.Is(k, "the") || t.Is(k, "no") || t.Is(k, "some") || t.Is(k, "its")
        || t.Is(k, "their") || t.Is(k, "his") || t.Is(k, "her") || t.Is(k, "plenty") || t.Is(k, "little") || t.Is(k, "few");

    /// <summary>"postponed it until Wednesday", "put off the vote until March": a plan moved on to the date, which lies ahead.</summary>
    private static bool MovedPlanBefore(TimeTokens t, int until)
    {
        for (var k = until - 1; k >= 0 && until - k <= 4 && t.IsWord(k); k--)
        {
            if (IsPlanMove(t, k) || (t.Is(k, "off") && (t.Is(k - 1, "put") || t.Is(k - 1, "puts") || t.Is(k - 1, "putting"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "since" (or "since" and a determiner: "since its March 10 record") comes right before start.</summary>
    public static bool AfterSince(TimeTokens t, int start) => t.Is(start - 1, "since") || (t.Is(start - 2, "since") && IsDeterminer(t, start - 1));

    private static bool IsWasOrWere(TimeTokens t, int k) => t.Is(k, "was") || t.Is(k, "were");

    /// <summary>A participle that moves a plan to a later date: postponed, delayed, extended, adjourned, suspended.</summary>
    private static bool IsPlanMove(TimeTokens t, int k) =>
        t.Is(k, "postponed") || t.Is(k, "delayed") || t.Is(k, "extended") || t.Is(k, "adjourned") || t.Is(k, "suspended") || t.Is(k, "deferred")
        || t.Is(k, "recessed") || t.Is(k, "rescheduled");

    /// <summary>"was held (continued) until", "was put off (back) until": a word before "until" that keeps something going or on.</summary>
    private static bool IsKeptOn(TimeTokens t, int k) => t.Is(k, "held") || t.Is(k, "continued") || t.Is(k, "off") || t.Is(k, "back");

    private static bool IsJourney(TimeTokens t, int k) =>
        t.Is(k, "flying") || t.Is(k, "traveling") || t.Is(k, "travelling") || t.Is(k, "leaving") || t.Is(k, "heading") || t.Is(k, "going")
        || t.Is(k, "returning") || t.Is(k, "visiting") || t.Is(k, "coming") || t.Is(k, "sailing") || t.Is(k, "moving");

    /// <summary>"to Ankara", "for Paris", "home", "to the region" between k and the expression at start: a destination of up to five words.</summary>
    private static bool DestinationBetween(TimeTokens t, int k, int start)
    {
        if (start - k is < 1 or > 6 || !(t.Is(k, "to") || t.Is(k, "for") || t.Is(k, "home") || t.Is(k, "back") || t.IsCapitalised(k)))
        {
            return false;
        }

        for (var j = k; j < start; j++)
        {
            if (!t.IsWord(j) || t.Is(j, "and") || t.Is(j, "but") || t.Is(j, "since") || t.Is(j, "after"))
            {
                return t.Is(j, "on") && j == start - 1;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the present "is", "are" or "am" at k is followed by an -ing verb and then, at once or after "on",
    /// the expression at start ("is traveling Monday", "are meeting on Tuesday"; not "are investigating a
    /// shooting Sunday", whose object comes between).
    /// </summary>
    private static bool IsProgressiveRightBefore(TimeTokens t, int k, int start)
    {
        if (!(t.Is(k, "is") || t.Is(k, "are") || t.Is(k, "am")) || !t.IsWord(k + 1) || t.IsCapitalised(k + 1))
        {
            return false;
        }

        // A report in progress ("is saying Monday that") tells of the day it is made, not of an arrangement. A journey
        // may name its destination first ("is flying to Ankara Sunday").
        var w = t.Chars(k + 1);
        return w.Length > 4 && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && (start == k + 2 || (start == k + 3 && t.Is(k + 2, "on")) || (IsJourney(t, k + 1) && DestinationBetween(t, k + 2, start)))
            && !(t.Is(k + 1, "saying") || t.Is(k + 1, "telling") || t.Is(k + 1, "reporting") || t.Is(k + 1, "announcing")
                || t.Is(k + 1, "warning") || t.Is(k + 1, "claiming") || t.Is(k + 1, "insisting") || t.Is(k + 1, "denying")
                || t.Is(k + 1, "urging") || t.Is(k + 1, "calling") || t.Is(k + 1, "confirming") || t.Is(k + 1, "predicting"));
    }

    /// <summary>
    /// Whether "is" or "are" at k gives the expression at start as a date, at once or after "in" or "on" ("is in
    /// November", "are on Friday", "is April 30"), after a subject that is no pronoun or "there" ("it is Friday" tells
    /// the day, "there are in March" nothing).
    /// </summary>
    private static bool IsCopulaDating(TimeTokens t, int k, int start) =>
        (t.Is(k, "is") || t.Is(k, "are")) && (start == k + 1 || (start == k + 2 && (t.Is(k + 1, "in") || t.Is(k + 1, "on") || IsOpeningState(t, k + 1)))
            || (start == k + 3 && IsOpeningState(t, k + 1) && t.Is(k + 2, "on")))
        && (t.IsWord(k - 1) || t.IsNumber(k - 1)) && !t.Is(k - 1, "it") && !t.Is(k - 1, "this") && !t.Is(k - 1, "that") && !t.Is(k - 1, "there")
        && !t.Is(k - 1, "today") && !t.Is(k - 1, "what") && !t.Is(k - 1, "which");

    /// <summary>Whether a past verb follows the expression at once, or after a comma: "planned for Saturday was canceled", "set for Saturday, drew".</summary>
    private bool PastVerbRightAfter(TimeTokens t, int end)
    {
        var k = t.IsPunct(end, ',') ? end + 1 : end;
        return k < t.Count && !t.LineBreakAfter(k - 1) && Cue(t, k) == Tense.Past;
    }

    /// <summary>Whether tokens [from, to) hold no sentence end or line break, within reach: one sentence.</summary>
    public bool SameSentence(TimeTokens t, int from, int to)
    {
        if (from < 0 || to - from > MaxReach)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (IsBoundary(t, k) || t.LineBreakAfter(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the clause's nearest cue before the expression is a plan told in the past tense ("was to leave", "was due to
    /// arrive", "were scheduled to meet", "was to have expired"), which wire copy writes of a plan still ahead as often as of
    /// one gone ("had been due to" is a plan given up, and not counted).
    /// </summary>
    public bool PastPlanBefore(TimeTokens t, int start) => NearestCueBefore(t, start) is var k && k >= 0
        && ((IsWasOrWere(t, k) && t.Is(k + 1, "to"))
            || (IsWasOrWere(t, k - 1) && t.Is(k + 1, "to") && (t.Is(k, "due") || t.Is(k, "scheduled") || t.Is(k, "expected") || t.Is(k, "set") || t.Is(k, "slated")))
            || (t.Is(k - 1, "have") && t.Is(k - 2, "to") && IsWasOrWere(t, k - 3)));

    /// <summary>Whether the clause's nearest cue before the expression is "would", a future told from a past report.</summary>
    public bool WouldBefore(TimeTokens t, int start) => NearestCueBefore(t, start) is var k && k >= 0 && t.Is(k, "would");

    /// <summary>Whether the clause's nearest cue before the expression is a plain "will", "shall" or "'ll" (not "would", "expected", "due").</summary>
    public bool PlainFutureBefore(TimeTokens t, int start) =>
        NearestCueBefore(t, start) is var k && k >= 0 && (t.Is(k, "will") || t.Is(k, "shall") || t.Is(k, "ll"));

    /// <summary>The nearest token before the expression in its clause, within reach, that gives a tense cue; -1 if none.</summary>
    private int NearestCueBefore(TimeTokens t, int start)
    {
        for (var k = start - 1; k >= 0 && start - k <= MaxReach && InClause(t, k); k--)
        {
            if (Cue(t, k) != Tense.None)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether an infinitive stands between the expression and the verb before it in its clause ("named
    /// him to take over as chief executive on January 13", "set to expire Nov. 21"): a past verb's
    /// infinitive may look ahead of the creation time, even into the next year.
    /// </summary>
    public bool InfinitiveBefore(TimeTokens t, int start)
    {
        for (var k = start - 1; k >= 0 && start - k <= MaxReach && InClause(t, k); k--)
        {
            if (Infinitive(t, k))
            {
                // The infinitive must hang on a past verb before it ("agreed to purchase"); "After refusing to supply
                // the drug in April, she never saw him again" has none, and its April is the one gone.
                for (var j = k - 1; j >= 0 && start - j <= MaxReach && InClause(t, j); j--)
                {
                    if (Cue(t, j) is var cue && cue != Tense.None)
                    {
                        return cue == Tense.Past;
                    }
                }

                return false;
            }

            if (Cue(t, k) != Tense.None)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether an infinitive ("to appear") stands among tokens [from, to) with no tense cue after it.</summary>
    public bool InfinitiveAfter(TimeTokens t, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (Infinitive(t, k))
            {
                return true;
            }

            if (Cue(t, k) != Tense.None)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"to" before a lower-case word that starts no noun phrase: "to take over", "to be held", not "to the talks", "to Paris".</summary>
    private static bool Infinitive(TimeTokens t, int k) =>
        t.Is(k, "to") && t.IsWord(k + 1) && !t.IsCapitalised(k + 1)
        && !(t.Is(k + 1, "the") || t.Is(k + 1, "a") || t.Is(k + 1, "an") || t.Is(k + 1, "his") || t.Is(k + 1, "her") || t.Is(k + 1, "its")
            || t.Is(k + 1, "their") || t.Is(k + 1, "this") || t.Is(k + 1, "that") || t.Is(k + 1, "these") || t.Is(k + 1, "those")
            || t.Is(k + 1, "power") || t.Is(k + 1, "work") || t.Is(k + 1, "office") || t.Is(k + 1, "court") || t.Is(k + 1, "date")
            || IsAmountHedge(t, k + 1) || t.Is(k + 1, "our") || t.Is(k + 1, "your") || t.Is(k + 1, "my") || t.Is(k + 1, "them") || t.Is(k + 1, "him")
            || t.Is(k + 1, "us") || t.Is(k + 1, "me"));

    /// <summary>"fell to about $19", "rose to nearly 8%": a hedge before an amount, where "to" is the preposition.</summary>
    private static bool IsAmountHedge(TimeTokens t, int k) =>
        t.Is(k, "about") || t.Is(k, "around") || t.Is(k, "nearly") || t.Is(k, "almost") || t.Is(k, "roughly") || t.Is(k, "approximately")
        || t.Is(k, "some") || t.Is(k, "more") || t.Is(k, "less") || t.Is(k, "just") || t.Is(k, "only") || t.Is(k, "under") || t.Is(k, "over");

    /// <summary>Whether token k, just after a comma, opens an aside: a participle (headed by, led by) or a relative pronoun.</summary>
    private bool StartsAside(TimeTokens t, int k)
    {
        if (!t.IsWord(k) || t.IsCapitalised(k))
        {
            return false;
        }

        if (t.Is(k, "who") || t.Is(k, "which") || t.Is(k, "whose") || t.Is(k, "whom"))
        {
            return true;
        }

        var w = t.Chars(k);
        return (w.Length >= 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !lex.TenseWords.TryGet(t, k, out _))
            || (lex.TenseWords.TryGet(t, k, out var kind) && kind == TenseWord.IrregularPast);
    }

    /// <summary>The comma that closes the aside starting at token k, in the same clause and within reach; -1 if none.</summary>
    private int AsideEnd(TimeTokens t, int k)
    {
        for (var j = k; j < t.Count && j - k < MaxReach && !IsBoundary(t, j) && !t.LineBreakAfter(j - 1); j++)
        {
            if (t.IsPunct(j, ','))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether token k, just before the clause's tokens found so far, belongs to the clause.</summary>
    private bool InClause(TimeTokens t, int k) => !IsBoundary(t, k) && !t.LineBreakAfter(k);

    private bool HasPastPerfect(TimeTokens t, int start, int end)
    {
        for (var k = start - 1; k >= 0 && start - k <= MaxReach && InClause(t, k); k--)
        {
            // "had enough oxygen to last until Friday": "had" with an object is no past perfect.
            if (t.Is(k, "had") && !IsPossessedObject(t, k + 1))
            {
                return true;
            }

            // "officials had said repairs might take until December": the modal's own clause looks ahead.
            if (t.Is(k, "might") || t.Is(k, "would") || t.Is(k, "could") || t.Is(k, "will"))
            {
                return false;
            }
        }

        for (var k = end; k < t.Count && k - end < MaxReach && !IsBoundary(t, k) && !t.LineBreakAfter(k - 1); k++)
        {
            if (t.Is(k, "had"))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBoundary(TimeTokens t, int k)
    {
        if (t[k].Type != TokenType.Punct)
        {
            return false;
        }

        var c = t.Text[t[k].Start];
        if (c is '!' or '?' or ';')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        // An abbreviation's period (Nov., p.m., U.S.) does not end the sentence; a month written out does ("by January.").
        if (t.IsWord(k - 1) && t.Adjacent(k - 1) && (t[k - 1].Length == 1 || (lex.Months.TryGet(t, k - 1, out var month) && month.Abbreviation) || t.Is(k - 1, "mr") || t.Is(k - 1, "dr") || t.Is(k - 1, "mrs") || t.Is(k - 1, "st")))
        {
            return false;
        }

        return !(t.IsWord(k + 1) && !t.IsCapitalised(k + 1)) && !(t.IsNumber(k + 1) && t.Adjacent(k));
    }

    /// <summary>An adverb in -ly (officially, formally, finally) at k: "will be officially released".</summary>
    private static bool IsLyAdverb(TimeTokens t, int k) =>
        t.IsWord(k) && t[k].Length > 4 && !t.IsCapitalised(k) && (t.Text[t[k].End - 1] | 0x20) == 'y' && (t.Text[t[k].End - 2] | 0x20) == 'l';

    /// <summary>
    /// The short adverbs that stand inside a verb group without -ly ("is also joined", "are still needed", "is now
    /// expected", "is not allowed"): the participle after them is no past tense.
    /// </summary>
    private static bool IsVerbGroupAdverb(TimeTokens t, int k) =>
        t.Is(k, "also") || t.Is(k, "still") || t.Is(k, "now") || t.Is(k, "already") || t.Is(k, "not") || t.Is(k, "never")
        || t.Is(k, "just") || t.Is(k, "often") || t.Is(k, "always") || t.Is(k, "even") || t.Is(k, "then");

    /// <summary>Whether a plan's participle stands at k, right after a present copula ("is expected", "are scheduled").</summary>
    private bool IsPlanParticipleAfterCopula(TimeTokens t, int k) =>
        t.IsWord(k) && t[k].Length > 4 && (t.Text[t[k].End - 1] | 0x20) == 'd' && lex.TenseWords.TryGet(t, k, out var kind) && kind == TenseWord.Future;

    /// <summary>"the exchange is closed Monday", "shops are open Sunday": a timetable's state, told ahead.</summary>
    private static bool IsOpeningState(TimeTokens t, int k) => t.Is(k, "closed") || t.Is(k, "open") || t.Is(k, "shut");

    private static bool IsBaseFormContext(TimeTokens t, int k) =>
        TimexGrammar.IsModal(t, k) || t.Is(k, "did") || t.Is(k, "ll") || (t.Is(k, "not") && (t.Is(k - 1, "would") || t.Is(k - 1, "will") || t.Is(k - 1, "did")));

    /// <summary>A modifier at k that makes the word after it a noun: another, any, no; or an adjective after a determiner.</summary>
    private static bool IsNounModifier(TimeTokens t, int k)
    {
        if (t.Is(k, "another") || t.Is(k, "any") || t.Is(k, "no") || t.Is(k, "every") || t.Is(k, "each"))
        {
            return true;
        }

        if (!t.IsWord(k) || t.IsCapitalised(k) || !IsDeterminer(t, k - 1))
        {
            return false;
        }

        var w = t.Chars(k);
        return (w.Length > 4 && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("er", StringComparison.OrdinalIgnoreCase)
                || w.EndsWith("est", StringComparison.OrdinalIgnoreCase)))
            || t.Is(k, "new") || t.Is(k, "sharp") || t.Is(k, "deep") || t.Is(k, "big") || t.Is(k, "first") || t.Is(k, "second") || t.Is(k, "rival")
            || t.Is(k, "hostile") || t.Is(k, "surprise") || t.Is(k, "good") || t.Is(k, "strong");
    }

    /// <summary>What makes a past form at k + 1 a participle or an adjective: be, to, or a determiner ("an elected government", "its revised forecast").</summary>
    private static bool IsParticipleContext(TimeTokens t, int k) =>
        t.Is(k, "be") || t.Is(k, "been") || t.Is(k, "being") || t.Is(k, "is") || t.Is(k, "are") || t.Is(k, "to") || t.Is(k, "the") || t.Is(k, "a")
        || t.Is(k, "an") || t.Is(k, "its") || t.Is(k, "their") || t.Is(k, "his") || t.Is(k, "her") || t.Is(k, "our");

    private static Tense DueTense(TimeTokens t, int k)
    {
        if (t.Is(k - 1, "was") || t.Is(k - 1, "were") || t.Is(k - 1, "been"))
        {
            return Tense.Past;
        }

        if (t.Is(k - 1, "is") || t.Is(k - 1, "are") || t.Is(k - 1, "be") || t.Is(k - 1, "am"))
        {
            return t.Is(k + 1, "to") && !Infinitive(t, k + 1) ? Tense.None : Tense.Future;
        }

        return t.Is(k + 1, "to") ? Tense.None : Tense.Future;
    }

    /// <summary>
    /// Whether the base-form timetable verb at k follows its subject: a word that is no auxiliary, modal, "to", "not",
    /// determiner, copula or preposition ("the two leaders meet Monday", "voters go to the polls Sunday"; not "did not
    /// meet", "to meet", "after the vote on Friday", "their return Monday", "shops stay open Friday", "for days on end"),
    /// the verb itself not capitalised.
    /// </summary>
    private static bool AfterPluralSubject(TimeTokens t, int k)
    {
        // "The talks, which were suspended in February, resume Monday": a relative aside between the subject and its verb.
        if (t.IsPunct(k - 1, ',') && !t.IsCapitalised(k) && ClosesRelativeAside(t, k - 1))
        {
            return true;
        }

        // "approved the measure by voice vote Tuesday", "got off to a strong start": a word after "by" or "a" is no plural subject;
        // "at Iraqi air defense sites": nor is a capitalised word without a plural's -s after a preposition or determiner.
        var p = k - 1;
        if (((t.Is(p - 1, "by") || t.Is(p - 1, "a") || t.Is(p - 1, "an")) && !t.IsCapitalised(p))
            || (t.IsWord(p) && t.IsCapitalised(p) && (t.Chars(p)[^1] | 0x20) != 's' && (IsAdjunctPreposition(t, p - 1) || t.Is(p - 1, "at") || IsDeterminer(t, p - 1))))
        {
            return false;
        }

        return !t.IsCapitalised(k) && t.IsWord(p) && !t.Is(p, "to") && !t.Is(p, "not") && !t.Is(p, "did") && !t.Is(p, "do") && !t.Is(p, "does")
            && !t.Is(p, "have") && !t.Is(p, "has") && !t.Is(p, "had")
            && !t.Is(p, "will") && !t.Is(p, "would") && !t.Is(p, "could") && !t.Is(p, "can") && !t.Is(p, "may") && !t.Is(p, "might")
            && !t.Is(p, "should") && !t.Is(p, "must") && !t.Is(p, "shall") && !t.Is(p, "ll") && !t.Is(p, "the") && !t.Is(p, "a") && !t.Is(p, "an")
            && !t.Is(p, "this") && !t.Is(p, "that") && !t.Is(p, "its") && !t.Is(p, "their") && !t.Is(p, "his") && !t.Is(p, "her")
            && !t.Is(p, "our") && !t.Is(p, "your") && !t.Is(p, "my") && !t.Is(p, "s") && !t.Is(p, "next") && !t.Is(p, "last")
            && !t.Is(p, "first") && !t.Is(p, "final") && !t.Is(p, "no") && !t.Is(p, "every") && !t.Is(p, "each") && !t.Is(p, "let")
            && !t.Is(p, "help") && !t.Is(p, "make") && !t.Is(p, "and") && !t.Is(p, "or") && !t.Is(p, "he") && !t.Is(p, "she") && !t.Is(p, "it")
            && !IsCopula(t, p) && !t.Is(p, "on") && !t.Is(p, "in") && !t.Is(p, "at") && !t.Is(p, "of") && !t.Is(p, "for") && !t.Is(p, "from")
            && !t.Is(p, "by") && !t.Is(p, "with");
    }

    /// <summary>Whether the comma at k closes an aside opened by ", which" or ", who" after a noun, within 15 tokens.</summary>
    private static bool ClosesRelativeAside(TimeTokens t, int k)
    {
        for (var j = k - 1; j > 1 && k - j <= 15; j--)
        {
            if (t.IsPunct(j, ',') || t.IsPunct(j, '.') || t.LineBreakAfter(j))
            {
                return t.IsPunct(j, ',') && (t.Is(j + 1, "which") || t.Is(j + 1, "who")) && t.IsWord(j - 1);
            }
        }

        return false;
    }

    /// <summary>"was open", "stay open", "remained close": after a copula, open and close are adjectives, not timetable verbs.</summary>
    private static bool IsCopula(TimeTokens t, int p) =>
        t.Is(p, "is") || t.Is(p, "are") || t.Is(p, "was") || t.Is(p, "were") || t.Is(p, "be") || t.Is(p, "been") || t.Is(p, "being")
        || t.Is(p, "remain") || t.Is(p, "remains") || t.Is(p, "remained") || t.Is(p, "stay") || t.Is(p, "stays") || t.Is(p, "stayed")
        || t.Is(p, "keep") || t.Is(p, "kept") || t.Is(p, "seem") || t.Is(p, "seemed");

    /// <summary>
    /// Whether the -s form at k, a timetable verb that is also a plural noun, follows a singular subject: he, she, it,
    /// who, which, a capitalised name ("Obama visits"), or a noun right after a determiner ("the president visits
    /// Paris on Friday", "the summit closes Saturday"); not a determiner, possessive or number ("his visits on
    /// Friday", "two visits", "the minister's visits"), not a noun of state, office or tax ("the state visits",
    /// "tax returns"), nor before "of" ("the heads of state").
    /// </summary>
    private static bool AfterSingularSubject(TimeTokens t, int k)
    {
        var p = k - 1;

        // "The president, who arrived Monday, returns Friday": a relative aside between the subject and its verb.
        if (t.IsPunct(p, ',') && !t.IsCapitalised(k) && !t.Is(k + 1, "of") && ClosesRelativeAside(t, p))
        {
            return true;
        }

        if (t.IsCapitalised(k) || !t.IsWord(p) || t.Is(k + 1, "of"))
        {
            return false;
        }

        // "a visit that ends Sunday": before an -s form, "that" is the relative pronoun (as a determiner it would take a singular noun).
        if (t.Is(p, "he") || t.Is(p, "she") || t.Is(p, "it") || t.Is(p, "who") || t.Is(p, "which") || t.Is(p, "that"))
        {
            return true;
        }

        if (IsDeterminer(t, p))
        {
            return false;
        }

        if (t.IsCapitalised(p))
        {
            return true;
        }

        // "the diving competition ends Saturday": a noun after a modifier after the determiner.
        if (t.IsWord(p - 1) && !t.IsCapitalised(p - 1) && !IsDeterminer(t, p - 1) && IsDeterminer(t, p - 2) && !t.Is(p - 1, "s"))
        {
            return !t.Is(p, "state") && !t.Is(p, "tax") && !t.Is(p, "official");
        }

        return IsDeterminer(t, p - 1) && !t.Is(p, "state") && !t.Is(p, "official") && !t.Is(p, "tax") && !t.Is(p, "investment")
            && !t.Is(p, "regular") && !t.Is(p, "weekly") && !t.Is(p, "annual") && !t.Is(p, "family") && !t.Is(p, "private");
    }

    private static bool IsPersonalPronoun(TimeTokens t, int k) =>
        t.Is(k, "he") || t.Is(k, "she") || t.Is(k, "i") || t.Is(k, "we") || t.Is(k, "they") || t.Is(k, "you") || t.Is(k, "it");

    private static bool IsDeterminer(TimeTokens t, int k) =>
        t.Is(k, "the") || t.Is(k, "a") || t.Is(k, "an") || t.Is(k, "its") || t.Is(k, "his") || t.Is(k, "her") || t.Is(k, "their")
        || t.Is(k, "our") || t.Is(k, "your") || t.Is(k, "my") || t.Is(k, "this") || t.Is(k, "that") || t.Is(k, "these") || t.Is(k, "those");

    /// <summary>A participle after "to be" (to be held, to be released): a plan, a future.</summary>
    private static bool PassiveInfinitive(TimeTokens t, int k) => t.Is(k - 1, "be") && t.Is(k - 2, "to");

    /// <summary>
    /// "the union has threatened to strike on Thursday", "they have agreed to pay by Friday": an undertaking in the present
    /// perfect still stands, so what it is to do lies ahead.
    /// </summary>
    private static bool IsStandingPromise(TimeTokens t, int k) =>
        (t.Is(k - 1, "has") || t.Is(k - 1, "have")) && t.Is(k + 1, "to") && t.IsWord(k + 2) && !t.Is(k + 2, "the") && !t.Is(k + 2, "a")
        && (t.Is(k, "agreed") || t.Is(k, "promised") || t.Is(k, "pledged") || t.Is(k, "vowed") || t.Is(k, "threatened") || t.Is(k, "decided")
            || t.Is(k, "offered") || t.Is(k, "arranged") || t.Is(k, "undertaken") || t.Is(k, "volunteered"));

    /// <summary>A modal before "have" (may have, might not have, would have met): a past, not a future.</summary>
    private static bool IsModalOfPerfect(TimeTokens t, int k, ReadOnlySpan<char> w) =>
        (w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("might", StringComparison.OrdinalIgnoreCase)
            || w.Equals("should", StringComparison.OrdinalIgnoreCase) || w.Equals("must", StringComparison.OrdinalIgnoreCase)
            || w.Equals("would", StringComparison.OrdinalIgnoreCase))
        && (t.Is(k + 1, "have") || (t.Is(k + 1, "not") && t.Is(k + 2, "have")));

    private Tense Cue(TimeTokens t, int k)
    {
        if (!t.IsWord(k))
        {
            return Tense.None;
        }

        // "weaker-than-expected growth", "a long-awaited report": a word joined by a hyphen to the one before is no verb.
        if (t.IsPunct(k - 1, '-') && t.Adjacent(k - 1) && t.Adjacent(k - 2))
        {
            return Tense.None;
        }

        var w = t.Chars(k);
        if (lex.TenseWords.TryGet(t, k, out var kind))
        {
            return kind switch
            {
                TenseWord.Future when w.Equals("going", StringComparison.OrdinalIgnoreCase) => t.Is(k + 1, "to") ? Tense.Future : Tense.None,

                // "needs to win on Saturday"; "the need for", "needed" are no plan.
                TenseWord.Future when w.Equals("need", StringComparison.OrdinalIgnoreCase) || w.Equals("needs", StringComparison.OrdinalIgnoreCase)
                    => t.Is(k + 1, "to") && !t.IsCapitalised(k) ? Tense.Future : Tense.None,

                // "we look forward to seeing you on Friday"; "moved forward", "put forward" are no plan.
                TenseWord.Future when w.Equals("forward", StringComparison.OrdinalIgnoreCase)
                    => t.Is(k - 1, "look") || t.Is(k - 1, "looks") || t.Is(k - 1, "looking") ? Tense.Future : Tense.None,

                // "is due Thursday", "is due to arrive", "a payment due Friday": an appointed time; "had been due to
                // expire" a plan told in the past; "delayed due to rain" gives a cause.
                TenseWord.Future when w.Equals("due", StringComparison.OrdinalIgnoreCase) => DueTense(t, k),
                // "was scheduled", "had been expected": a plan told in the past; "has been scheduled" is one still ahead.
                // "was originally scheduled": an adverb may stand between.
                TenseWord.Future when w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && IsLyAdverb(t, k - 1) && (t.Is(k - 2, "was") || t.Is(k - 2, "were") || t.Is(k - 2, "had"))
                    => Tense.Past,
                TenseWord.Future when w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && (t.Is(k - 1, "was") || t.Is(k - 1, "were") || t.Is(k - 1, "been") || t.Is(k - 1, "had"))
                    => t.Is(k - 1, "been") && (t.Is(k - 2, "has") || t.Is(k - 2, "have")) ? Tense.Future : Tense.Past,

                // "accused of helping plan the bombings", "to plan an attack": the verb's base form, no plan of the clause's.
                TenseWord.Future when (w.Equals("plan", StringComparison.OrdinalIgnoreCase) || w.Equals("plans", StringComparison.OrdinalIgnoreCase))
                    && (t.Is(k - 1, "to") || t.Is(k - 1, "help") || t.Is(k - 1, "helping") || t.Is(k - 1, "helped") || t.Is(k - 1, "the") || t.Is(k - 1, "its")
                        || t.Is(k - 1, "their") || t.Is(k - 1, "a") || t.Is(k - 1, "his") || t.Is(k - 1, "her") || t.Is(k - 1, "this") || t.Is(k - 1, "that")
                        || (t.Is(k - 1, "s") && (t.IsPunct(k - 2, '\'') || t.IsPunct(k - 2, '’')))) => Tense.None,
                // "approved the recapitalization plan in December", "accepted an international peace plan for Kosovo on Thursday": a
                // singular "plan" after a noun after a determiner is the noun ("the companies plan to", "the women plan to travel" are verbs).
                TenseWord.Future when w.Equals("plan", StringComparison.OrdinalIgnoreCase) && !t.Is(k + 1, "to") && t.IsWord(k - 1) && !t.IsCapitalised(k - 1)
                    && (t.Chars(k - 1)[^1] | 0x20) != 's' && (IsDeterminer(t, k - 2) || (IsDeterminer(t, k - 3) && t.IsWord(k - 2) && !t.IsCapitalised(k - 2))) => Tense.None,
                // "May" capitalised is the month; "may have", "should have", "would have met": a past.
                TenseWord.Future when w.Equals("may", StringComparison.OrdinalIgnoreCase) && t.IsCapitalised(k) => Tense.None,
                TenseWord.Future when IsModalOfPerfect(t, k, w) => Tense.Past,
                TenseWord.Future => Tense.Future,
                TenseWord.Past => Tense.Past,
                // "they appear to have fled": appear before "to" is seem, no appointment.
                TenseWord.TimetableBase or TenseWord.TimetableThird when t.Is(k + 1, "to") && w.StartsWith("appear", StringComparison.OrdinalIgnoreCase) => Tense.None,
                // "collided head-on": a hyphen joins the word into an adverb, no verb.
                TenseWord.TimetableBase or TenseWord.TimetableThird when t.IsPunct(k + 1, '-') && t.Adjacent(k) => Tense.None,
                TenseWord.TimetableBase => AfterPluralSubject(t, k) ? Tense.Future : Tense.None,
                TenseWord.TimetableThird => AfterSingularSubject(t, k) ? Tense.Future : Tense.None,

                // "is to", "are to": an arrangement; "is expected", "are scheduled": a plan.
                TenseWord.Present => (w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase))
                    && (t.Is(k + 1, "to") || IsPlanParticipleAfterCopula(t, k + 1)) ? Tense.Future : Tense.Present,

                // won't
                TenseWord.IrregularPast when w.Equals("won", StringComparison.OrdinalIgnoreCase) && t.IsPunct(k + 1, '\'') => Tense.Future,

                // set to resume; "had been set to expire Wednesday", "was set to open": a plan told in the past.
                TenseWord.IrregularPast when w.Equals("set", StringComparison.OrdinalIgnoreCase) && t.Is(k + 1, "to")
                    => t.Is(k - 1, "was") || t.Is(k - 1, "were") || (t.Is(k - 1, "been") && t.Is(k - 2, "had")) ? Tense.Past : Tense.Future,
                // "would cut 500 jobs by March", "did not put": after a modal or "did", an irregular past form is the base form.
                TenseWord.IrregularPast when IsBaseFormContext(t, k - 1) => Tense.None,

                // "another cut", "the sweetened bid", "a sharp cut": a noun after its modifier, no past verb ("the company cut" stays one).
                TenseWord.IrregularPast when IsNounModifier(t, k - 1) => Tense.None,
                TenseWord.IrregularPast => PassiveInfinitive(t, k) ? Tense.Future : IsParticipleContext(t, k - 1) ? Tense.None : Tense.Past,
                _ => Tense.None,
            };
        }

        if (w.Length >= 4 && (w[^1] | 0x20) == 'd' && (w[^2] | 0x20) == 'e' && !t.IsCapitalised(k))
        {
            // "will sell notes tomorrow, followed by bonds on Wednesday": "followed by" lists what comes next, no past tense ("The
            // agreement, approved by Congress on Saturday, would" is one); "will discuss the crisis in closed session on Monday": nor is
            // a participle after a preposition, an adjective.
            if ((t.IsPunct(k - 1, ',') && t.Is(k + 1, "by") && t.Is(k, "followed")) || t.Is(k - 1, "in") || t.Is(k - 1, "on") || t.Is(k - 1, "at") || t.Is(k - 1, "with")
                || t.Is(k - 1, "of") || t.Is(k - 1, "for") || t.Is(k - 1, "from") || t.Is(k - 1, "into"))
            {
                return Tense.None;
            }

            // A participle after be, to or a modal (is expected, will be completed) is not a past tense; after "to
            // be" it is a plan ("the report, to be released on Friday"). An adverb may stand between ("will be
            // officially released Monday").
            var adverb = (IsLyAdverb(t, k - 1) || IsVerbGroupAdverb(t, k - 1)) && (t.Is(k - 2, "be") || t.Is(k - 2, "been") || t.Is(k - 2, "being") || t.Is(k - 2, "is") || t.Is(k - 2, "are"));
            // "agreed to be acquired on March 3": the passive infinitive of a past verb is that verb's, which the scan reaches next.
            var passive = PassiveInfinitive(t, adverb ? k - 1 : k);
            if (passive && !adverb && t.IsWord(k - 3) && !t.IsCapitalised(k - 3) && t.Chars(k - 3).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                return Tense.None;
            }

            return passive || IsStandingPromise(t, k) ? Tense.Future : adverb || IsParticipleContext(t, k - 1) ? Tense.None : Tense.Past;
        }

        return Tense.None;
    }
}
