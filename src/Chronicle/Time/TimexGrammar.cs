using System.Globalization;

namespace Chronicle.Time;

/// <summary>
/// The token-level grammar of temporal expressions: at a token position it finds the longest
/// expression that starts there (with its modifiers) and reads its unresolved meaning. Hand-written
/// matching over tokens: linear in the text, no backtracking.
/// </summary>
internal sealed class TimexGrammar
{
    private const int MinYear = 1000;
    private const int MaxYear = 2999;
    private const int MinBareYear = 1600;
    private const int MaxBareYear = 2100;

    private static readonly string[] SmallNumbers = Enumerable.Range(0, 10_000).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static readonly string[] DateWordsBeforeAmbiguousMonth =
        ["in", "since", "until", "till", "by", "of", "last", "next", "this", "early", "late", "mid", "from", "through", "during", "before", "after", "between", "and", "to", "on", "for"];

    private readonly TimeLexicon lex;
    private readonly bool extended;
    private readonly bool aboutInExtent;
    private readonly bool calendarPastPeriods;

    /// <summary>The words an expression can start with, as a filter the tokeniser reads (<see cref="TimeTokens.Candidates"/>).</summary>
    public WordFilter Starters { get; } = new();

    /// <summary>For every word an expression can start with, the rules that can start there; other words are skipped at once.</summary>
    private readonly WordMap<Starts> starts = new();

    /// <summary>Bit (length) of entry (first letter) is set when some word of that first letter and length starts an expression: a cheap test before the look-up.</summary>
    private readonly ushort[] shapes = new ushort[27];

    /// <summary>The words after "the" that can make it the start of an expression (the past, the 1990s, the end of).</summary>
    private readonly WordSet afterThe = new();

    /// <summary>The same words as a bit filter over word keys (the key of "the" to spot it).</summary>
    private readonly WordFilter afterTheFilter = new();
    private readonly uint theKey = WordKey.Of("the");

    /// <summary>
    /// The words after "a" or "an" that can make it the start of an expression (a year, a few, a couple of, a dozen, a
    /// half, a quarter, a while, a later date), as a bit filter over word keys.
    /// </summary>
    private readonly WordFilter afterAFilter = new();
    private readonly uint aKey = WordKey.Of("a");
    private readonly uint anKey = WordKey.Of("an");

    /// <summary>
    /// The words that may follow a word that starts nothing but a modifier (at least, up to, about, over, early): the second words of
    /// the modifier phrases, the words an expression starts with and the parts of the day, as a bit filter over word keys; "at his
    /// home", "over the years" pass or fail on one bit.
    /// </summary>
    private readonly WordFilter afterModifierFilter = new();

    public TimexGrammar(TimeLexicon lexicon, bool includeVagueReferences, bool aboutInExtent = true, bool calendarPastPeriods = false)
    {
        lex = lexicon;
        extended = includeVagueReferences;
        this.aboutInExtent = aboutInExtent;
        this.calendarPastPeriods = calendarPastPeriods;
        void Mark(IEnumerable<string> words, Starts rule)
        {
            foreach (var w in words)
            {
                starts[w] = (starts.TryGet(w, out var had) ? had : Starts.None) | rule;
            }
        }

        Mark(lex.References.FirstWords, Starts.Reference);
        Mark(lex.Deictic.FirstWords, Starts.Deictic);
        Mark(lex.Anaphoric.FirstWords, Starts.Anaphoric);
        Mark(lex.Holidays.FirstWords, Starts.Holiday);
        Mark(lex.SetAdverbs.Keys, Starts.SetAdverb);
        Mark(lex.Modifiers.FirstWords, Starts.Modifier);
        Mark(lex.Months.Keys, Starts.Month);
        Mark(lex.Weekdays.Keys.Concat(lex.PluralWeekdays.Keys), Starts.Weekday);
        Mark(["this", "last", "next", "coming", "past", "previous", "every", "each", "recent"], Starts.Determiner);
        Mark(["the"], Starts.The);
        Mark(lex.Numbers.Keys.Concat(["a", "an", "half"]), Starts.Amount);
        Mark(lex.Ordinals.Keys.Concat(["q", "h"]), Starts.Ordinal);
        Mark(["fiscal", "fy"], Starts.Fiscal);
        Mark(lex.Seasons.Keys, Starts.Season);
        Mark(lex.Units.Keys, Starts.Unit);
        Mark(["noon", "midday", "midnight", "midmorning", "midafternoon", "midevening"], Starts.Clock);
        Mark(["year", "month", "week"], Starts.PeriodWord);

        foreach (var w in starts.Keys)
        {
            shapes[ShapeRow(w[0])] |= (ushort)(1 << Math.Min(w.Length, 15));
        }

        foreach (var w in starts.Keys)
        {
            Starters.Add(w);
        }

        afterThe.UnionWith(starts.Keys);
        afterThe.UnionWith(["latest", "most", "current", "final", "fiscal", "financial", "weekend", "preceding", "following", "corresponding", "comparable", "period", "time"]);
        afterThe.UnionWith(lex.DecadeWords.Keys);
        afterThe.UnionWith(lex.PartsOfDay.Keys);
        foreach (var trie in new IEnumerable<string>[]
        {
            lex.References.WordsAfter("the"), lex.Deictic.WordsAfter("the"), lex.Anaphoric.WordsAfter("the"), lex.Modifiers.WordsAfter("the"),
        })
        {
            afterThe.UnionWith(trie);
        }

        foreach (var w in afterThe.Words)
        {
            afterTheFilter.Add(w);
        }

        var afterA = lex.Units.Keys.Concat(lex.Numbers.Keys).Concat(["few", "number", "couple", "dozen", "hundred", "thousand", "half", "quarter", "while"]);
        foreach (var trie in new IEnumerable<string>[]
        {
            lex.References.WordsAfter("a"), lex.Deictic.WordsAfter("a"), lex.Anaphoric.WordsAfter("a"), lex.Modifiers.WordsAfter("a"), lex.Holidays.WordsAfter("a"),
            lex.References.WordsAfter("an"), lex.Deictic.WordsAfter("an"), lex.Anaphoric.WordsAfter("an"), lex.Modifiers.WordsAfter("an"), lex.Holidays.WordsAfter("an"),
        })
        {
            afterA = afterA.Concat(trie);
        }

        foreach (var w in afterA)
        {
            afterAFilter.Add(w);
        }

        foreach (var first in lex.Modifiers.FirstWords)
        {
            foreach (var w in lex.Modifiers.WordsAfter(first))
            {
                afterModifierFilter.Add(w);
            }
        }

        foreach (var w in starts.Keys.Concat(lex.PartsOfDay.Keys))
        {
            afterModifierFilter.Add(w);
        }
    }

    private static int ShapeRow(char first) => (uint)((first | 0x20) - 'a') <= 'z' - 'a' ? (first | 0x20) - 'a' : 26;

    /// <summary>Whether a word may start an expression, and which rules it may start.</summary>
    private bool TryStarts(TimeTokens t, int i, out Starts flags)
    {
        flags = Starts.None;
        var token = t[i];
        return (shapes[ShapeRow(t.Text[token.Start])] & (1 << Math.Min(token.Length, 15))) != 0 && starts.TryGet(t, i, out flags);
    }

    /// <summary>The rule families a word can start.</summary>
    [Flags]
    private enum Starts
    {
        None = 0,
        Reference = 1,
        Modifier = 2,
        Month = 4,
        Weekday = 8,
        Determiner = 16,
        The = 32,
        Amount = 64,
        Ordinal = 128,
        Fiscal = 256,
        Season = 512,
        Unit = 1024,
        Clock = 2048,
        PeriodWord = 4096,
        Deictic = 8192,
        Anaphoric = 16384,
        Holiday = 32768,
        SetAdverb = 65536,

        /// <summary>A fixed phrase (each family has its own bit, so that a word is looked up only in the lists that hold it).</summary>
        Phrase = Reference | Deictic | Anaphoric | Holiday | SetAdverb,
    }

    /// <summary>
    /// "the movie 'Independence Day'", "NBC's \"Today\" show", Prince's "1999": a capitalised expression (or a lone number) that
    /// fills a pair of quotes is a title; so is one inside a quoted title ("Born on the Fourth of July", "Any Given Sunday").
    /// </summary>
    private static bool IsQuotedTitle(TimeTokens t, int start, int end) =>
        ((t.IsCapitalised(start) || (end == start + 1 && t.IsNumber(start))) && t.Adjacent(start - 1) && IsQuote(t, start - 1) && t.Adjacent(end - 1) && IsQuote(t, end))
        || InQuotedTitle(t, start, end);

    /// <summary>
    /// Whether the expression lies inside quotes whose every word is capitalised or a short function word, with more of the
    /// title on either side: a quoted title, where speech would have a verb or a pronoun in lower case.
    /// </summary>
    private static bool InQuotedTitle(TimeTokens t, int start, int end)
    {
        const int Reach = 8;

        // Most expressions hold a word in lower case that no title has ("last week", "two years"): that settles them first.
        var capitals = 0;
        for (var k = start; k < end; k++)
        {
            if (t.IsWord(k) && !IsTitleToken(t, k, ref capitals))
            {
                return false;
            }
        }

        // Then most have no opening quote within reach: a look at the punctuation alone settles them.
        var open = start - 1;
        while (open >= 0 && start - open <= Reach && !(t[open].Type == TokenType.Punct && IsOpeningQuote(t, open)))
        {
            open--;
        }

        if (open < 0 || start - open > Reach || !t.IsCapitalised(open + 1))
        {
            return false;
        }

        for (var k = open + 1; k < start; k++)
        {
            if (!IsTitleToken(t, k, ref capitals))
            {
                return false;
            }
        }

        var close = end;
        while (close < t.Count && close - end < Reach && !IsQuote(t, close))
        {
            // "Any Given Sunday," he said: a comma or full stop just inside the closing quote.
            var stopInside = (t.IsPunct(close, ',') || t.IsPunct(close, '.')) && t.Adjacent(close) && IsQuote(t, close + 1);
            if (!stopInside && !IsTitleToken(t, close, ref capitals))
            {
                return false;
            }

            close++;
        }

        return close < t.Count && IsQuote(t, close) && (open < start - 1 || close > end) && capitals > 0;
    }

    private static bool IsOpeningQuote(TimeTokens t, int k) => t.IsPunct(k, '"') || t.IsPunct(k, '“') || t.IsPunct(k, '`') || t.IsPunct(k, '‘');

    /// <summary>The short function words a title leaves in lower case.</summary>
    private static readonly WordSet TitleFunctionWords = WordSet.Of(["of", "the", "a", "an", "on", "in", "and", "to", "for", "at", "by", "from", "with"]);

    /// <summary>A token a title is made of: a capitalised word (counted), a short function word, a number.</summary>
    private static bool IsTitleToken(TimeTokens t, int k, ref int capitals)
    {
        if (t.IsWord(k) && t.IsCapitalised(k))
        {
            capitals++;
            return true;
        }

        return t.IsNumber(k) || (t.IsWord(k) && t[k].Length <= 4 && TitleFunctionWords.Contains(t, k));
    }

    private static bool IsQuote(TimeTokens t, int k) =>
        t.IsPunct(k, '"') || t.IsPunct(k, '`') || t.IsPunct(k, '\'') || t.IsPunct(k, '“') || t.IsPunct(k, '”') || t.IsPunct(k, '‘') || t.IsPunct(k, '’');

    /// <summary>All expressions of the text, left to right, not overlapping.</summary>
    public List<Mention> MatchAll(TimeTokens t)
    {
        var found = new List<Mention>();
        if (t.HasCandidates)
        {
            // Only where an expression can start; the others would each be rejected by MatchAt.
            var next = 0;
            foreach (var c in t.Candidates)
            {
                // "the" before a word that cannot follow it in an expression (most of its uses): a bit test,
                // not MatchAt's two look-ups.
                if (c < next || (t[c].Key == theKey && t.IsWord(c + 1) && !afterTheFilter.MayContain(t[c + 1].Key) && t[c].Length == 3 && t.Is(c, "the")))
                {
                    continue;
                }

                // "a" and "an" before anything but a unit, an amount word or a phrase's next word (a car, a 10-year note): the
                // same bit test, where MatchAt would reach its amount rules and return nothing.
                if ((t[c].Key == aKey || t[c].Key == anKey) && !(t.IsWord(c + 1) ? afterAFilter.MayContain(t[c + 1].Key) : t.IsPunct(c + 1, '-'))
                    && (t.Is(c, "a") || t.Is(c, "an")))
                {
                    continue;
                }

                // A sum or a share ("$5", "15%", "$1.5 billion"): no expression starts at its number.
                if (t[c].Type == TokenType.Number && (t.IsPunct(c - 1, '$') || (t.IsPunct(c + 1, '%') && t.Adjacent(c))))
                {
                    continue;
                }

                var m = MatchAt(t, c);
                if (m is not null && m.End > c && !IsQuotedTitle(t, m.Start, m.End))
                {
                    found.Add(WithFrequency(t, m, next));
                    next = m.End + m.Meaning.TakenAfterEnd;
                }
            }

            return found;
        }

        var i = 0;
        var taken = 0;
        while (i < t.Count)
        {
            var m = MatchAt(t, i);
            if (m is not null && m.End > i && !IsQuotedTitle(t, m.Start, m.End))
            {
                found.Add(WithFrequency(t, m, taken));
                taken = m.End + m.Meaning.TakenAfterEnd;
                i = m.End + m.Meaning.TakenAfterEnd;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>
    /// "twice a week", "three times a year", "once a month": the count belongs to the set's extent (TimeML's own example), when no
    /// expression before has taken it.
    /// </summary>
    private Mention WithFrequency(TimeTokens t, Mention m, int earliest)
    {
        if (m.Meaning.Kind != MeaningKind.Set || !(t.Is(m.Start, "a") || t.Is(m.Start, "an")))
        {
            return m;
        }

        var start = t.Is(m.Start - 1, "twice") || t.Is(m.Start - 1, "once") || t.Is(m.Start - 1, "thrice") ? m.Start - 1
            : t.Is(m.Start - 1, "times") && (t.IsNumber(m.Start - 2) || t.Is(m.Start - 2, "several") || (t.IsWord(m.Start - 2) && lex.Numbers.TryGet(t, m.Start - 2, out _))) ? m.Start - 2
            : m.Start;
        if (t.Is(start, "few") && t.Is(start - 1, "a"))
        {
            start--;
        }

        return start < m.Start && start >= earliest ? m with { Start = start } : m;
    }

    private Mention? MatchAt(TimeTokens t, int i)
    {
        var flags = Starts.None;
        if (t[i].Type == TokenType.Punct ? !t.IsPunct(i, '\'') && !t.IsPunct(i, '’') : t[i].Type == TokenType.Word && !TryStarts(t, i, out flags))
        {
            return null;
        }

        // "the" starts something only before one of a few words (or a number): most of its many uses end here.
        if ((flags & Starts.The) != 0 && !t.IsNumber(i + 1) && !t.IsPunct(i + 1, '\'') && !(t.IsWord(i + 1) && afterThe.Contains(t, i + 1)))
        {
            return null;
        }

        // "at his home", "over budget", "about it": a word that starts only a modifier, before a word nothing can start with.
        if (flags == Starts.Modifier && t.IsWord(i + 1) && !afterModifierFilter.MayContain(t[i + 1].Key))
        {
            return null;
        }

        var best = MatchCore(t, i, flags);
        // "the warm-up to a day of sport", "the run-up to Christmas": "up" hyphened to the word before is a noun's end, not "up to".
        if ((flags & Starts.Modifier) != 0 && !(t.Is(i, "up") && HyphenedToPrevious(t, i)) && lex.Modifiers.TryMatch(t, i, out var mod, out var j) && mod is not null)
        {
            // mid-November, late-November, early-1990s, post-1959: the hyphen joins the modifier to its date.
            var prefix = t.Is(j - 1, "post") || t.Is(j - 1, "pre");
            if (t.IsPunct(j, '-') && (t.Is(j - 1, "mid") || ((t.Is(j - 1, "early") || t.Is(j - 1, "late") || prefix) && t.Adjacent(j - 1))))
            {
                j++;
            }
            else if (prefix)
            {
                // "post" and "pre" modify a date only as a prefix (the Post 1990 archive is a name).
                mod = null;
            }

            // An amount modifier other than about or around (over, under, more than) goes only with an amount: most "over"s and
            // "under"s stand before something else, and need no look-up.
            var amountOnly = mod is { AppliesToDates: false } && mod.Mod != "APPROX"
                && !(t.IsNumber(j) || t.Is(j, "a") || t.Is(j, "an") || (t.IsWord(j) && lex.Numbers.TryGet(t, j, out _)));
            var core = mod is null || amountOnly ? null : MatchCore(t, j) ?? TheUnit(t, j);
            if (mod is not null && core is null && ModifiedPartOfDay(t, i, j, mod) is { } part && (best is null || part.End > best.End))
            {
                best = part;
            }
            else if (mod is not null && core is not null && ModifierApplies(t, mod, core, j) && (best is null || core.End > best.End))
            {
                core.Meaning.Mod = mod.Mod;

                // TimeBank mostly leaves "about" outside the extent and keeps its APPROX ("about [two weeks]").
                best = new Mention(aboutInExtent || !t.Is(i, "about") ? i : j, core.End, core.Meaning);
            }
        }

        if (best is not null && best.Meaning.Mod is null && best.Meaning.Kind is MeaningKind.Absolute or MeaningKind.Duration or MeaningKind.Named
            && lex.PostModifiers.TryMatch(t, best.End, out var post, out var postEnd) && post is not null)
        {
            best.Meaning.Mod = post.Mod;
            best = best with { End = postEnd };
        }

        return best;
    }

    /// <summary>
    /// "mid afternoon", "early morning", "late evening": the part of the day the text is about (the nearest
    /// day named before it, else the creation day), with the modifier's START, MID or END.
    /// </summary>
    private Mention? ModifiedPartOfDay(TimeTokens t, int i, int j, ModifierEntry mod)
    {
        // "late-night talks", "early-morning raids": hyphenated, an adjective of kind, not a time.
        var adjective = t.IsPunct(j - 1, '-') && !t.Is(i, "mid");
        if (!(t.Is(i, "mid") || t.Is(i, "early") || t.Is(i, "late")) || adjective || !t.IsWord(j) || t.IsPunct(j + 1, '-') || !lex.PartsOfDay.TryGet(t, j, out var part))
        {
            return null;
        }

        var m = new Meaning { Kind = MeaningKind.TimeOfDay, PartOfDay = part, Type = TimexType.Time, Mod = mod.Mod };
        return new Mention(i, j + 1, m);
    }

    private bool ModifierApplies(TimeTokens t, ModifierEntry mod, Mention core, int coreStart)
    {
        var m = core.Meaning;
        if (m.Mod is not null || m.Kind is MeaningKind.Reference or MeaningKind.Set)
        {
            return false;
        }

        if (mod.AppliesToDates)
        {
            // TimeBank leaves "earlier", "later", "early" and "late" outside a weekday's extent (Earlier Friday),
            // and "earlier" and "later" outside today's.
            var isWeekday = m.Kind == MeaningKind.Named && m.Value.Weekday > 0;
            var isDay = m.Kind == MeaningKind.Deictic && m.Unit == "D";
            var relative = t.Is(coreStart - 1, "earlier") || t.Is(coreStart - 1, "later");
            return m.IsPeriod && m.Type != TimexType.Duration && !isWeekday && !(isDay && relative);
        }

        // About and around also go with a date (around Nov. 1); the other amount modifiers only with an
        // expression that starts with its amount (more than two years).
        if (mod.Mod == "APPROX" && m.Kind is MeaningKind.Absolute or MeaningKind.Named && m.Value.Weekday == 0)
        {
            return true;
        }

        return (t.IsNumber(coreStart) || lex.Numbers.TryGet(t, coreStart, out _) || t.Is(coreStart, "a") || t.Is(coreStart, "an"))
            && m.IsQuantity && (!t.Is(coreStart - 1, "over") || OverMeansMore(t, coreStart - 1, core.End));
    }

    /// <summary>
    /// "a tour likely to last over a week", "for over two years", "over an hour later": "over" is "more than"; "used over three
    /// years", "fell 5% over two years": it spreads the event across the span and stays outside the extent.
    /// </summary>
    private static bool OverMeansMore(TimeTokens t, int over, int end) =>
        t.Is(end, "later") || t.Is(end, "ago") || t.Is(end, "earlier") || SentenceBreakAt(t, over - 1) || t.IsPunct(over - 1, ',')
        || t.Is(over - 1, "last") || t.Is(over - 1, "lasts") || t.Is(over - 1, "lasted") || t.Is(over - 1, "lasting") || t.Is(over - 1, "for")
        || t.Is(over - 1, "took") || t.Is(over - 1, "take") || t.Is(over - 1, "takes") || t.Is(over - 1, "taking") || t.Is(over - 1, "after")
        || t.Is(over - 1, "spent") || t.Is(over - 1, "waited") || t.Is(over - 1, "within") || InBeforeOver(t, over - 1) || t.Is(over - 1, "of")
        || t.Is(over - 1, "is") || t.Is(over - 1, "was") || t.Is(over - 1, "been");

    private static bool IsMoneyMarketNoun(TimeTokens t, int k) =>
        t.Is(k, "loans") || t.Is(k, "loan") || t.Is(k, "borrowing") || t.Is(k, "borrowings") || t.Is(k, "lending") || t.Is(k, "funds") || t.Is(k, "money")
        || t.Is(k, "deposits") || t.Is(k, "repurchase") || t.Is(k, "repurchases") || t.Is(k, "rate") || t.Is(k, "rates") || t.Is(k, "interest");

    private static bool IsRoundTheClockNoun(TimeTokens t, int k) =>
        t.Is(k, "news") || t.Is(k, "service") || t.Is(k, "services") || t.Is(k, "channel") || t.Is(k, "network") || t.Is(k, "cable")
        || t.Is(k, "hotline") || t.Is(k, "hot") || t.Is(k, "helpline") || t.Is(k, "coverage") || t.Is(k, "access") || t.Is(k, "store")
        || t.Is(k, "stores") || t.Is(k, "shop") || t.Is(k, "shopping") || t.Is(k, "pharmacy") || t.Is(k, "restaurant") || t.Is(k, "diner")
        || t.Is(k, "trading") || t.Is(k, "electronic") || t.Is(k, "banking") || t.Is(k, "clinic") || t.Is(k, "candle") || t.Is(k, "security");

    /// <summary>"the first time in over a year", not "phased in over three years", where "in" is the verb's particle.</summary>
    private static bool InBeforeOver(TimeTokens t, int k) =>
        t.Is(k, "in") && !(t.IsWord(k - 1) && (t.Chars(k - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || t.Is(k - 1, "phase")));

    private Mention? MatchCore(TimeTokens t, int i) =>
        i < t.Count && t[i].Type == TokenType.Word ? (TryStarts(t, i, out var flags) ? MatchCore(t, i, flags) : null) : MatchCore(t, i, Starts.None);

    /// <summary>The longest expression at token i without modifiers; flags: the rules a word there can start (looked up once by MatchAt).</summary>
    private Mention? MatchCore(TimeTokens t, int i, Starts flags)
    {
        if (i >= t.Count)
        {
            return null;
        }

        Mention? best = null;
        if (t[i].Type == TokenType.Number)
        {
            Consider(ref best, NumericDate(t, i));
            Consider(ref best, ClockTime(t, i));
            Consider(ref best, DayFirst(t, i));
            Consider(ref best, Year(t, i));
            Consider(ref best, Quantity(t, i));
            Consider(ref best, Century(t, i));
            Consider(ref best, NextYearOfPair(t, i));
            if (t[i].Length == 2 && t.Adjacent(i))
            {
                Consider(ref best, PairedShortDecade(t, i));
            }
            Consider(ref best, DayOfRange(t, i));
        }
        else if (t[i].Type == TokenType.Word)
        {
            if ((flags & Starts.Phrase) != 0)
            {
                Consider(ref best, Phrases(t, i, flags));
            }

            // "a ruling overturned that November": the month in the year under discussion ("reported that December sales fell": the
            // month of a figure after the conjunction).
            if ((flags & Starts.Anaphoric) != 0 && t.Is(i, "that") && t.IsWord(i + 1) && t.IsCapitalised(i + 1) && !t.IsNumber(i + 2)
                && !(t.IsWord(i + 2) && !t.IsCapitalised(i + 2) && lex.ReportedFigureWords.Contains(t, i + 2))
                && lex.Months.TryGet(t, i + 1, out var thatMonth) && !thatMonth.Abbreviation && !thatMonth.Ambiguous)
            {
                var inDiscussedYear = Meaning.Named(new CalendarValue { Unit = Granularity.Month, Month = thatMonth.Month }, null);
                inDiscussedYear.YearFromReference = 0;
                Consider(ref best, new Mention(i, i + 2, inDiscussedYear));
            }

            if ((flags & Starts.The) != 0)
            {
                Consider(ref best, The(t, i));
                Consider(ref best, SpokenYear(t, i));
            }

            if ((flags & Starts.Month) != 0 && lex.Months.TryGet(t, i, out var month))
            {
                Consider(ref best, MonthFirst(t, i, month));
            }

            if ((flags & Starts.Weekday) != 0 && lex.Weekdays.TryGet(t, i, out var weekday))
            {
                Consider(ref best, Weekday(t, i, weekday));
            }
            else if ((flags & Starts.Weekday) != 0 && lex.PluralWeekdays.TryGet(t, i, out var recurringDay) && t.IsCapitalised(i) && !IsTitleWord(t, i + 1)
                && !(t.IsWord(i - 1) && t.IsCapitalised(i - 1) && !SentenceBreakAt(t, i - 2)))
            {
                // "open on Tuesdays and Thursdays": a weekday that recurs (TimeML SET); "Happy Mondays" is a name.
                Consider(ref best, new Mention(i, i + 1, Meaning.Set("XXXX-WXX-" + recurringDay.ToString(CultureInfo.InvariantCulture))));
            }

            if ((flags & Starts.Determiner) != 0)
            {
                Consider(ref best, Determined(t, i));
            }

            if ((flags & Starts.Amount) != 0)
            {
                Consider(ref best, Quantity(t, i));
                Consider(ref best, SpokenYear(t, i));
                Consider(ref best, SpokenClock(t, i));
            }

            if ((flags & Starts.Unit) != 0 && t.Is(i, "quarter"))
            {
                Consider(ref best, SpokenClock(t, i));
            }

            if ((flags & Starts.Ordinal) != 0)
            {
                Consider(ref best, QuarterOrHalf(t, i, null));
                Consider(ref best, Century(t, i));
            }

            if ((flags & Starts.Fiscal) != 0)
            {
                Consider(ref best, Fiscal(t, i));
            }

            if ((flags & Starts.Season) != 0)
            {
                Consider(ref best, Season(t, i));
            }

            if ((flags & Starts.Unit) != 0)
            {
                Consider(ref best, BarePluralUnit(t, i));
            }

            // "Bob Harris's After Midnight session": capitalised inside its sentence, a title.
            if ((flags & Starts.Clock) != 0 && !IsTitleWord(t, i))
            {
                Consider(ref best, NamedClock(t, i));
            }

            if ((flags & Starts.PeriodWord) != 0)
            {
                Consider(ref best, YearAgoAdjective(t, i));
                Consider(ref best, YearEnd(t, i));
            }
        }
        else
        {
            Consider(ref best, TwoDigitYear(t, i));
        }

        return best;
    }

    private static void Consider(ref Mention? best, Mention? candidate)
    {
        if (candidate is not null && (best is null || candidate.End > best.End))
        {
            best = candidate;
        }
    }

    // ---- fixed phrases: references, deictic and anaphoric words, holidays, frequency adverbs ----

    /// <summary>"days", "hours", "years" at k: "Days later, he resigned" tells a time after the story's last one, no future.</summary>
    private bool IsPluralUnit(TimeTokens t, int k) => t.IsWord(k) && lex.Units.TryGet(t, k, out var unit) && unit.Plural;

    private Mention? Phrases(TimeTokens t, int i, Starts flags)
    {
        Mention? best = null;
        // "the past five sessions": "the past" before an amount is no past reference.
        if ((flags & Starts.Reference) != 0 && lex.References.TryMatch(t, i, out var reference, out var end) && reference is not null && (extended || !reference.Extended)
            && !(t.Is(end - 1, "past") && (t.IsNumber(end) || lex.Numbers.TryGet(t, end, out _) || t.Is(end, "several") || t.Is(end, "few")))
            && !(t.Is(i, "later") && (t.Is(i + 1, "than") || IsPluralUnit(t, i - 1))) && !IsDiscourseNow(t, i, end) && (extended || !IsRecentlyInVerbGroup(t, i, end)) && !IsTitleWord(t, i))
        {
            best = new Mention(i, end, Meaning.Reference(reference.Value));
        }

        // "the week before last" is a week, "the week before last Christmas" a week before a date.
        // "World News Tonight": capitalised inside its sentence, a title.
        // "the overnight rate", "an overnight stay": after a determiner, "overnight" is an adjective of kind; so it is before a money
        // market's noun ("on overnight loans", "the company's overnight borrowing").
        if ((flags & Starts.Deictic) != 0 && lex.Deictic.TryMatch(t, i, out var deictic, out end) && deictic is not null
            && !(t.Is(end - 1, "last") && t.IsWord(end) && TryStarts(t, end, out _)) && !IsTitleWord(t, i)
            && !(t.Is(i, "overnight") && (((t.Is(i - 1, "the") || t.Is(i - 1, "an") || t.Is(i - 1, "its") || t.Is(i - 1, "their")) && t.IsWord(i + 1)) || IsMoneyMarketNoun(t, i + 1))))
        {
            var m = Meaning.Deictic(deictic.Offset, deictic.Unit);
            m.PartOfDay = deictic.PartOfDay;
            if (m.PartOfDay is not null)
            {
                m.Type = TimexType.Time;
            }

            end = ExtendDay(t, end, m);
            if (!IsPresentEra(t, i, end, m))
            {
                Consider(ref best, new Mention(i, end, m));
            }
            else if (extended)
            {
                // "today's world", "today's youth": the present era, a vague reference TimeBank leaves untagged.
                Consider(ref best, new Mention(i, end, Meaning.Reference("PRESENT_REF")));
            }
        }

        // "entitled The Night Before": a title, not a day.
        // "that year-end glitch": a unit hyphened on to a noun is no anaphor.
        if ((flags & Starts.Anaphoric) != 0 && lex.Anaphoric.TryMatch(t, i, out var anaphoric, out end) && anaphoric is not null && (extended || !anaphoric.Extended)
            && !(end > i + 1 && IsTitleWord(t, i + 1)) && !(t.IsPunct(end, '-') && t.Adjacent(end - 1)))
        {
            if (!CountsFromWhatFollows(t, end))
            {
                var m = Meaning.Anaphoric(anaphoric.Offset, anaphoric.Unit);

                // "the quarter ended Sept. 30": the quarter of that date (the date is its own expression).
                if (anaphoric.Unit == "RQ" && (t.Is(end, "ended") || t.Is(end, "ending")) && t.IsWord(end + 1) && lex.Months.TryGet(t, end + 1, out var endMonth)
                    && MonthFirst(t, end + 1, endMonth) is { } ended && ended.Meaning.Value.Unit == Granularity.Day)
                {
                    m = ended.Meaning;
                    m.Value = m.Value with { Weekday = 0 };
                    m.QuarterOfDate = true;
                }

                Consider(ref best, new Mention(i, end, m));
            }
            else if (anaphoric is { Unit: "D", Offset: -1 or 1 } && MatchCore(t, end) is { } following && IsDay(following.Meaning))
            {
                // "the day before last Tuesday", "the day after Christmas": the day next to the date that follows.
                following.Meaning.DayShift = anaphoric.Offset;
                Consider(ref best, new Mention(i, following.End, following.Meaning));
            }
        }

        if ((flags & Starts.Anaphoric) != 0 && t.Is(i, "that") && ThatSeason(t, i) is { } thatSeason)
        {
            Consider(ref best, thatSeason);
        }

        // "Christmas Island", "the Yom Kippur War", "Black Friday Records", "the Good Friday agreement", "the Thanksgiving Coffee Co.",
        // "the Easter Seals society": a holiday's name in a place's or a thing's; "Taha Yassin Ramadan": a feast's name after a
        // capitalised word, a surname.
        if ((flags & Starts.Holiday) != 0 && t.IsCapitalised(i) && lex.Holidays.TryMatch(t, i, out var holiday, out end) && holiday is not null
            && !(t.IsCapitalised(end) && (IsPlaceNoun(t, end) || t.Is(end, "offensive") || IsNameAfterHoliday(t, end)))
            && !(t.Is(end, "agreement") || t.Is(end, "accord") || t.Is(end, "accords") || t.Is(end, "peace"))
            && !(holiday.OtherCalendar && end == i + 1 && t.IsWord(i - 1) && t.IsCapitalised(i - 1) && !SentenceBreakAt(t, i - 2)))
        {
            var m = Meaning.Named(new CalendarValue { Unit = holiday.Kind == "vague" ? Granularity.Unknown : Granularity.Day }, null);
            m.Holiday = holiday;

            // Easter week, Thanksgiving week: the week that holds the day.
            if (holiday.Kind != "vague" && t.Is(end, "week"))
            {
                m.WeekOfDate = true;
                end++;
            }
            else if (holiday.Kind != "vague" && (t.Is(end, "weekend") || (t.Is(end, "holiday") && t.Is(end + 1, "weekend"))))
            {
                // the Easter weekend, the Memorial Day holiday weekend
                m.WeekendOfDate = true;
                end += t.Is(end, "weekend") ? 1 : 2;
            }

            Consider(ref best, new Mention(i, end, m));
        }

        // "the Daily Mail", "Business Daily", "China Daily": a paper's or a programme's name, not a set of times.
        if ((flags & Starts.SetAdverb) != 0 && lex.SetAdverbs.TryGet(t, i, out var set) && !IsTitleWord(t, i))
        {
            Consider(ref best, new Mention(i, i + 1, Meaning.Set(set)));
        }

        return best;
    }

    /// <summary>"In March 1997 the firm cut jobs. That summer it closed a plant": the season of the year under discussion.</summary>
    private Mention? ThatSeason(TimeTokens t, int i)
    {
        var seasonAt = t.Is(i + 1, "same") ? i + 2 : i + 1;
        if (!t.IsWord(seasonAt) || !lex.Seasons.TryGet(t, seasonAt, out var season))
        {
            return null;
        }

        var m = Meaning.Anaphoric(0, "Y");
        m.SeasonOfReference = season;
        return new Mention(i, seasonAt + 1, m);
    }

    /// <summary>"today's" before a noun of the present era (today's world, today's computers), not of a day's event (today's vote).</summary>
    private bool IsPresentEra(TimeTokens t, int i, int end, Meaning m) =>
        end == i + 1 && m is { Offset: 0, Unit: "D", PartOfDay: null } && (t.IsPunct(end, '\'') || t.IsPunct(end, '’')) && t.Adjacent(end - 1)
        && t.Is(end + 1, "s") && t.IsWord(end + 2) && lex.PresentEraNouns.Contains(t, end + 2);

    /// <summary>A meaning that names one day (Friday, last Tuesday, March 6, yesterday, Christmas), without a clock time.</summary>
    private static bool IsDay(Meaning m) => m.Mod is null && m.Hour < 0 && m.PartOfDay is null && m.Kind switch
    {
        MeaningKind.Absolute => m.Value.Unit == Granularity.Day,
        MeaningKind.Named => m.Value.Unit == Granularity.Day,
        MeaningKind.Deictic => m.Unit == "D",
        _ => false,
    };

    /// <summary>
    /// "the day before authorities issued a warrant", "the day after his death": before and after are
    /// prepositions here, and the day counts from the event or date that follows, not from the text's
    /// last date (TimeBank leaves such phrases untagged). "had warned the day before that it would run out of cash": the
    /// conjunction opens what was said, and the day counts from the text's last date.
    /// </summary>
    private static bool CountsFromWhatFollows(TimeTokens t, int end) =>
        (t.Is(end - 1, "before") || t.Is(end - 1, "after")) && t.IsWord(end) && !t.LineBreakAfter(end - 1)
        && !t.Is(end, "and") && !t.Is(end, "or") && !t.Is(end, "but") && !t.Is(end, "that");

    /// <summary>A preposition that makes "the next year" a span on from now: over, in, within, during, for, through(out), into, of (the course of).</summary>
    private static bool IsSpanPreposition(TimeTokens t, int k) =>
        t.Is(k, "over") || t.Is(k, "in") || t.Is(k, "within") || t.Is(k, "during") || t.Is(k, "for") || t.Is(k, "through")
        || t.Is(k, "throughout") || t.Is(k, "into") || t.Is(k, "of") || t.Is(k, "across") || t.Is(k, "from");

    /// <summary>After a day (today, Friday): a part of day (morning), and an apposed weekday or date ("tomorrow, Thursday").</summary>
    private int ExtendDay(TimeTokens t, int end, Meaning m)
    {
        if (m.PartOfDay is null && t.IsWord(end) && lex.PartsOfDay.TryGet(t, end, out var part))
        {
            m.PartOfDay = part;
            m.Type = TimexType.Time;
            end++;
        }

        if (m.Kind == MeaningKind.Deictic && m.Unit == "D")
        {
            var k = end;
            var paren = false;
            if (t.IsPunct(k, ',') || t.IsPunct(k, '('))
            {
                paren = t.IsPunct(k, '(');
                k++;
            }

            if (t.IsWord(k) && t.IsCapitalised(k) && lex.Weekdays.TryGet(t, k, out var wd) && !wd.Abbreviation)
            {
                // Kept: "tomorrow, Thursday" tells the weekday of the creation time.
                m.Value = m.Value with { Weekday = wd.Day };
                k++;
                if (paren && t.IsPunct(k, ')'))
                {
                    k++;
                }

                end = k;
            }
        }

        return end;
    }

    // ---- numeric dates ----

    private Mention? NumericDate(TimeTokens t, int i)
    {
        // 2018-12-30
        if (t[i].Length == 4 && t.Adjacent(i) && t.IsPunct(i + 1, '-') && t.Adjacent(i + 1) && t.IsNumber(i + 2) && t[i + 2].Length <= 2
            && t.Adjacent(i + 2) && t.IsPunct(i + 3, '-') && t.Adjacent(i + 3) && t.IsNumber(i + 4) && t[i + 4].Length <= 2
            && Calendar.TryDate(t[i].Number, t[i + 2].Number, t[i + 4].Number, out var iso))
        {
            var isoDay = Meaning.Absolute(CalendarValue.OfDay(iso));
            if (IsoClockAfter(t, i + 4, out var hour, out var minute, out var clockEnd))
            {
                isoDay.Hour = hour;
                isoDay.Minute = minute;
                isoDay.Type = TimexType.Time;
                return new Mention(i, clockEnd, isoDay);
            }

            return new Mention(i, i + 5, isoDay);
        }

        // 12/30/2018 or 12/30/18; 30/12/2018 when the first number cannot be a month (British and most non-US news)
        if (t[i].Length <= 2 && t.Adjacent(i) && t.IsPunct(i + 1, '/') && t.Adjacent(i + 1) && t.IsNumber(i + 2) && t[i + 2].Length <= 2
            && t.Adjacent(i + 2) && t.IsPunct(i + 3, '/') && t.Adjacent(i + 3) && t.IsNumber(i + 4) && t[i + 4].Length is 2 or 4
            && !(t.Adjacent(i + 4) && t.IsPunct(i + 5, '/')))
        {
            var year = t[i + 4].Length == 2 ? ExpandTwoDigitYear(t[i + 4].Number) : t[i + 4].Number;
            if (Calendar.TryDate(year, t[i].Number, t[i + 2].Number, out var slashed)
                || (t[i].Number > 12 && Calendar.TryDate(year, t[i + 2].Number, t[i].Number, out slashed)))
            {
                return new Mention(i, i + 5, Meaning.Absolute(CalendarValue.OfDay(slashed)));
            }
        }

        // 14.04.1889, 23.1.1818: day, month and a four-digit year between points, as European writers date.
        if (t[i].Length <= 2 && IsPointed(t, i) && t[i + 2].Length <= 2 && IsPointed(t, i + 2) && t[i + 4].Length == 4
            && !(t.Adjacent(i + 4) && t.IsPunct(i + 5, '.') && t.Adjacent(i + 5) && t.IsNumber(i + 6)) && !(t.IsPunct(i - 1, '.') && t.Adjacent(i - 1))
            && Calendar.TryDate(t[i + 4].Number, t[i + 2].Number, t[i].Number, out var pointed))
        {
            return new Mention(i, i + 5, Meaning.Absolute(CalendarValue.OfDay(pointed)));
        }

        return null;
    }

    /// <summary>
    /// The clock of an ISO 8601 timestamp after its date's day (token day): "T22:15", "T22:15:00Z", "T22:15:00.123+01:00", or
    /// "22:15" after a space on the same line, as pages and feeds stamp their articles. Seconds, fractions and the offset
    /// belong to the extent; the value keeps hours and minutes.
    /// </summary>
    private static bool IsoClockAfter(TimeTokens t, int day, out int hour, out int minute, out int end)
    {
        hour = minute = end = 0;
        var h = day + 1;
        if (t.Adjacent(day) && t.IsWord(h) && t[h].Length == 1 && (t.Text[t[h].Start] is 'T' or 't') && t.Adjacent(h))
        {
            h++;
        }
        else if (h >= t.Count || t.Adjacent(day) || t[h].Start - t[day].End != 1 || t.Text[t[day].End] != ' ')
        {
            return false;
        }

        if (!(t.IsNumber(h) && t[h].Length == 2 && t[h].Number <= 23 && t.Adjacent(h) && t.IsPunct(h + 1, ':') && t.Adjacent(h + 1)
            && t.IsNumber(h + 2) && t[h + 2].Length == 2 && t[h + 2].Number <= 59))
        {
            return false;
        }

        hour = t[h].Number;
        minute = t[h + 2].Number;
        end = h + 3;
        if (t.Adjacent(end - 1) && t.IsPunct(end, ':') && t.Adjacent(end) && t.IsNumber(end + 1) && t[end + 1].Length == 2)
        {
            end += 2;
            if (t.Adjacent(end - 1) && t.IsPunct(end, '.') && t.Adjacent(end) && t.IsNumber(end + 1))
            {
                end += 2;
            }
        }

        if (t.Adjacent(end - 1) && t.IsWord(end) && t[end].Length == 1 && t.Text[t[end].Start] == 'Z')
        {
            end++;
        }
        else if (t.Adjacent(end - 1) && (t.IsPunct(end, '+') || t.IsPunct(end, '-')) && t.Adjacent(end) && t.IsNumber(end + 1) && t[end + 1].Length is 2 or 4)
        {
            end += 2;
            if (t[end - 1].Length == 2 && t.Adjacent(end - 1) && t.IsPunct(end, ':') && t.Adjacent(end) && t.IsNumber(end + 1) && t[end + 1].Length == 2)
            {
                end += 2;
            }
        }

        return true;
    }

    /// <summary>
    /// "April 24 and 25", "March 15-16", "Jan. 5 to 8, 2002": the second day of a pair takes the month (and year) of the
    /// first; "13 to 17 June", "24 and 25 April": the first takes the second's.
    /// </summary>
    private Mention? DayOfRange(TimeTokens t, int i)
    {
        if (t[i].Length > 2 || t[i].Number is < 1 or > 31)
        {
            return null;
        }

        // Numbers two tokens apart first: a cheap test that most numbers fail.
        var day = t[i].Number;
        // "from March 5 to 8 to discuss", "from November 11 to 15 at the invitation of": a preposition may follow the range's end.
        if (t.IsNumber(i - 2) && t[i - 2].Length <= 2 && t[i - 2].Number < day
            && (!t.IsWord(i + 1) || t.Is(i + 1, "to") || t.Is(i + 1, "at") || t.Is(i + 1, "in") || t.Is(i + 1, "for") || t.Is(i + 1, "with"))
            && !t.IsNumber(i + 1) && IsRangeJoin(t, i - 1))
        {
            var monthAt = t.IsPunct(i - 3, '.') ? i - 4 : i - 3;
            if (t.IsWord(monthAt) && t.IsCapitalised(monthAt) && lex.Months.TryGet(t, monthAt, out var month)
                && MonthFirst(t, monthAt, month) is { End: var firstEnd, Meaning: { Value.Unit: Granularity.Day } first } && firstEnd == i - 1)
            {
                if (TryYearAfter(t, i + 1, out var stated, out var afterStated) && Calendar.TryDate(stated, month.Month, day, out var statedDay))
                {
                    return new Mention(i, afterStated, Meaning.Absolute(CalendarValue.OfDay(statedDay)));
                }

                if (first.Value.Year is { } year)
                {
                    return Calendar.TryDate(year, month.Month, day, out var sameYear) ? new Mention(i, i + 1, Meaning.Absolute(CalendarValue.OfDay(sameYear))) : null;
                }

                if (day > DateTime.DaysInMonth(2000, month.Month))
                {
                    return null;
                }

                var secondDay = Meaning.Named(new CalendarValue { Unit = Granularity.Day, Month = month.Month, Day = day }, first.Direction);
                secondDay.YearOfDayBefore = true;
                return new Mention(i, i + 1, secondDay);
            }
        }

        if (t.IsNumber(i + 2) && t[i + 2].Length <= 2 && t[i + 2].Number > day && IsRangeJoin(t, i + 1)
            && DayFirst(t, i + 2) is { Meaning: { Value: { Unit: Granularity.Day, Month: > 0 } second } secondMeaning })
        {
            if (second.Year is { } year)
            {
                return Calendar.TryDate(year, second.Month, day, out var firstDay) ? new Mention(i, i + 1, Meaning.Absolute(CalendarValue.OfDay(firstDay))) : null;
            }

            return new Mention(i, i + 1, Meaning.Named(new CalendarValue { Unit = Granularity.Day, Month = second.Month, Day = day }, secondMeaning.Direction));
        }

        return null;
    }

    /// <summary>"and", "to", "through", "until", "&amp;" or a dash between the two days of a range.</summary>
    private static bool IsRangeJoin(TimeTokens t, int k) =>
        t.Is(k, "and") || t.Is(k, "to") || t.Is(k, "through") || t.Is(k, "until") || t.IsPunct(k, '-') || t.IsPunct(k, '–') || t.IsPunct(k, '&');

    /// <summary>Whether the number at k is followed, with nothing between, by a point and another number.</summary>
    private static bool IsPointed(TimeTokens t, int k) =>
        t.Adjacent(k) && t.IsPunct(k + 1, '.') && t.Adjacent(k + 1) && t.IsNumber(k + 2);

    private static int ExpandTwoDigitYear(int yy) => yy >= 40 ? 1900 + yy : 2000 + yy;

    /// <summary>28 November 2018, 28th of November, 28 Nov.</summary>
    private Mention? DayFirst(TimeTokens t, int i)
    {
        if (t[i].Length > 2 || t[i].Number is < 1 or > 31)
        {
            return null;
        }

        var k = i + 1;
        if (t.Adjacent(i) && IsOrdinalSuffix(t, k))
        {
            k++;
        }

        if (t.Is(k, "of"))
        {
            k++;

            // "the 11th of this month", "the 3rd of next month": that day of the month counted from now.
            if (k == i + 3 && t.Is(k + 1, "month") && ThisLastNext(t, k) is { } months)
            {
                var dayOfMonth = Meaning.Deictic(months, "M");
                dayOfMonth.DayOfMonth = t[i].Number;
                return new Mention(i, k + 2, dayOfMonth);
            }
        }

        if (!t.IsWord(k) || !lex.Months.TryGet(t, k, out var month) || !MonthWordAcceptable(t, k, month, true))
        {
            return null;
        }

        k++;
        if (month.Abbreviation && t.IsPunct(k, '.'))
        {
            k++;
        }

        var day = t[i].Number;
        if (TryYearAfter(t, k, out var year, out var afterYear) && Calendar.TryDate(year, month.Month, day, out var full))
        {
            return new Mention(i, afterYear, Meaning.Absolute(CalendarValue.OfDay(full)));
        }

        return day <= DateTime.DaysInMonth(2000, month.Month)
            ? OfRelativeYear(t, k, new Mention(i, k, Meaning.Named(new CalendarValue { Unit = Granularity.Day, Month = month.Month, Day = day }, null)))
            : null;
    }

    private static bool IsOrdinalSuffix(TimeTokens t, int k) =>
        t.Is(k, "th") || t.Is(k, "st") || t.Is(k, "nd") || t.Is(k, "rd");

    /// <summary>A year after a date: ", 2018", " 2018", " '18".</summary>
    private bool TryYearAfter(TimeTokens t, int k, out int year, out int end)
    {
        year = 0;
        end = k;
        if (t.IsPunct(k, ','))
        {
            k++;
        }

        if (t.IsNumber(k) && t[k].Length == 4 && t[k].Number is >= MinYear and <= MaxYear && !(t.Adjacent(k) && t.IsWord(k + 1)))
        {
            year = t[k].Number;
            end = k + 1;
            return true;
        }

        if (t.IsPunct(k, '\'') && t.Adjacent(k) && t.IsNumber(k + 1) && t[k + 1].Length == 2)
        {
            year = ExpandTwoDigitYear(t[k + 1].Number);
            end = k + 2;
            return true;
        }

        return TrySpokenYear(t, k, out year, out end);
    }

    /// <summary>A year in words, as broadcast transcripts write it: nineteen ninety-six, nineteen eighty, two thousand (and) one.</summary>
    private bool TrySpokenYear(TimeTokens t, int k, out int year, out int end)
    {
        year = 0;
        end = k;
        if (!t.IsWord(k) || !lex.Numbers.TryGet(t, k, out var first))
        {
            return false;
        }

        if (first is >= 10 and <= 19 or 20 && t.IsWord(k + 1) && lex.Numbers.TryGet(t, k + 1, out var tens) && tens is >= 10 and <= 90
            && (tens >= 20 ? tens % 10 == 0 : true))
        {
            var value = first * 100 + tens;
            var e = k + 2;
            var u = t.IsPunct(e, '-') ? e + 1 : e;
            if (tens >= 20 && t.IsWord(u) && lex.Numbers.TryGet(t, u, out var ones) && ones is >= 1 and <= 9)
            {
                value += ones;
                e = u + 1;
            }

            year = value;
            end = e;
            return true;
        }

        if (first == 2 && t.Is(k + 1, "thousand"))
        {
            var e = k + 2;
            var n = t.Is(e, "and") ? e + 1 : e;
            year = 2000;
            if (t.IsWord(n) && lex.Numbers.TryGet(t, n, out var rest) && rest is >= 1 and <= 19)
            {
                year += rest;
                e = n + 1;
            }
            else if (t.IsWord(n) && lex.Numbers.TryGet(t, n, out var restTens) && restTens is >= 20 and <= 90 && restTens % 10 == 0)
            {
                // two thousand twenty-eight
                year += restTens;
                e = n + 1;
                var onesAt = t.IsPunct(e, '-') ? e + 1 : e;
                if (t.IsWord(onesAt) && lex.Numbers.TryGet(t, onesAt, out var restOnes) && restOnes is >= 1 and <= 9)
                {
                    year += restOnes;
                    e = onesAt + 1;
                }
            }

            end = e;
            return true;
        }

        // "between nineteen hundred and the year two thousand"; "nineteen hundred shares" is a count.
        if (first is >= 10 and <= 19 && t.Is(k + 1, "hundred") && (!t.IsWord(k + 2) || t.Is(k + 2, "and") || t.Is(k + 2, "to") || t.Is(k + 2, "until")
            || t.Is(k + 2, "when") || t.Is(k + 2, "in") || t.Is(k + 2, "through")))
        {
            year = first * 100;
            end = k + 2;
            return true;
        }

        return false;
    }

    /// <summary>A spoken year standing alone: "nineteen ninety-six" always, "two thousand" only as "the year two thousand" or after in, by, since, until.</summary>
    private Mention? SpokenYear(TimeTokens t, int i)
    {
        var start = i;
        var k = i;
        if (t.Is(i, "the") && t.Is(i + 1, "year"))
        {
            k = i + 2;
        }

        if (!TrySpokenYear(t, k, out var year, out var end))
        {
            return null;
        }

        var thousand = t.Is(k + 1, "thousand");
        if (thousand && k == i && !(t.Is(i - 1, "in") || t.Is(i - 1, "by") || t.Is(i - 1, "since") || t.Is(i - 1, "until")))
        {
            return null;
        }

        if (t.IsWord(end) && lex.Units.TryGet(t, end, out _))
        {
            return null;
        }

        return new Mention(start, end, Meaning.Absolute(CalendarValue.OfYear(year)));
    }

    private Mention? Year(TimeTokens t, int i)
    {
        if (t[i].Length != 4 || t[i].Number is < MinYear or > MaxYear)
        {
            return null;
        }

        var year = t[i].Number;
        var prev = i - 1;
        // "1,2011" and "2011,500" are one number (a comma with no space either side); "in 2011, 2017 and 2019" a list of years.
        if (t.IsPunct(prev, '$') || t.IsPunct(prev, '#') || t.IsPunct(prev, '£') || t.IsPunct(prev, '€')
            || (t.IsPunct(prev, ',') && t.Adjacent(prev - 1) && t.Adjacent(prev) && t.IsNumber(prev - 1)) || (t.IsPunct(prev, '.') && t.IsNumber(prev - 1))
            || (t.IsPunct(prev, ':') && t.IsNumber(prev - 1)) || (t.IsWord(prev) && lex.IdentifierNouns.Contains(t, prev))
            || (t.IsPunct(prev, '.') && t.Is(prev - 1, "no")) || IsStreetAfter(t, i + 1)
            || (t.IsPunct(prev, '-') && t.Adjacent(prev - 1) && t.Adjacent(prev) && t.IsNumber(prev - 1) && t[prev - 1].Length == 3) || IsCountedNoun(t, i + 1))
        {
            // ... "call 1-800-555-1990": the end of a telephone number; "2000 employees", "nearly 2000 jobs": a count.
            return null;
        }

        var next = i + 1;
        if (t.IsPunct(next, '%') || t.Is(next, "percent") || (t.IsPunct(next, ',') && t.Adjacent(i) && t.Adjacent(next) && t.IsNumber(next + 1))
            || (t.IsPunct(next, '.') && t.Adjacent(i) && t.IsNumber(next + 1)) || (t.IsPunct(next, ':') && t.Adjacent(i)))
        {
            return null;
        }

        // "1990's first quarter": that quarter of the year, not the decade.
        if (YearsPeriod(t, i, next, year) is { } yearsPeriod)
        {
            return yearsPeriod;
        }

        // 1990s, 1990's: a decade.
        if (year % 10 == 0 && t.Adjacent(i) && t.Is(next, "s"))
        {
            return Decade(t, i, next + 1, year);
        }

        if (year % 10 == 0 && t.Adjacent(i) && t.IsPunct(next, '\'') && t.Adjacent(next) && t.Is(next + 1, "s"))
        {
            return Decade(t, i, next + 2, year);
        }

        // "(2020 GMT)": a twenty-four-hour clock time, not a year.
        if ((t.Adjacent(i) && t.IsWord(next)) || (t.IsWord(next) && lex.TimeZones.Contains(t, next)))
        {
            return null;
        }

        var plausible = year is >= MinBareYear and <= MaxBareYear || t.Is(prev, "in") || t.Is(prev, "since") || t.Is(prev, "year");
        return plausible ? new Mention(i, i + 1, Meaning.Absolute(CalendarValue.OfYear(year))) : null;
    }

    /// <summary>"1999 Broadway", "1600 Pennsylvania Avenue": a street number.</summary>
    private static bool IsStreetAfter(TimeTokens t, int k) =>
        t.IsWord(k) && t.IsCapitalised(k) && (t.Is(k, "broadway") || IsStreetWord(t, k + 1) || (t.IsWord(k + 1) && t.IsCapitalised(k + 1) && IsStreetWord(t, k + 2)));

    private static bool IsStreetWord(TimeTokens t, int k) =>
        t.IsWord(k) && t.IsCapitalised(k) && (t.Is(k, "street") || t.Is(k, "st") || t.Is(k, "avenue") || t.Is(k, "ave") || t.Is(k, "road") || t.Is(k, "rd")
            || t.Is(k, "boulevard") || t.Is(k, "blvd") || t.Is(k, "drive") || t.Is(k, "lane") || t.Is(k, "place") || t.Is(k, "way") || t.Is(k, "parkway")
            || t.Is(k, "plaza") || t.Is(k, "court") || t.Is(k, "terrace"));

    /// <summary>A plural noun of people or things counted, after which a four-digit number is an amount ("2000 employees").</summary>
    private static bool IsCountedNoun(TimeTokens t, int k) => t.IsWord(k) && !t.IsCapitalised(k) && CountedNouns.Contains(t, k);

    private static readonly WordSet CountedNouns = WordSet.Of(
    [
        "employees", "workers", "jobs", "people", "members", "shares", "troops", "students", "residents", "passengers", "soldiers", "customers",
        "vehicles", "homes", "acres", "tons", "barrels", "copies", "stores", "refugees", "pages", "miles", "feet", "layoffs", "demonstrators",
        "protesters", "police", "officers", "delegates",
    ]);

    /// <summary>
    /// "the war of 1990-91", "the 2009/10 season", "in 2010-11": two digits joined to a year by a hyphen, dash or slash name the
    /// year after it; a later year of the same century ends a span after a dash ("2018–24"), or after a hyphen when it cannot be a
    /// month ("1914-18"), so that "2010-12" stays no year.
    /// </summary>
    private static Mention? NextYearOfPair(TimeTokens t, int i)
    {
        if (t[i].Length != 2 || !(t.IsPunct(i - 1, '-') || t.IsPunct(i - 1, '/') || t.IsPunct(i - 1, '–')) || !t.Adjacent(i - 1) || !t.Adjacent(i - 2)
            || !t.IsNumber(i - 2) || t[i - 2].Length != 4 || t[i - 2].Number is < MinBareYear or > MaxBareYear
            || (t.Adjacent(i) && (t.IsPunct(i + 1, '-') || t.IsPunct(i + 1, '/') || t.IsWord(i + 1))))
        {
            return null;
        }

        var first = t[i - 2].Number;
        var following = first + 1;
        var later = (first / 100 * 100) + t[i].Number;
        return t[i].Number == following % 100 ? new Mention(i, i + 1, Meaning.Absolute(CalendarValue.OfYear(following)))
            : later > first && (t.IsPunct(i - 1, '–') || (t.IsPunct(i - 1, '-') && t[i].Number > 12)) ? new Mention(i, i + 1, Meaning.Absolute(CalendarValue.OfYear(later)))
            : null;
    }

    private static Mention Decade(TimeTokens t, int start, int end, int year)
    {
        // The 1800s name a century; the 1990s a decade. The 2000s are the decade: the century has its own name, the 21st.
        var value = year % 100 == 0 && year != 2000
            ? new CalendarValue { Unit = Granularity.Century, Number = year / 100 }
            : new CalendarValue { Unit = Granularity.Decade, Number = year / 10 };
        return new Mention(start, end, Meaning.Absolute(value));
    }

    /// <summary>"1990's first quarter", "fiscal 1990's second half" (the year's possessive at k): that period of the year, from start.</summary>
    private Mention? YearsPeriod(TimeTokens t, int start, int k, int year) =>
        (t.IsPunct(k, '\'') || t.IsPunct(k, '’')) && t.Adjacent(k - 1) && t.Adjacent(k) && t.Is(k + 1, "s")
        && QuarterOrHalf(t, k + 2, null) is { Meaning: { Kind: MeaningKind.Named, Value.Year: null } period } quarter
            ? new Mention(start, quarter.End, Meaning.Absolute(period.Value with { Year = year }))
            : null;

    /// <summary>'98 after a date word, '90s.</summary>
    private Mention? TwoDigitYear(TimeTokens t, int i)
    {
        if (!t.IsPunct(i, '\'') && !t.IsPunct(i, '’'))
        {
            return null;
        }

        if (!t.Adjacent(i) || !t.IsNumber(i + 1) || t[i + 1].Length != 2)
        {
            return null;
        }

        var year = ExpandTwoDigitYear(t[i + 1].Number);
        if (year % 10 == 0 && t.Adjacent(i + 1) && t.Is(i + 2, "s"))
        {
            var decade = Decade(t, i, i + 3, year);
            decade.Meaning.LatestDecade = true;
            return decade;
        }

        return t.Is(i - 1, "in") || t.Is(i - 1, "since") || t.Is(i - 1, "fiscal") || t.Is(i - 1, "of")
            ? new Mention(i, i + 2, Meaning.Absolute(CalendarValue.OfYear(year)))
            : null;
    }

    // ---- month names ----

    /// <summary>
    /// "Ninety-year-old June Spencer", "June Tribbick from Perth": a month that is also a given name (April, May, June,
    /// August) before a capitalised word that is no date, and after no preposition, determiner, modifier or conjunction
    /// that a month takes ("in June President Obama", "the June Labor Department report", "in April and June Obama"
    /// stay months).
    /// </summary>
    private bool IsGivenName(TimeTokens t, int i, MonthWord month)
    {
        if (month.Abbreviation || month.Month is not (4 or 5 or 6 or 8) || !t.IsCapitalised(i) || !t.IsWord(i + 1) || !t.IsCapitalised(i + 1)
            || lex.Months.TryGet(t, i + 1, out _) || lex.Weekdays.TryGet(t, i + 1, out _) || (t.IsWord(i - 1) && IsMonthContext(t, i - 1)))
        {
            return false;
        }

        return !(t.IsPunct(i - 1, '-') || t.IsNumber(i - 1));
    }

    private static bool IsMonthContext(TimeTokens t, int k) =>
        t.Is(k, "in") || t.Is(k, "on") || t.Is(k, "at") || t.Is(k, "by") || t.Is(k, "since") || t.Is(k, "until") || t.Is(k, "till")
        || t.Is(k, "through") || t.Is(k, "during") || t.Is(k, "from") || t.Is(k, "to") || t.Is(k, "of") || t.Is(k, "for") || t.Is(k, "before")
        || t.Is(k, "after") || t.Is(k, "between") || t.Is(k, "last") || t.Is(k, "next") || t.Is(k, "this") || t.Is(k, "that") || t.Is(k, "the")
        || t.Is(k, "a") || t.Is(k, "its") || t.Is(k, "their") || t.Is(k, "his") || t.Is(k, "her") || t.Is(k, "early") || t.Is(k, "late")
        || t.Is(k, "mid") || t.Is(k, "past") || t.Is(k, "coming") || t.Is(k, "following") || t.Is(k, "previous") || t.Is(k, "and") || t.Is(k, "or");

    private bool MonthWordAcceptable(TimeTokens t, int k, MonthWord month, bool hasDay)
    {
        // "Feb. 3", "Feb 3", "Feb '99": an abbreviation needs its point, a number or a year's apostrophe after it.
        if (month.Abbreviation && !(t.IsPunct(k + 1, '.') || t.IsNumber(k + 1) || hasDay
            || ((t.IsPunct(k + 1, '\'') || t.IsPunct(k + 1, '’')) && t.Adjacent(k + 1) && t.IsNumber(k + 2) && t[k + 2].Length == 2)))
        {
            return false;
        }

        if (month.Ambiguous && !t.IsCapitalised(k))
        {
            return false;
        }

        return !month.Abbreviation || t.IsCapitalised(k);
    }

    private Mention? MonthFirst(TimeTokens t, int i, MonthWord month)
    {
        if (!MonthWordAcceptable(t, i, month, false) || IsGivenName(t, i, month))
        {
            return null;
        }

        var k = i + 1;
        if (t.IsPunct(k, '.') && month.Abbreviation)
        {
            k++;
        }

        // November 28, November 28th, Nov. 28, 2018
        if (t.IsNumber(k) && t[k].Length <= 2 && t[k].Number is >= 1 and <= 31 && !(t.Adjacent(k) && t.IsPunct(k + 1, ':') && t.Adjacent(k + 1) && t.IsNumber(k + 2)))
        {
            var day = t[k].Number;
            var e = k + 1;
            if (t.Adjacent(k) && IsOrdinalSuffix(t, e))
            {
                e++;
            }

            if (TryYearAfter(t, e, out var year, out var afterYear) && Calendar.TryDate(year, month.Month, day, out var full))
            {
                return new Mention(i, afterYear, Meaning.Absolute(CalendarValue.OfDay(full)));
            }

            // "Jan. 5 to 8, 2002": the year after the range's second day is the first day's too.
            if (IsRangeJoin(t, e) && t.IsNumber(e + 1) && t[e + 1].Length <= 2 && t[e + 1].Number > day && t[e + 1].Number <= 31
                && TryYearAfter(t, e + 2, out var rangeYear, out _) && Calendar.TryDate(rangeYear, month.Month, day, out var rangeFirst))
            {
                return new Mention(i, e, Meaning.Absolute(CalendarValue.OfDay(rangeFirst)));
            }

            if (day <= DateTime.DaysInMonth(2000, month.Month))
            {
                return OfRelativeYear(t, e, new Mention(i, e, Meaning.Named(new CalendarValue { Unit = Granularity.Day, Month = month.Month, Day = day }, null)));
            }
        }

        // March eighth, March twenty-first (spoken transcripts)
        if (t.IsCapitalised(i) && TrySpokenDay(t, k, out var spokenDay, out var afterSpoken) && spokenDay <= DateTime.DaysInMonth(2000, month.Month))
        {
            if (TryYearAfter(t, afterSpoken, out var spokenYear, out var afterSpokenYear) && Calendar.TryDate(spokenYear, month.Month, spokenDay, out var spokenFull))
            {
                return new Mention(i, afterSpokenYear, Meaning.Absolute(CalendarValue.OfDay(spokenFull)));
            }

            return new Mention(i, afterSpoken, Meaning.Named(new CalendarValue { Unit = Granularity.Day, Month = month.Month, Day = spokenDay }, null));
        }

        // January the 12th, March the eighth (spoken transcripts)
        if (t.IsCapitalised(i) && t.Is(k, "the") && TheDayOfMonth(t, k) is var (theDay, afterThe) && theDay <= DateTime.DaysInMonth(2000, month.Month))
        {
            if (TryYearAfter(t, afterThe, out var theYear, out var afterTheYear) && Calendar.TryDate(theYear, month.Month, theDay, out var theFull))
            {
                return new Mention(i, afterTheYear, Meaning.Absolute(CalendarValue.OfDay(theFull)));
            }

            return new Mention(i, afterThe, Meaning.Named(new CalendarValue { Unit = Granularity.Day, Month = month.Month, Day = theDay }, null));
        }

        // May 2017, May of 2017
        var y = t.Is(k, "of") ? k + 1 : k;
        if (TryYearAfter(t, y, out var monthYear, out var end))
        {
            return new Mention(i, end, Meaning.Absolute(CalendarValue.OfMonth(monthYear, month.Month)));
        }

        if (!t.IsCapitalised(i) || (month.Abbreviation && !t.IsPunct(i + 1, '.')))
        {
            return null;
        }

        // "retail sales for May", "a decline for September": the figure measures a month, as "May retail sales" does.
        var reported = (t.IsWord(k) && !t.IsCapitalised(k) && lex.ReportedFigureWords.Contains(t, k))
            || (t.Is(i - 1, "for") && !IsContractMonth(t, k) && t.IsWord(i - 2) && !t.IsCapitalised(i - 2)
                && (lex.ReportedFigureWords.Contains(t, i - 2) || t.Is(i - 2, "decline") || t.Is(i - 2, "gain") || t.Is(i - 2, "increase")
                    || t.Is(i - 2, "rise") || t.Is(i - 2, "drop") || t.Is(i - 2, "report")));
        if (month.Ambiguous && !PrecededByDateWord(t, i) && !IsContractMonth(t, k) && !reported)
        {
            return null;
        }

        // "May Department Stores Co.", "the May Co.": a firm's name.
        if (month.Ambiguous && t.IsWord(k) && t.IsCapitalised(k) && (t.Is(k, "department") || t.Is(k, "stores") || t.Is(k, "co") || t.Is(k, "corp")
            || t.Is(k, "company") || t.Is(k, "inc") || t.Is(k, "petroleum")))
        {
            return null;
        }

        // "the Red October factory", "Black September": a month alone after a capitalised word inside its sentence is a name.
        if (t.IsWord(i - 1) && t.IsCapitalised(i - 1) && !SentenceBreakAt(t, i - 2) && t[i - 1].Length > 1 && !char.IsUpper(t.Text[t[i - 1].Start + 1])
            && !lex.Weekdays.TryGet(t, i - 1, out _) && !lex.Modifiers.TryMatch(t, i - 1, out _, out _) && !t.Is(i - 1, "last") && !t.Is(i - 1, "next")
            && !t.Is(i - 1, "this") && !t.Is(i - 1, "in") && !t.Is(i - 1, "since") && !t.Is(i - 1, "until") && !t.Is(i - 1, "by")
            && !t.Is(i - 1, "from") && !t.Is(i - 1, "through") && !t.Is(i - 1, "during") && !t.Is(i - 1, "before") && !t.Is(i - 1, "after")
            && !t.Is(i - 1, "between"))
        {
            return null;
        }

        var named = Meaning.Named(new CalendarValue { Unit = Granularity.Month, Month = month.Month }, null);
        named.ReportedMonth = reported;
        return OfRelativeYear(t, k, new Mention(i, k, named));
    }

    /// <summary>
    /// "March 13 of last year", "May of next year": the named day or month in the creation year moved by
    /// that many years, one expression. "March last year": the same year, the extent the month's alone (as TimeBank
    /// tags it). Otherwise <paramref name="named"/> as it is.
    /// </summary>
    private Mention OfRelativeYear(TimeTokens t, int k, Mention named)
    {
        // "in March last year", "on 3 March next year": the year is the month's, and stays outside the extent.
        if (ThisLastNext(t, k) is { } yearsOn && t.Is(k + 1, "year") && !t.IsPunct(k + 2, '\'') && !t.IsPunct(k + 2, '’')
            && !t.IsPunct(k + 2, '-') && !t.LineBreakAfter(k - 1))
        {
            named.Meaning.YearFromCreation = yearsOn;
            named.Meaning.TakenAfterEnd = 2;
            return named;
        }

        if (AnaphoricYearAfterOf(t, k, out var fromReference, out var afterReference))
        {
            named.Meaning.YearFromReference = fromReference;
            return new Mention(named.Start, afterReference, named.Meaning);
        }

        if (!t.Is(k, "of") || !t.Is(k + 2, "year"))
        {
            return named;
        }

        var years = ThisLastNext(t, k + 1);
        if (years is null)
        {
            return named;
        }

        named.Meaning.YearFromCreation = years;
        return new Mention(named.Start, k + 3, named.Meaning);
    }

    /// <summary>
    /// "the 12th", "the eighth" at k (k is "the"): the day of the month written as an ordinal, and where it ends; a spoken
    /// ordinal only before punctuation or the text's end.
    /// </summary>
    private (int Day, int End)? TheDayOfMonth(TimeTokens t, int k)
    {
        if (IsNumberedDay(t, k + 1))
        {
            return (t[k + 1].Number, k + 3);
        }

        // A spoken ordinal before a word is mostly that word's ("in January the first snow fell").
        return TrySpokenDay(t, k + 1, out var day, out var end) && !t.IsWord(end) ? (day, end) : null;
    }

    /// <summary>A day of the month written as a number and an ordinal's ending at k: "13th", "3rd".</summary>
    private static bool IsNumberedDay(TimeTokens t, int k) =>
        t.IsNumber(k) && t[k].Length <= 2 && t[k].Number is >= 1 and <= 31 && t.Adjacent(k) && IsOrdinalSuffix(t, k + 1);

    /// <summary>
    /// A day of the month as an ordinal word (eighth, twenty-first) that ends a date: what follows is no
    /// word, or one that cannot continue a noun phrase ("March second-quarter sales" is no date).
    /// </summary>
    private bool TrySpokenDay(TimeTokens t, int k, out int day, out int end)
    {
        day = 0;
        end = k;
        if (!t.IsWord(k))
        {
            return false;
        }

        if (lex.Ordinals.TryGet(t, k, out var ordinal))
        {
            day = ordinal;
            end = k + 1;
        }
        else if (lex.Numbers.TryGet(t, k, out var tens) && tens is 20 or 30)
        {
            var u = t.IsPunct(k + 1, '-') && t.Adjacent(k) ? k + 2 : k + 1;
            if (!t.IsWord(u) || !lex.Ordinals.TryGet(t, u, out var ones) || ones is < 1 or > 9)
            {
                return false;
            }

            day = tens + ones;
            end = u + 1;
        }
        else
        {
            return false;
        }

        if (day is < 1 or > 31 || t.IsPunct(end, '-'))
        {
            return false;
        }

        return !t.IsWord(end) || t.Is(end, "and") || t.Is(end, "or") || t.Is(end, "to") || t.Is(end, "through") || t.Is(end, "until")
            || t.Is(end, "at") || t.Is(end, "in") || t.Is(end, "on") || t.Is(end, "when") || t.Is(end, "the") || t.Is(end, "as") || t.Is(end, "for")
            || t.Is(end, "after") || t.Is(end, "before") || t.Is(end, "by") || t.Is(end, "from") || t.Is(end, "with");
    }

    /// <summary>An ordinal word day followed by "of" (the eighth of March); end is the token of "of".</summary>
    private bool TrySpokenDayBeforeOf(TimeTokens t, int k, out int day, out int end)
    {
        day = 0;
        end = k;
        if (!t.IsWord(k))
        {
            return false;
        }

        if (lex.Ordinals.TryGet(t, k, out var ordinal) && t.Is(k + 1, "of"))
        {
            day = ordinal;
            end = k + 1;
            return day is >= 1 and <= 31;
        }

        var u = t.IsPunct(k + 1, '-') && t.Adjacent(k) ? k + 2 : k + 1;
        if (lex.Numbers.TryGet(t, k, out var tens) && tens is 20 or 30 && t.IsWord(u) && lex.Ordinals.TryGet(t, u, out var ones) && ones is >= 1 and <= 9
            && t.Is(u + 1, "of"))
        {
            day = tens + ones;
            end = u + 1;
            return day <= 31;
        }

        return false;
    }

    /// <summary>"for March delivery", "the May contract", "December futures": a commodity contract's month, named before its noun at k.</summary>
    internal static bool IsContractMonth(TimeTokens t, int k) =>
        t.Is(k, "delivery") || t.Is(k, "contract") || t.Is(k, "contracts") || t.Is(k, "futures") || t.Is(k, "options");

    private static bool PrecededByDateWord(TimeTokens t, int i)
    {
        if (t.IsPunct(i - 1, '-') && t.Is(i - 2, "mid"))
        {
            return true;
        }

        foreach (var w in DateWordsBeforeAmbiguousMonth)
        {
            if (t.Is(i - 1, w))
            {
                return true;
            }
        }

        return false;
    }

    // ---- weekdays ----

    private static bool IsAllCapitals(TimeTokens t, int k)
    {
        foreach (var c in t.Chars(k))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A noun that makes the name before it a place or an institution ("Thursday Island", "Christmas Island", "Sunday school").</summary>
    private static bool IsPlaceNoun(TimeTokens t, int k) =>
        t.IsWord(k) && (t.Is(k, "island") || t.Is(k, "islands") || t.Is(k, "harbor") || t.Is(k, "harbour") || t.Is(k, "school") || t.Is(k, "club")
            || t.Is(k, "records") || t.Is(k, "war") || t.Is(k, "parade") || t.Is(k, "street") || t.Is(k, "avenue") || t.Is(k, "road")
            || t.Is(k, "square") || t.Is(k, "bridge") || t.Is(k, "mosque"));

    /// <summary>A capitalised word that names a newspaper after a weekday (the Sunday Times, the Sunday Telegraph).</summary>
    private static bool IsNewspaperWord(TimeTokens t, int k) =>
        t.IsWord(k) && t.IsCapitalised(k)
        && (t.Is(k, "times") || t.Is(k, "telegraph") || t.Is(k, "express") || t.Is(k, "mirror") || t.Is(k, "herald") || t.Is(k, "tribune")
            || t.Is(k, "independent") || t.Is(k, "mail") || t.Is(k, "post") || t.Is(k, "observer") || t.Is(k, "gazette"));

    /// <summary>A capitalised word after a holiday's name that makes it part of a name: not a day, month, weekday or part of the day.</summary>
    private bool IsNameAfterHoliday(TimeTokens t, int k) =>
        t.IsWord(k) && !IsAllCapitals(t, k) && !t.Is(k, "day") && !t.Is(k, "eve") && !t.Is(k, "week") && !t.Is(k, "weekend") && !t.Is(k, "holiday")
        && !t.Is(k, "season") && !lex.Weekdays.TryGet(t, k, out _) && !lex.Months.TryGet(t, k, out _) && !lex.PartsOfDay.TryGet(t, k, out _);

    private static bool IsPaperOwner(TimeTokens t, int k) =>
        t.Is(k, "the") || t.Is(k, "a") || t.Is(k, "its") || t.Is(k, "their") || t.Is(k, "his") || t.Is(k, "her") || t.Is(k, "our");

    private static bool IsPublicationNoun(TimeTokens t, int k) =>
        t.IsWord(k) && !t.IsCapitalised(k) && (t.Is(k, "paper") || t.Is(k, "papers") || t.Is(k, "newspaper") || t.Is(k, "newspapers")
            || t.Is(k, "edition") || t.Is(k, "editions") || t.Is(k, "magazine") || t.Is(k, "supplement") || t.Is(k, "school"));

    /// <summary>"Friday's Inc.", "Friday's Restaurants": a firm named for a weekday, its possessive before a firm's word.</summary>
    private static bool IsFirmAfterPossessive(TimeTokens t, int k) =>
        (t.IsPunct(k, '\'') || t.IsPunct(k, '’')) && t.Is(k + 1, "s") && t.IsWord(k + 2) && t.IsCapitalised(k + 2)
        && (t.Is(k + 2, "inc") || t.Is(k + 2, "corp") || t.Is(k + 2, "co") || t.Is(k + 2, "restaurants") || t.Is(k + 2, "stores"));

    /// <summary>A title (Mr., Mrs., Ms., Dr.) or the initials of "T.G.I." that end at k, before a weekday that is a name.</summary>
    private static bool IsNameBeforeWeekday(TimeTokens t, int k)
    {
        var word = t.IsPunct(k, '.') && t.Adjacent(k - 1) ? k - 1 : k;
        return t.Is(word, "mr") || t.Is(word, "mrs") || t.Is(word, "ms") || t.Is(word, "dr") || t.Is(word, "tgi")
            || (t.Is(word, "i") && word != k && t.IsPunct(word - 1, '.') && t.Is(word - 2, "g") && t.IsPunct(word - 3, '.') && t.Is(word - 4, "t"));
    }

    private Mention? Weekday(TimeTokens t, int i, WeekdayWord weekday)
    {
        // "The Sun.", "the Wed. edition": an abbreviation after "the" names a paper or qualifies a noun, not a day.
        if (!t.IsCapitalised(i) || (weekday.Abbreviation && (!t.IsPunct(i + 1, '.') || t.Is(i - 1, "the"))))
        {
            return null;
        }

        // "CNN SATURDAY ANCHOR:": a weekday in capitals among other capitals names a programme in a speaker's label.
        if (IsAllCapitals(t, i) && t.IsWord(i + 1) && IsAllCapitals(t, i + 1) && t[i + 1].Length > 1 && !lex.Months.TryGet(t, i + 1, out _)
            && !lex.PartsOfDay.TryGet(t, i + 1, out _))
        {
            return null;
        }

        var k = weekday.Abbreviation ? i + 2 : i + 1;

        // "The Sunday Times", "the Mail on Sunday": a newspaper's name, not a day; "Thursday Island", "Sunday school": a place.
        if (!weekday.Abbreviation && ((t.Is(i - 1, "the") && IsNewspaperWord(t, k)) || (t.Is(i - 1, "on") && t.Is(i - 2, "mail") && t.IsCapitalised(i - 2))
            || IsPlaceNoun(t, k)))
        {
            return null;
        }

        // "the Sunday paper", "its Sunday edition": a paper that comes out every such day; "Mr. Sunday", "T.G.I. Friday's", "the
        // Wednesday Group": a name.
        if (!weekday.Abbreviation && ((IsPaperOwner(t, i - 1) && IsPublicationNoun(t, k)) || IsNameBeforeWeekday(t, i - 1) || IsFirmAfterPossessive(t, k)
            || (t.Is(i - 1, "the") && t.IsWord(k) && t.IsCapitalised(k) && !IsAllCapitals(t, k) && !lex.Months.TryGet(t, k, out _) && !lex.Weekdays.TryGet(t, k, out _)
                && !lex.PartsOfDay.TryGet(t, k, out _))))
        {
            return null;
        }

        // "the Good Friday peace accord": the feast's name (or a thing named for it), not the Friday before.
        if (!weekday.Abbreviation && weekday.Day == 5 && t.Is(i - 1, "good") && t.IsCapitalised(i - 1))
        {
            return null;
        }

        // "Black Monday", "Super Tuesday": a day named for what happened on it; the calendar does not say which.
        if (!weekday.Abbreviation && t.IsCapitalised(i - 1) && lex.NamedDays.TryMatch(t, i - 1, out _, out var namedEnd) && namedEnd == i + 1)
        {
            return null;
        }

        // "Saturday Night Live", "the Monday Night Club", "Friday Night Lights": a part of the day capitalised inside
        // the sentence makes the pair a title; so does a capitalised word after it at the sentence's start ("Tuesday Morning Corp.").
        if (!weekday.Abbreviation && t.IsWord(k) && t.IsCapitalised(k) && t[k].Length > 1 && !char.IsUpper(t.Text[t[k].Start + 1])
            && lex.PartsOfDay.TryGet(t, k, out _) && (!SentenceBreakAt(t, i - 1) || (t.IsWord(k + 1) && t.IsCapitalised(k + 1))))
        {
            return null;
        }

        // Friday, Dec. 21(, 2018): the date decides.
        var d = t.IsPunct(k, ',') ? k + 1 : k;
        if (t.IsWord(d) && lex.Months.TryGet(t, d, out var month) && t.IsCapitalised(d))
        {
            var date = MonthFirst(t, d, month);
            if (date is not null && date.Meaning.Value.Unit == Granularity.Day)
            {
                date.Meaning.Value = date.Meaning.Value with { Weekday = date.Meaning.Value.Year is null ? weekday.Day : 0 };
                var end = ExtendDay(t, date.End, date.Meaning);
                return new Mention(i, end, date.Meaning);
            }
        }

        // "Monday 13 to Friday 17 June": the first day of a day-first range takes the month (and year) of the second.
        if (!weekday.Abbreviation && t.IsNumber(d) && d == k && t[d].Length <= 2 && t[d].Number is >= 1 and <= 31
            && (t.Is(d + 1, "to") || t.Is(d + 1, "until") || t.Is(d + 1, "and") || t.IsPunct(d + 1, '-'))
            && t.IsWord(d + 2) && lex.Weekdays.TryGet(t, d + 2, out var rangeEndDay) && !rangeEndDay.Abbreviation && t.IsCapitalised(d + 2)
            && t.IsNumber(d + 3) && DayFirst(t, d + 3) is { Meaning.Value: { Unit: Granularity.Day, Month: > 0 } rangeEnd }
            && t[d].Number < rangeEnd.Day)
        {
            var first = rangeEnd.Year is { } rangeYear && Calendar.TryDate(rangeYear, rangeEnd.Month, t[d].Number, out var firstDay)
                ? Meaning.Absolute(CalendarValue.OfDay(firstDay))
                : Meaning.Named(new CalendarValue { Unit = Granularity.Day, Month = rangeEnd.Month, Day = t[d].Number, Weekday = weekday.Day }, null);
            return new Mention(i, d + 1, first);
        }

        // Friday 16 October, Tuesday, 8 November 2011: the day-first date (British and most non-US news) decides.
        if (t.IsNumber(d) && DayFirst(t, d) is { Meaning.Value.Unit: Granularity.Day } dayFirst)
        {
            dayFirst.Meaning.Value = dayFirst.Meaning.Value with { Weekday = dayFirst.Meaning.Value.Year is null ? weekday.Day : 0 };
            return new Mention(i, ExtendDay(t, dayFirst.End, dayFirst.Meaning), dayFirst.Meaning);
        }

        // Tuesday nights: a plural part of day makes the weekday recur (TimeML SET); so does the first of
        // two weekdays that share it (Monday and Tuesday nights).
        if (!weekday.Abbreviation && PluralPartOfDay(t, k) is { } parts)
        {
            return new Mention(i, k + 1, Meaning.Set("XXXX-WXX-" + weekday.Day.ToString(CultureInfo.InvariantCulture) + "T" + parts));
        }

        if (!weekday.Abbreviation && (t.Is(k, "and") || t.Is(k, "or")) && t.IsCapitalised(k + 1) && lex.Weekdays.TryGet(t, k + 1, out var other)
            && !other.Abbreviation && PluralPartOfDay(t, k + 2) is { } shared)
        {
            return new Mention(i, k, Meaning.Set("XXXX-WXX-" + weekday.Day.ToString(CultureInfo.InvariantCulture) + "T" + shared));
        }

        var m = Meaning.Named(new CalendarValue { Unit = Granularity.Day, Weekday = weekday.Day }, null);

        // "Wednesday the 12th": the day of the month belongs to the expression; the weekday places it.
        if (!weekday.Abbreviation && t.Is(k, "the") && TheDayOfMonth(t, k) is var (dayOfMonth, afterDay))
        {
            // "Friday the 13th": the Friday that falls on a 13th, near the creation day.
            m.Value = m.Value with { Day = dayOfMonth };
            return new Mention(i, ExtendDay(t, afterDay, m), m);
        }

        // "Friday 13th", "on Monday 3rd": as British news writes it, without the article.
        if (!weekday.Abbreviation && IsNumberedDay(t, k) && !t.IsWord(k + 2))
        {
            m.Value = m.Value with { Day = t[k].Number };
            return new Mention(i, ExtendDay(t, k + 2, m), m);
        }

        return new Mention(i, ExtendDay(t, k, m), m);
    }

    // ---- this/last/next/the ... ----

    /// <summary>
    /// "(the) last day of the session", "the last year of his term", "the last decade of the century", "filed on the last day
    /// allowed": a position within what follows or what the text is about, neither a span back from now nor the unit before the
    /// current one ("on" takes a day, not a duration).
    /// </summary>
    private bool IsPositionWithin(TimeTokens t, int k) =>
        t.Is(k, "last") && t.IsWord(k + 1) && (t.Is(k + 2, "of") || (t.Is(k - 1, "the") && t.Is(k - 2, "on")))
        && lex.Units.TryGet(t, k + 1, out var unit) && !unit.Plural;

    /// <summary>"last", "this" or "next" at k: -1, 0 or 1, the unit after it counted from the creation time's; null for any other word.</summary>
    private static int? ThisLastNext(TimeTokens t, int k) => t.Is(k, "last") ? -1 : t.Is(k, "this") ? 0 : t.Is(k, "next") ? 1 : null;

    /// <summary>Whether word i is joined by a hyphen to the word before it (warm-up, run-up).</summary>
    private static bool HyphenedToPrevious(TimeTokens t, int i) => t.IsPunct(i - 1, '-') && t.Adjacent(i - 1) && t.Adjacent(i - 2) && t.IsWord(i - 2);

    /// <summary>The TimeML code of a plural part of day at token k (nights: NI), else null.</summary>
    private string? PluralPartOfDay(TimeTokens t, int k) =>
        t.IsWord(k) && t[k].Length > 4 && (t.Text[t[k].End - 1] | 0x20) == 's' && !t.Is(k, "overnights")
        && lex.PartsOfDay.TryGet(t.Chars(k)[..^1], out var part) ? part : null;

    /// <summary>A common word written with a capital, not in capitals and not opening a sentence: part of a name or title.</summary>
    private static bool IsTitleWord(TimeTokens t, int k)
    {
        if (!t.IsCapitalised(k) || t[k].Length < 2 || char.IsUpper(t.Text[t[k].Start + 1]))
        {
            return false;
        }

        // Back over the words of the phrase itself (Two Weeks, This Week) to what precedes it.
        var p = k - 1;
        while (p >= 0 && t.IsWord(p) && t.IsCapitalised(p) && !t.LineBreakAfter(p))
        {
            p--;
        }

        return !SentenceBreakAt(t, p) || p < k - 1;
    }

    /// <summary>Whether a sentence may start after token p: the text's start, a line break, end punctuation, a colon or an opening quote (", “, ``).</summary>
    private static bool SentenceBreakAt(TimeTokens t, int p) =>
        p < 0 || t.LineBreakAfter(p) || t.IsPunct(p, '.') || t.IsPunct(p, '!') || t.IsPunct(p, '?') || t.IsPunct(p, '"') || t.IsPunct(p, '“')
        || t.IsPunct(p, '`') || t.IsPunct(p, ':');

    /// <summary>
    /// "was recently extended", "have recently moved", "most recently": "recently" inside a verb group (after
    /// an auxiliary) only hedges the perfect or passive it sits in, and "most recently" ranks the last of a
    /// series; TimeBank leaves both untagged (it tags "recently cut", "slumped recently", "until recently").
    /// </summary>
    private static bool IsRecentlyInVerbGroup(TimeTokens t, int i, int end) =>
        end == i + 1 && t.Is(i, "recently")
        && (t.Is(i - 1, "has") || t.Is(i - 1, "have") || t.Is(i - 1, "had") || t.Is(i - 1, "was") || t.Is(i - 1, "were")
            || t.Is(i - 1, "is") || t.Is(i - 1, "are") || t.Is(i - 1, "been") || t.Is(i - 1, "be") || t.Is(i - 1, "most"));

    private static bool IsDiscourseNow(TimeTokens t, int i, int end) =>
        end == i + 1 && t.Is(i, "now") && t.IsCapitalised(i) && (t.IsPunct(i + 1, ',') || IsAcronymBeforeNoun(t, i));

    /// <summary>"NOW accounts": a word in capitals before a lower-case noun is an acronym, not the adverb.</summary>
    private static bool IsAcronymBeforeNoun(TimeTokens t, int i) =>
        t[i].Length > 1 && char.IsUpper(t.Text[t[i].End - 1]) && char.IsUpper(t.Text[t[i].Start + 1]) && t.IsWord(i + 1) && !t.IsCapitalised(i + 1);

    private static int DirectionOf(TimeTokens t, int i) =>
        t.Is(i, "last") || t.Is(i, "past") || t.Is(i, "previous") || t.Is(i, "prior") || t.Is(i, "preceding") ? -1 : t.Is(i, "next") || t.Is(i, "coming") ? 1 : 0;

    private Mention? Determined(TimeTokens t, int i)
    {
        var w = t.Chars(i);
        var isThe = w.Equals("the", StringComparison.OrdinalIgnoreCase);
        if (isThe)
        {
            return The(t, i);
        }

        if (w.Equals("every", StringComparison.OrdinalIgnoreCase) || w.Equals("each", StringComparison.OrdinalIgnoreCase))
        {
            return Every(t, i);
        }

        if ((w.Equals("recent", StringComparison.OrdinalIgnoreCase) || w.Equals("coming", StringComparison.OrdinalIgnoreCase)) && t.IsWord(i + 1)
            && lex.Units.TryGet(t, i + 1, out var recentUnit) && recentUnit.Plural)
        {
            return new Mention(i, i + 2, Meaning.Duration(DurationLiteral("X", recentUnit.Code)));
        }

        if (!(t.Is(i, "this") || t.Is(i, "last") || t.Is(i, "next") || t.Is(i, "coming") || t.Is(i, "past") || t.Is(i, "previous")))
        {
            return null;
        }

        if (t.Is(i - 1, "the") && IsPositionWithin(t, i))
        {
            return null;
        }

        // "is expected to last several months", "the strike could last two weeks", "will open on Friday and last three
        // days": the verb, not the determiner; the amount and its unit are the expression (read from the amount on).
        if (t.Is(i, "last") && (t.Is(i - 1, "to") || IsModal(t, i - 1) || t.Is(i - 1, "not") || t.Is(i - 1, "t") || t.Is(i - 1, "never")
                || (t.Is(i - 1, "and") && !t.Is(i - 2, "first")))
            && TryAmount(t, i + 1, out _, out _))
        {
            return null;
        }

        // "this time last year", "this time next week": the same day a unit back or on, not the whole period.
        if (t.Is(i, "this") && t.Is(i + 1, "time") && (t.Is(i + 2, "last") || t.Is(i + 2, "next")) && t.IsWord(i + 3)
            && lex.Units.TryGet(t, i + 3, out var sameTimeUnit) && !sameTimeUnit.Plural && sameTimeUnit.Code is "W" or "M" or "Y")
        {
            var sameTime = Meaning.Deictic(t.Is(i + 2, "last") ? -1 : 1, sameTimeUnit.Code);
            sameTime.FromCreationDay = true;
            return new Mention(i, i + 4, sameTime);
        }

        // this past spring, this coming Sunday
        if (t.Is(i, "this") && (t.Is(i + 1, "past") || t.Is(i + 1, "coming")))
        {
            return Directed(t, i, i + 2, DirectionOf(t, i + 1), false);
        }

        return Directed(t, i, i + 1, DirectionOf(t, i), false);
    }

    /// <summary>this/last/next + unit, month, season or weekday; or + an amount and a unit (the next two weeks).</summary>
    private Mention? Directed(TimeTokens t, int start, int k, int direction, bool afterThe)
    {
        if (!t.IsWord(k) && !t.IsNumber(k))
        {
            return null;
        }

        // next fiscal year, the last fiscal year: a named reporting year, the one counted from the creation
        // year (not "the past year"'s span back from now); "the previous fiscal year" counts from the text.
        if (IsFiscalYear(t, k) && !t.Is(k - 1, "previous") && !t.IsPunct(k + 2, '-'))
        {
            return new Mention(start, k + 2, Meaning.Deictic(direction, "Y"));
        }

        // "postponed at the last minute": an idiom for "late", no duration.
        if (t.Is(k - 1, "last") && afterThe && t.Is(start - 1, "at") && (t.Is(k, "minute") || t.Is(k, "moment") || t.Is(k, "second")))
        {
            return null;
        }

        if (lex.Units.TryGet(t, k, out var unit) && !unit.Plural && !IsTitleWord(t, k))
        {
            // TimeBank and MEANTIME: "the past year" ("over the past year"), "the past decade", "the coming
            // year" name the calendar year (decade, century) before or after the creation time's, as "last
            // year" does, not the span back from now.
            // "the last decade" ("over the last decade") is "the past decade"; "the last year" stays a span.
            var lastDecade = unit.Code is "DE" or "CE" && t.Is(k - 1, "last");
            // "into the next century", "in the next decade": where something will be, that decade or century, not a span.
            var intoNext = unit.Code is "DE" or "CE" && t.Is(k - 1, "next") && (t.Is(start - 1, "into") || t.Is(start - 1, "in"));
            var calendarPeriod = calendarPastPeriods && unit.Code is "Y" or "DE" or "CE" && (t.Is(k - 1, "past") || t.Is(k - 1, "coming") || lastDecade || intoNext);
            if (afterThe && direction != 0 && !calendarPeriod)
            {
                // the past year, the last week: a duration back from (or on from) now.
                // "the past decade", "over the next century": ten (a hundred) years back or on from now, as
                // "the past year" is one; "the last decade" stays the decade before this one.
                var span = unit.Code is "CE" or "DE" && (t.Is(k - 1, "past") || t.Is(k - 1, "next") || t.Is(k - 1, "coming") || lastDecade);
                if (unit.Code is "WE" or "CE" or "DE" or "Q" && !span)
                {
                    return unit.Code == "Q" && t.Is(k - 1, "last") ? new Mention(start, k + 1, Meaning.Deictic(-1, "Q")) : null;
                }

                var dur = Meaning.Duration(DurationLiteral("1", unit.Code));
                dur.Offset = 1;
                dur.Unit = unit.Code;
                dur.AnchoredDirection = direction;
                return new Mention(start, k + 1, dur);
            }

            if (unit.Code is "S" or "MIN" or "H" or "2W")
            {
                return null;
            }

            var m = Meaning.Deictic(direction, unit.Code);
            if (unit.Code == "D")
            {
                return null;
            }

            // last year's quarter, last year's period: the one under discussion, a year back.
            if (unit.Code == "Y" && direction == -1 && t.IsPunct(k + 1, '\'') && t.Is(k + 2, "s") && (t.Is(k + 3, "quarter") || t.Is(k + 3, "period")))
            {
                var back = Meaning.Anaphoric(-1, "RQ");
                back.KeepsReferenceGranularity = true;
                return new Mention(start, k + 4, back);
            }

            // next year's first quarter, last year's third quarter
            if (unit.Code == "Y" && t.IsPunct(k + 1, '\'') && t.Is(k + 2, "s") && QuarterOrHalf(t, k + 3, k + 3) is { Meaning.Kind: MeaningKind.Named } period)
            {
                period.Meaning.YearFromCreation = direction;
                return new Mention(start, period.End, period.Meaning);
            }

            return new Mention(start, k + 1, m);
        }

        if (lex.Months.TryGet(t, k, out var month) && t.IsCapitalised(k))
        {
            // next Jan. 1, last March 3, this Dec. 25: that day, the determiner giving its direction.
            if (MonthFirst(t, k, month) is { Meaning: { Kind: MeaningKind.Named, Value: { Unit: Granularity.Day, Year: null } } } day)
            {
                day.Meaning.Direction = direction;
                return new Mention(start, day.End, day.Meaning);
            }

            if (!month.Abbreviation)
            {
                var m = Meaning.Named(new CalendarValue { Unit = Granularity.Month, Month = month.Month }, direction);
                m.SkipsAdjacentMonth = (t.Is(k - 1, "last") || t.Is(k - 1, "next")) && start == k - 1;
                return new Mention(start, k + 1, m);
            }
        }

        if (lex.Seasons.TryGet(t, k, out var season))
        {
            return new Mention(start, k + 1, Meaning.Named(new CalendarValue { Unit = Granularity.Season, Season = season }, direction));
        }

        // last Thanksgiving, next Easter
        if (t.IsCapitalised(k) && lex.Holidays.TryMatch(t, k, out var holiday, out var holidayEnd) && holiday is not null)
        {
            var h = Meaning.Named(new CalendarValue { Unit = holiday.Kind == "vague" ? Granularity.Unknown : Granularity.Day }, direction);
            h.Holiday = holiday;
            return new Mention(start, holidayEnd, h);
        }

        if (lex.Weekdays.TryGet(t, k, out var weekday) && !weekday.Abbreviation && t.IsCapitalised(k))
        {
            // this coming Sunday, March eighth: the apposed date decides and belongs to the extent.
            if (t.IsPunct(k + 1, ',') && t.IsWord(k + 2) && t.IsCapitalised(k + 2) && lex.Months.TryGet(t, k + 2, out var apposedMonth)
                && MonthFirst(t, k + 2, apposedMonth) is { Meaning.Value.Unit: Granularity.Day } apposed)
            {
                apposed.Meaning.Value = apposed.Meaning.Value with { Weekday = apposed.Meaning.Value.Year is null ? weekday.Day : 0 };
                return new Mention(start, ExtendDay(t, apposed.End, apposed.Meaning), apposed.Meaning);
            }

            var m = Meaning.Named(new CalendarValue { Unit = Granularity.Day, Weekday = weekday.Day }, direction);
            return new Mention(start, ExtendDay(t, k + 1, m), m);
        }

        if (lex.PartsOfDay.TryGet(t, k, out var part) && direction == 0 && !afterThe)
        {
            var m = Meaning.Deictic(0, "D");
            m.PartOfDay = part;
            m.Type = TimexType.Time;
            return new Mention(start, k + 1, m);
        }

        // the next two weeks, the past several years, last three years, the next 12 to 18 months
        if (direction == 0 || !TryAmount(t, k, out var amount, out var afterAmount))
        {
            return null;
        }

        if (TryRangeAfter(t, amount, afterAmount, out var afterRange))
        {
            amount = "X";
            afterAmount = afterRange;
        }

        if (t.IsWord(afterAmount) && lex.Units.TryGet(t, afterAmount, out var amountUnit) && amountUnit.Code is not "WE")
        {
            var dur = Meaning.Duration(DurationLiteral(amount, amountUnit.Code));
            dur.Unit = amountUnit.Code;
            dur.Offset = int.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
            dur.AnchoredDirection = direction;
            return new Mention(start, afterAmount + 1, dur);
        }

        return null;
    }

    private Mention? The(TimeTokens t, int i)
    {
        var k = i + 1;
        if (!t.IsWord(k) && !t.IsNumber(k) && !t.IsPunct(k, '\''))
        {
            return null;
        }

        // "for the year 2000", "by the year 2010": the year named, with its noun.
        if (t.Is(k, "year") && t.IsNumber(k + 1) && t[k + 1].Length == 4 && Year(t, k + 1) is { Meaning.Value.Unit: Granularity.Year } namedYear
            && namedYear.End == k + 2)
        {
            return new Mention(i, namedYear.End, namedYear.Meaning);
        }

        // "today is the eighth day of the strike", "it's the second day of an offensive", "On the 38th day of the war", "bombing
        // continued for the 33rd day": a count of days of what is under way names the creation day.
        if ((t.IsWord(k) && lex.Ordinals.TryGet(t, k, out _) ? k + 1 : t.IsNumber(k) && t.Adjacent(k) && IsOrdinalSuffix(t, k + 1) ? k + 2 : 0) is var countedDay
            && countedDay > 0 && t.Is(countedDay, "day")
            && (t.Is(countedDay + 1, "of") || ((t.Is(i - 1, "for") || t.Is(i - 1, "on")) && ClosesClause(t, countedDay + 1)))
            && (t.Is(i - 1, "is") || t.Is(i - 1, "was") || t.Is(i - 1, "for") || (t.Is(i - 1, "on") && SentenceBreakAt(t, i - 2))
                || (t.Is(i - 1, "s") && (t.IsPunct(i - 2, '\'') || t.IsPunct(i - 2, '’')) && t.Adjacent(i - 2))))
        {
            return new Mention(i, countedDay + 1, Meaning.Deictic(0, "D"));
        }

        // the eighth of March, the twenty-first of June
        if (TrySpokenDayBeforeOf(t, k, out var ofDay, out var ofEnd) && t.IsWord(ofEnd + 1) && t.IsCapitalised(ofEnd + 1)
            && lex.Months.TryGet(t, ofEnd + 1, out var ofMonth) && !ofMonth.Abbreviation && ofDay <= DateTime.DaysInMonth(2000, ofMonth.Month))
        {
            var monthEnd = ofEnd + 2;
            if (TryYearAfter(t, monthEnd, out var ofYear, out var afterOfYear) && Calendar.TryDate(ofYear, ofMonth.Month, ofDay, out var ofFull))
            {
                return new Mention(i, afterOfYear, Meaning.Absolute(CalendarValue.OfDay(ofFull)));
            }

            return new Mention(i, monthEnd, Meaning.Named(new CalendarValue { Unit = Granularity.Day, Month = ofMonth.Month, Day = ofDay }, null));
        }

        // the quarter a year ago, the corresponding period last year, the same quarter a year earlier: the
        // period under discussion a year back, as "the year-ago quarter" is.
        var period = t.Is(k, "corresponding") || t.Is(k, "comparable") || t.Is(k, "same") ? k + 1 : k;
        // "from the same month last year": the month under discussion a year back.
        if (period > k && t.Is(period, "month") && YearBackAfter(t, period + 1) is var monthBackEnd && monthBackEnd > 0)
        {
            var monthBack = Meaning.Anaphoric(-1, "Y");
            monthBack.KeepsReferenceGranularity = true;
            return new Mention(i, monthBackEnd, monthBack);
        }

        // "rose 6% from $830 million in the comparable period": a result's comparison period, a year back, also when unsaid.
        var comparison = (t.Is(k, "comparable") || t.Is(k, "corresponding")) && !t.IsPunct(period + 1, '-') ? period + 1 : 0;
        if ((t.Is(period, "quarter") || t.Is(period, "period")) && (YearBackAfter(t, period + 1) is var yearBackEnd && yearBackEnd > 0 ? yearBackEnd : comparison) is var backEnd
            && backEnd > 0)
        {
            var m = Meaning.Anaphoric(-1, "RQ");
            m.KeepsReferenceGranularity = true;
            m.AnyReportingPeriod = t.Is(period, "period");
            return new Mention(i, backEnd, m);
        }

        // the first week of March, the last week of January 1999: the week that holds most of the month's
        // first (second, ...) seven days, or of its last seven.
        if ((t.Is(k, "last") || t.Is(k, "final") || (t.IsWord(k) && lex.Ordinals.TryGet(t, k, out var weekOrdinal) && weekOrdinal is >= 1 and <= 4))
            && t.Is(k + 1, "week") && t.Is(k + 2, "of") && t.IsWord(k + 3) && t.IsCapitalised(k + 3) && lex.Months.TryGet(t, k + 3, out var ofWeekMonth))
        {
            var nth = t.Is(k, "last") || t.Is(k, "final") ? 0 : lex.Ordinals.TryGet(t, k, out var n) ? n : 1;
            var monthEnd = k + 4;
            var hasYear = TryYearAfter(t, monthEnd, out var weekYear, out var afterWeekYear);
            var day = nth > 0 ? (7 * (nth - 1)) + 4 : DateTime.DaysInMonth(hasYear ? weekYear : 2001, ofWeekMonth.Month) - 3;
            var m = hasYear && Calendar.TryDate(weekYear, ofWeekMonth.Month, day, out var weekDay)
                ? Meaning.Absolute(CalendarValue.OfDay(weekDay))
                : Meaning.Named(new CalendarValue { Unit = Granularity.Day, Month = ofWeekMonth.Month, Day = day }, null);
            m.WeekOfDate = true;
            return new Mention(i, hasYear ? afterWeekYear : monthEnd, m);
        }

        // the first week of next month, the second week of this month: that week of the month counted from the creation time.
        if (t.Is(k + 1, "week") && t.Is(k + 2, "of") && t.Is(k + 4, "month") && ThisLastNext(t, k + 3) is { } monthsOn && !t.IsPunct(k + 5, '\'')
            && !t.IsPunct(k + 5, '’') && t.IsWord(k) && lex.Ordinals.TryGet(t, k, out var deicticWeekOrdinal) && deicticWeekOrdinal is >= 1 and <= 4)
        {
            var m = Meaning.Deictic(monthsOn, "M");
            m.DayOfMonth = (7 * (deicticWeekOrdinal - 1)) + 4;
            m.WeekOfDate = true;
            return new Mention(i, k + 5, m);
        }

        // the last Friday in March, the first Monday of September 1999: that weekday of the month.
        if ((t.Is(k + 2, "of") || t.Is(k + 2, "in")) && t.IsWord(k + 1) && t.IsCapitalised(k + 1) && t.IsWord(k + 3) && t.IsCapitalised(k + 3)
            && (t.Is(k, "last") || (t.IsWord(k) && lex.Ordinals.TryGet(t, k, out var weekdayOrdinal) && weekdayOrdinal is >= 1 and <= 5))
            && lex.Weekdays.TryGet(t, k + 1, out var nthWeekday) && !nthWeekday.Abbreviation && lex.Months.TryGet(t, k + 3, out var nthMonth))
        {
            var nthOf = t.Is(k, "last") ? -1 : lex.Ordinals.TryGet(t, k, out var ordinal) ? ordinal : 1;
            var rule = new HolidayRule("nth", nthMonth.Month, 0, nthWeekday.Day, nthOf, 0);
            if (TryYearAfter(t, k + 4, out var nthYear, out var afterNthYear))
            {
                return Calendar.NthWeekday(nthYear, nthMonth.Month, nthWeekday.Day, nthOf) is { } nthDay
                    ? new Mention(i, afterNthYear, Meaning.Absolute(CalendarValue.OfDay(nthDay)))
                    : null;
            }

            var named = Meaning.Named(new CalendarValue { Unit = Granularity.Day }, null);
            named.Holiday = rule;
            return new Mention(i, k + 4, named);
        }

        // "over the years", "through the decades": a span of unstated length, "the" in the extent (TimeBank PXY).
        if (t.IsWord(k) && lex.Units.TryGet(t, k, out var spanUnit) && spanUnit.Plural && spanUnit.Code is "D" or "W" or "M" or "Y" or "DE" or "CE"
            && (t.Is(i - 1, "over") || t.Is(i - 1, "through") || t.Is(i - 1, "throughout") || t.Is(i - 1, "down") || t.Is(i - 1, "across"))
            && !t.IsNumber(k + 1) && !IsTitleWord(t, k))
        {
            return new Mention(i, k + 1, Meaning.Duration(DurationLiteral("X", spanUnit.Code)));
        }

        // the first day of March, the last day of January 1999: that day of the month (was "the last day", P1D).
        if ((t.Is(k, "first") || t.Is(k, "last")) && t.Is(k + 1, "day") && t.Is(k + 2, "of") && t.IsWord(k + 3) && t.IsCapitalised(k + 3)
            && lex.Months.TryGet(t, k + 3, out var ofDayMonth))
        {
            var monthEnd = k + 4;
            var hasYear = TryYearAfter(t, monthEnd, out var dayYear, out var afterDayYear);
            var day = t.Is(k, "first") ? 1 : DateTime.DaysInMonth(hasYear ? dayYear : 2001, ofDayMonth.Month);
            return hasYear && Calendar.TryDate(dayYear, ofDayMonth.Month, day, out var monthDay)
                ? new Mention(i, afterDayYear, Meaning.Absolute(CalendarValue.OfDay(monthDay)))
                : new Mention(i, monthEnd, Meaning.Named(new CalendarValue { Unit = Granularity.Day, Month = ofDayMonth.Month, Day = day }, null));
        }

        // the week of March 6: the week that holds the date.
        if (t.Is(k, "week") && t.Is(k + 1, "of") && t.IsWord(k + 2) && lex.Months.TryGet(t, k + 2, out var weekMonth)
            && MonthFirst(t, k + 2, weekMonth) is { Meaning.Value.Unit: Granularity.Day } weekDate)
        {
            weekDate.Meaning.WeekOfDate = true;
            return new Mention(i, weekDate.End, weekDate.Meaning);
        }

        // the weekend of March 18: the weekend that holds the date.
        if (t.Is(k, "weekend") && t.Is(k + 1, "of") && t.IsWord(k + 2) && lex.Months.TryGet(t, k + 2, out var weekendMonth)
            && MonthFirst(t, k + 2, weekendMonth) is { Meaning.Value.Unit: Granularity.Day } weekendDate)
        {
            weekendDate.Meaning.WeekendOfDate = true;
            return new Mention(i, weekendDate.End, weekendDate.Meaning);
        }

        // "The war ended in 1945. The following spring, ...": the season after (before) the period under discussion.
        if ((t.Is(k, "previous") || t.Is(k, "preceding") || t.Is(k, "following") || (t.Is(k, "next") && !IsSpanPreposition(t, i - 1)))
            && t.IsWord(k + 1) && lex.Seasons.TryGet(t, k + 1, out var steppedSeason))
        {
            var stepped = Meaning.Anaphoric(0, "Y");
            stepped.SeasonOfReference = steppedSeason;
            stepped.SeasonStep = t.Is(k, "following") || t.Is(k, "next") ? 1 : -1;
            return new Mention(i, k + 2, stepped);
        }

        // "It took effect the following May", "the previous December": the first such month after (before) the one under discussion.
        if ((t.Is(k, "previous") || t.Is(k, "preceding") || t.Is(k, "following")) && t.IsWord(k + 1) && t.IsCapitalised(k + 1)
            && lex.Months.TryGet(t, k + 1, out var steppedMonth) && !steppedMonth.Abbreviation && !TryYearAfter(t, k + 2, out _, out _))
        {
            var m = Meaning.Named(new CalendarValue { Unit = Granularity.Month, Month = steppedMonth.Month }, t.Is(k, "following") ? 1 : -1);
            m.FromReference = true;
            return new Mention(i, k + 2, m);
        }

        // "Asked at the time, he declined", "saying at the time he was willing": the time then, a past one (TimeBank PAST_REF).
        if (t.Is(k, "time") && t.Is(i - 1, "at") && !t.IsCapitalised(k)
            && ((t.IsPunct(k + 1, ',') || t.IsPunct(k + 1, '.') || t.IsPunct(k + 1, ';')) || t.Is(k + 1, "he") || t.Is(k + 1, "she")
                || t.Is(k + 1, "it") || t.Is(k + 1, "they") || t.Is(k + 1, "we") || t.Is(k + 1, "i")))
        {
            return new Mention(i, k + 1, Meaning.Reference("PAST_REF"));
        }

        // the previous Friday, the following Monday: counted from the day under discussion, not from the creation time.
        if ((t.Is(k, "previous") || t.Is(k, "preceding") || t.Is(k, "following")) && t.IsWord(k + 1) && t.IsCapitalised(k + 1)
            && lex.Weekdays.TryGet(t, k + 1, out var relativeDay) && !relativeDay.Abbreviation)
        {
            var m = Meaning.Named(new CalendarValue { Unit = Granularity.Day, Weekday = relativeDay.Day }, t.Is(k, "following") ? 1 : -1);
            m.FromReference = true;
            return new Mention(i, ExtendDay(t, k + 2, m), m);
        }

        // "The next year, he was convicted", "was sold the next month": a narrative's next period, counted from
        // the period under discussion as "the following year" is; "over (in, within, during) the next year" is a
        // span on from now, and "the next year or so" an approximate one.
        if (t.Is(k, "next") && (t.Is(k + 1, "week") || t.Is(k + 1, "month") || t.Is(k + 1, "year")) && !IsTitleWord(t, k + 1)
            && !t.Is(k + 2, "or") && !t.IsPunct(k + 2, '\'') && !t.IsPunct(k + 2, '-') && !t.IsPunct(k + 2, '’') && !IsSpanPreposition(t, i - 1))
        {
            return new Mention(i, k + 2, Meaning.Anaphoric(1, t.Is(k + 1, "week") ? "W" : t.Is(k + 1, "month") ? "M" : "Y"));
        }

        if (IsPositionWithin(t, k))
        {
            return null;
        }

        // "the night of Dec. 31", "the evening of June 3", "the morning of the 4th": that part of that day, one expression (TimeBank
        // tags the date alone: "the night of [Oct. 23]").
        if (extended && t.IsWord(k) && t.Is(k + 1, "of") && !t.IsCapitalised(k) && lex.PartsOfDay.TryGet(t, k, out var partOfDate)
            && (t.Is(k + 2, "the") ? The(t, k + 2) : MatchCore(t, k + 2)) is { Meaning: var dated } ofDate
            && (dated.Value.Unit == Granularity.Day || dated.DayOfMonth > 0 || dated.Kind == MeaningKind.Named && dated.Value.Day > 0)
            && dated.PartOfDay is null && dated.Hour < 0)
        {
            dated.PartOfDay = partOfDate;
            dated.Type = TimexType.Time;
            return new Mention(i, ofDate.End, dated);
        }

        // "rising 20 points in the morning", "worked through the night": that part of the day under discussion (TimeBank TIME).
        if ((t.Is(i - 1, "in") || t.Is(i - 1, "during") || t.Is(i - 1, "through") || t.Is(i - 1, "throughout")) && t.IsWord(k) && !t.IsCapitalised(k)
            && lex.PartsOfDay.TryGet(t, k, out var partOfTheDay) && (t.IsPunct(k + 1, ',') || t.IsPunct(k + 1, '.') || t.IsPunct(k + 1, ';')
                || t.Is(k + 1, "and") || t.Is(k + 1, "to") || t.Is(k + 1, "before") || t.Is(k + 1, "after") || t.Is(k + 1, "when") || k + 1 >= t.Count))
        {
            return new Mention(i, k + 1, new Meaning { Kind = MeaningKind.TimeOfDay, PartOfDay = partOfTheDay, Type = TimexType.Time });
        }

        // "in the last hour of trading", "the first half-hour of the session": an hour (half an hour) of the day told, a duration.
        if (t.Is(k, "first") || t.Is(k, "last") || t.Is(k, "final"))
        {
            if (HalfHour(t, k + 1) is { } firstHalfHour)
            {
                return new Mention(i, firstHalfHour.End, firstHalfHour.Meaning);
            }

            if (t.Is(k + 1, "hour"))
            {
                return new Mention(i, k + 2, Meaning.Duration("PT1H"));
            }
        }

        // "in the next half hour", "over the past half-hour": thirty minutes, "the" and the direction in the extent ("the last
        // half hour" is read by the rule above).
        if ((t.Is(k, "past") || t.Is(k, "next") || t.Is(k, "coming")) && HalfHour(t, k + 1) is { } directedHalfHour
            && !t.Is(directedHalfHour.End, "of"))
        {
            return new Mention(i, directedHalfHour.End, directedHalfHour.Meaning);
        }

        // "since the nineteen-fifties", "the nineteen sixties": a decade said in words.
        if (t.IsWord(k) && lex.Numbers.TryGet(t, k, out var spokenCentury) && spokenCentury is >= 10 and <= 20
            && (t.IsPunct(k + 1, '-') && t.Adjacent(k) ? k + 2 : k + 1) is var spokenDecadeAt && t.IsWord(spokenDecadeAt)
            && lex.DecadeWords.TryGet(t, spokenDecadeAt, out var decadeOfCentury) && decadeOfCentury is >= 192 and <= 199)
        {
            return new Mention(i, spokenDecadeAt + 1, Meaning.Absolute(new CalendarValue { Unit = Granularity.Decade, Number = (spokenCentury * 10) + (decadeOfCentury % 10) }));
        }

        // "sales tripled in the following two years": a span after the time under discussion.
        if (t.Is(k, "following") && TryAmount(t, k + 1, out var followingAmount, out var afterFollowing) && !t.Is(k + 1, "a") && !t.Is(k + 1, "an")
            && t.IsWord(afterFollowing) && lex.Units.TryGet(t, afterFollowing, out var followingUnit) && followingUnit.Plural && followingUnit.Code != "WE")
        {
            return new Mention(i, afterFollowing + 1, Meaning.Duration(DurationLiteral(followingAmount, followingUnit.Code)));
        }

        // the past/last/next/coming/prior (two) weeks
        if (t.Is(k, "past") || t.Is(k, "last") || t.Is(k, "next") || t.Is(k, "coming") || t.Is(k, "previous") || t.Is(k, "recent") || t.Is(k, "prior")
            || t.Is(k, "preceding"))
        {
            var directed = Directed(t, i, k + 1, t.Is(k, "recent") ? -1 : DirectionOf(t, k), true);
            if (directed is not null)
            {
                return directed;
            }
        }

        if (t.Is(k, "current") && t.IsWord(k + 1) && lex.Units.TryGet(t, k + 1, out var currentUnit) && !currentUnit.Plural
            && currentUnit.Code is "W" or "M" or "Q" or "Y")
        {
            return new Mention(i, k + 2, Meaning.Deictic(0, currentUnit.Code));
        }

        // "profit should improve in the current period": the quarter under way, as "the latest period" is the last one reported.
        if (t.Is(k, "current") && t.Is(k + 1, "period"))
        {
            return new Mention(i, k + 2, Meaning.Deictic(0, "Q"));
        }

        // the current fiscal year: the reporting year under way.
        if (t.Is(k, "current") && IsFiscalYear(t, k + 1) && !t.IsPunct(k + 3, '-'))
        {
            return new Mention(i, k + 3, Meaning.Deictic(0, "Y"));
        }

        // the latest quarter (period), the most recent quarter: the last one reported; the latest fiscal
        // year; the latest nine months: a duration up to that report.
        if (t.Is(k, "latest") || (t.Is(k, "most") && t.Is(k + 1, "recent")))
        {
            var u = t.Is(k, "most") ? k + 2 : k + 1;
            if (t.Is(u, "quarter") || t.Is(u, "period"))
            {
                return new Mention(i, u + 1, Meaning.Deictic(-1, "Q"));
            }

            if (IsFiscalYear(t, u))
            {
                return new Mention(i, u + 2, Meaning.Deictic(-1, "Y"));
            }

            if (TryAmount(t, u, out var latestAmount, out var afterLatest) && !t.Is(u, "a") && !t.Is(u, "an") && t.IsWord(afterLatest)
                && lex.Units.TryGet(t, afterLatest, out var latestUnit) && latestUnit.Plural && latestUnit.Code != "WE")
            {
                return new Mention(i, afterLatest + 1, Meaning.Duration(DurationLiteral(latestAmount, latestUnit.Code)));
            }
        }

        // the 1988 third quarter, the 1988 period
        if (t.IsNumber(k) && t[k].Length == 4 && t[k].Number is >= MinYear and <= MaxYear)
        {
            if (QuarterOrHalf(t, k + 1, null) is { Meaning.Kind: MeaningKind.Named } yearQuarter)
            {
                yearQuarter.Meaning.Kind = MeaningKind.Absolute;
                yearQuarter.Meaning.Value = yearQuarter.Meaning.Value with { Year = t[k].Number };
                return new Mention(i, yearQuarter.End, yearQuarter.Meaning);
            }

            if (t.Is(k + 1, "period"))
            {
                return new Mention(i, k + 2, Meaning.Absolute(CalendarValue.OfYear(t[k].Number)));
            }

            // "compared with $2 million in the 1988 quarter": the quarter under discussion, in that year.
            if (t.Is(k + 1, "quarter"))
            {
                var inYear = Meaning.Anaphoric(0, "RQ");
                inYear.InYear = t[k].Number;
                return new Mention(i, k + 2, inYear);
            }
        }

        // the first/last nine months, the first half of 2013, the third quarter
        if (t.IsWord(k) && (lex.Ordinals.TryGet(t, k, out _) || t.Is(k, "fiscal") || t.Is(k, "last") || t.Is(k, "latter") || t.Is(k, "final")) || t.IsNumber(k))
        {
            var q = QuarterOrHalf(t, k, i);
            if (q is not null)
            {
                return q;
            }
        }

        if ((t.Is(k, "first") || t.Is(k, "last") || t.Is(k, "final")) && TryAmount(t, k + 1, out var amount, out var afterAmount)
            && t.IsWord(afterAmount) && lex.Units.TryGet(t, afterAmount, out var firstUnit) && firstUnit.Plural)
        {
            // "the first two quarters of 1990", "the first nine months of 1989": one expression with its year; a half year is that
            // half (1990-H1), another span stays a span.
            if (t.Is(afterAmount + 1, "of") && t.IsNumber(afterAmount + 2) && t[afterAmount + 2].Length == 4
                && Year(t, afterAmount + 2) is { Meaning.Value: { Unit: Granularity.Year, Year: { } ofYear } } spanYear && spanYear.End == afterAmount + 3)
            {
                var half = (amount == "2" && firstUnit.Code == "Q") || (amount == "6" && firstUnit.Code == "M");
                return new Mention(i, spanYear.End, half
                    ? Meaning.Absolute(new CalendarValue { Unit = Granularity.Half, Year = ofYear, Number = t.Is(k, "first") ? 1 : 2 })
                    : Meaning.Duration(DurationLiteral(amount, firstUnit.Code)));
            }

            return new Mention(i, afterAmount + 1, Meaning.Duration(DurationLiteral(amount, firstUnit.Code)));
        }

        // the nine months, the four days
        if (TryAmount(t, k, out var theAmount, out var afterTheAmount) && !t.Is(k, "a") && !t.Is(k, "an") && t.IsWord(afterTheAmount)
            && lex.Units.TryGet(t, afterTheAmount, out var theUnit) && theUnit.Plural && theUnit.Code != "WE")
        {
            return new Mention(i, afterTheAmount + 1, Meaning.Duration(DurationLiteral(theAmount, theUnit.Code)));
        }

        // the early 1980s, the mid-1990s: the article belongs to the extent.
        if (lex.Modifiers.TryMatch(t, k, out var theMod, out var afterMod) && theMod is { AppliesToDates: true } && !t.Is(k, "the") && !t.Is(k, "post") && !t.Is(k, "pre"))
        {
            if (t.Is(afterMod - 1, "mid") && t.IsPunct(afterMod, '-'))
            {
                afterMod++;
            }

            // the early summer, the late eighties: a season or a decade word needs no year after a modifier and the article.
            var modified = MatchCore(t, afterMod)
                ?? (t.IsWord(afterMod) && !t.Is(afterMod + 1, "festival") && lex.Seasons.TryGet(t, afterMod, out var modSeason)
                    ? new Mention(afterMod, afterMod + 1, Meaning.Named(new CalendarValue { Unit = Granularity.Season, Season = modSeason }, null))
                    : t.IsWord(afterMod) && lex.DecadeWords.TryGet(t, afterMod, out var modDecade)
                    ? new Mention(afterMod, afterMod + 1, Meaning.Absolute(new CalendarValue { Unit = Granularity.Decade, Number = modDecade }))
                    : null);
            if (modified is not null && ModifierApplies(t, theMod, modified, afterMod))
            {
                modified.Meaning.Mod = theMod.Mod;
                return new Mention(i, modified.End, modified.Meaning);
            }
        }

        // "for the year ended Sept. 30", "the year to February": a fiscal or rolling year, a year long; "for the year": the current one.
        if (t.Is(k, "year") && (t.Is(k + 1, "ended") || t.Is(k + 1, "ending") || ToDate(t, k + 1)))
        {
            return new Mention(i, k + 1, Meaning.Duration("P1Y"));
        }

        // "for the week ended Oct. 27", "the week ended Tuesday", "the month ending Jan. 31": a reporting period named by its
        // last day, as the year is.
        if ((t.Is(k, "week") || t.Is(k, "month"))
            && (((t.Is(k + 1, "ended") || t.Is(k + 1, "ending")) && t.IsWord(k + 2) && t.IsCapitalised(k + 2)
                    && (lex.Months.TryGet(t, k + 2, out _) || (t.Is(k, "week") && lex.Weekdays.TryGet(t, k + 2, out _)))) || ToDate(t, k + 1)))
        {
            return new Mention(i, k + 1, Meaning.Duration(t.Is(k, "week") ? "P1W" : "P1M"));
        }

        // "in the fiscal year ended Jan. 31": the same, a reporting year a year long.
        if (IsFiscalYear(t, k) && (t.Is(k + 2, "ended") || t.Is(k + 2, "ending")))
        {
            return new Mention(i, k + 2, Meaning.Duration("P1Y"));
        }

        // "a loss for the fiscal year", "at the end of the fiscal year": the reporting year under way, as "for
        // the year" is. One that begins at a stated date ("the fiscal year beginning July 1") may be the next.
        if (IsFiscalYear(t, k) && (t.Is(i - 1, "for") || t.Is(i - 1, "of") || t.Is(i - 1, "during") || t.Is(i - 1, "through") || t.Is(i - 1, "throughout"))
            && !t.IsPunct(k + 2, '\'') && !t.IsPunct(k + 2, '-') && !t.IsNumber(k + 2) && !t.Is(k + 2, "beginning") && !t.Is(k + 2, "starting"))
        {
            return new Mention(i, k + 2, Meaning.Deictic(0, "Y"));
        }

        // "The deficit narrowed in September. Exports rose 3.2% during the month": the month under discussion when the clause tells
        // of an earlier one, else the current one.
        if (t.Is(k, "month") && (t.Is(i - 1, "for") || t.Is(i - 1, "during")) && !t.IsPunct(k + 1, '\'') && !t.IsPunct(k + 1, '-')
            && !t.Is(k + 1, "of") && !t.Is(k + 1, "since") && !t.Is(k + 1, "before") && !t.Is(k + 1, "after") && !t.Is(k + 1, "ended")
            && !t.Is(k + 1, "ending") && !t.Is(k + 1, "to") && !t.Is(k + 1, "or"))
        {
            var discussedMonth = Meaning.Deictic(0, "M");
            discussedMonth.DiscussedUnit = true;
            return new Mention(i, k + 1, discussedMonth);
        }

        // "Fourth-quarter profit dropped. For the year, earnings fell", said in January: the year under discussion when the clause
        // tells of an earlier one, else the current one.
        if (t.Is(k, "year") && (t.Is(i - 1, "for") || (t.Is(i - 1, "of") && t.Is(i - 2, "months"))) && !t.IsPunct(k + 1, '\'') && !t.IsPunct(k + 1, '-'))
        {
            var reported = Meaning.Deictic(0, "Y");
            reported.DiscussedUnit = true;
            return new Mention(i, k + 1, reported);
        }

        // the nineties, the noughties
        if (t.IsWord(k) && lex.DecadeWords.TryGet(t, k, out var decade))
        {
            return new Mention(i, k + 1, Meaning.Absolute(new CalendarValue { Unit = Granularity.Decade, Number = decade }));
        }

        // "the year's first half", "the year's third quarter": that period of the current year, one expression (as
        // "this year's first half").
        if (t.Is(k, "year") && t.Adjacent(k) && t.IsPunct(k + 1, '\'') && t.Is(k + 2, "s")
            && QuarterOrHalf(t, k + 3, k + 3) is { Meaning: { Kind: MeaningKind.Named, Value.Year: null } } yearsPeriod)
        {
            yearsPeriod.Meaning.YearFromCreation = 0;
            return new Mention(i, yearsPeriod.End, yearsPeriod.Meaning);
        }

        // "the week's most active session", "the year's best results": the current one, the possessive outside.
        if ((t.Is(k, "week") || t.Is(k, "month") || t.Is(k, "year")) && t.Adjacent(k) && t.IsPunct(k + 1, '\'') && t.Is(k + 2, "s"))
        {
            return new Mention(i, k + 1, Meaning.Deictic(0, t.Is(k, "week") ? "W" : t.Is(k, "month") ? "M" : "Y"));
        }

        // the weekend
        if (t.Is(k, "weekend"))
        {
            return new Mention(i, k + 1, Meaning.Named(new CalendarValue { Unit = Granularity.Week, Weekend = true }, null));
        }

        // the summer (of 2012); "the Winter Games", "the Summer Olympics" are names.
        if (t.IsWord(k) && lex.Seasons.TryGet(t, k, out var seasonCode) && !(t.IsCapitalised(k) && t.IsWord(k + 1) && t.IsCapitalised(k + 1)))
        {
            var s = Season(t, k);
            if (s is not null)
            {
                return new Mention(i, s.End, s.Meaning);
            }

            // "the fall of Kuwait City", "the winter of his life": of what is no year, the season word is no season; nor is "the fall
            // in bond prices", a drop.
            if (t.Is(k + 1, "of") || IsFallOfSomething(t, k))
            {
                return null;
            }

            return new Mention(i, k + 1, Meaning.Named(new CalendarValue { Unit = Granularity.Season, Season = seasonCode }, null));
        }

        // the prior-year quarter, the prior-year period: the period under discussion a year back, as "the year-ago
        // quarter" is.
        if (t.Is(k, "prior") && t.IsPunct(k + 1, '-') && t.Is(k + 2, "year") && (t.Is(k + 3, "quarter") || t.Is(k + 3, "period")))
        {
            var prior = Meaning.Anaphoric(-1, "RQ");
            prior.KeepsReferenceGranularity = true;
            return new Mention(i, k + 4, prior);
        }

        // the comparable year-ago quarter, the corresponding year-earlier period
        if ((t.Is(k, "comparable") || t.Is(k, "corresponding") || t.Is(k, "same")) && YearAgoAdjective(t, k + 1) is { Meaning.ComparisonPeriod: false } compared)
        {
            return new Mention(i, compared.End, compared.Meaning);
        }

        // "On the 22nd, talks resumed", "have until the 30th to sign up", "from the 10th to the 14th": that day of the month
        // under discussion (of the creation month when none is); "the 22nd floor", "the 5th Circuit" are no days.
        if (IsNumberedDay(t, k) && IsDayOfMonthPreposition(t, i - 1) && (OfTheMonth(t, k + 2) || (!t.IsWord(k + 2) && !t.IsNumber(k + 2)) || IsDayOfMonthFollower(t, k + 2)))
        {
            var dayOfMonth = Meaning.Anaphoric(0, "M");
            dayOfMonth.DayOfMonth = t[k].Number;
            return new Mention(i, OfTheMonth(t, k + 2) ? k + 5 : k + 2, dayOfMonth);
        }

        // the 1990s, the '90s, the 19th century, the 28th of November, the year-ago quarter
        var inner = t.IsNumber(k) ? (Year(t, k) ?? DayFirst(t, k) ?? Century(t, k)) : t.IsPunct(k, '\'') ? TwoDigitYear(t, k) : Century(t, k) ?? YearAgoAdjective(t, k);
        // "the year-ago results": the article belongs to the noun, not to the adjective.
        if (inner is { Meaning.ComparisonPeriod: true })
        {
            return null;
        }

        if (inner is not null && (inner.Meaning.Value.Unit is Granularity.Decade or Granularity.Century or Granularity.Day || inner.Meaning.Kind == MeaningKind.Anaphoric
            || inner.Meaning.YearBack || inner.Meaning.DayOfMonth > 0))
        {
            return new Mention(i, inner.End, inner.Meaning);
        }

        return null;
    }

    /// <summary>"the year" or "the month" after a date modifier (the end of the year): the current one.</summary>
    private Mention? TheUnit(TimeTokens t, int i)
    {
        if (!t.Is(i, "the") || !t.IsWord(i + 1) || !lex.Units.TryGet(t, i + 1, out var unit) || unit.Plural
            || unit.Code is not ("W" or "M" or "Y" or "Q" or "DE" or "CE"))
        {
            return null;
        }

        var current = Meaning.Deictic(0, unit.Code);
        current.DiscussedUnit = unit.Code is "M" or "Y" or "DE";
        return new Mention(i, i + 2, current);
    }

    private Mention? Every(TimeTokens t, int i)
    {
        var k = i + 1;
        if (t.Is(k, "other"))
        {
            k++;
        }

        var amount = t.Is(i + 1, "other") ? "2" : "1";

        // every half hour, every half-hour
        if (HalfHour(t, k) is { } everyHalfHour)
        {
            return new Mention(i, everyHalfHour.End, Meaning.Set("PT30M"));
        }

        if (TryAmount(t, k, out var stated, out var afterAmount) && t.IsWord(afterAmount)
            && lex.Units.TryGet(t, afterAmount, out var plural) && plural.Plural)
        {
            return new Mention(i, afterAmount + 1, Meaning.Set(DurationLiteral(stated, plural.Code)));
        }

        if (!t.IsWord(k))
        {
            return null;
        }

        if (lex.Units.TryGet(t, k, out var unit) && !unit.Plural)
        {
            // every weekend: the weekend of every week (XXXX-WXX-WE), no length of time.
            return new Mention(i, k + 1, Meaning.Set(unit.Code == "WE" ? "XXXX-WXX-WE" : DurationLiteral(amount, unit.Code)));
        }

        if (lex.Weekdays.TryGet(t, k, out var weekday) && !weekday.Abbreviation)
        {
            var end = k + 1;
            var value = "XXXX-WXX-" + weekday.Day.ToString(CultureInfo.InvariantCulture);
            if (t.IsWord(end) && lex.PartsOfDay.TryGet(t, end, out var part))
            {
                value += "T" + part;
                end++;
            }

            return new Mention(i, end, Meaning.Set(value));
        }

        if (lex.Months.TryGet(t, k, out var month) && t.IsCapitalised(k))
        {
            // every Dec. 7, each July 4: that day of every year.
            var dayAt = month.Abbreviation && t.IsPunct(k + 1, '.') ? k + 2 : k + 1;
            if (t.IsNumber(dayAt) && t[dayAt].Length <= 2 && t[dayAt].Number >= 1 && t[dayAt].Number <= DateTime.DaysInMonth(2000, month.Month))
            {
                return new Mention(i, dayAt + 1, Meaning.Set("XXXX-" + month.Month.ToString("D2", CultureInfo.InvariantCulture) + "-"
                    + t[dayAt].Number.ToString("D2", CultureInfo.InvariantCulture)));
            }

            if (!month.Abbreviation)
            {
                return new Mention(i, k + 1, Meaning.Set("XXXX-" + month.Month.ToString("D2", CultureInfo.InvariantCulture)));
            }
        }

        if (lex.Seasons.TryGet(t, k, out var season))
        {
            return new Mention(i, k + 1, Meaning.Set("XXXX-" + season));
        }

        if (lex.PartsOfDay.TryGet(t, k, out var dayPart))
        {
            return new Mention(i, k + 1, Meaning.Set("XXXX-XX-XXT" + dayPart));
        }

        return null;
    }

    // ---- quarters, halves, fiscal years, seasons, centuries ----

    /// <summary>third-quarter, the third quarter (of 2013), the first half, Q3 2013; start is the token of a leading "the".</summary>
    private Mention? QuarterOrHalf(TimeTokens t, int k, int? start)
    {
        var s = start ?? k;
        var afterArticle = k;
        if (t.Is(k, "fiscal"))
        {
            k++;
            if (t.IsPunct(k, '-'))
            {
                k++;
            }
        }

        int number;
        if (t.IsWord(k) && t[k].Length == 1 && (t.Is(k, "q") || t.Is(k, "h")) && t.Adjacent(k) && t.IsNumber(k + 1) && t.IsCapitalised(k))
        {
            number = t[k + 1].Number;
            var isQuarter = t.Is(k, "q");
            if (number < 1 || number > (isQuarter ? 4 : 2))
            {
                return null;
            }

            var v = new CalendarValue { Unit = isQuarter ? Granularity.Quarter : Granularity.Half, Number = number };
            return QuarterYear(t, s, k + 2, v);
        }

        var e = k;
        if (t.IsWord(k) && lex.Ordinals.TryGet(t, k, out number))
        {
            e = k + 1;
        }
        else if ((t.Is(k, "last") || t.Is(k, "latter")) && t.Is(k + 1, "half") && start is not null)
        {
            number = 2;
            e = k + 1;
        }
        else if ((t.Is(k, "last") || t.Is(k, "final")) && t.Is(k + 1, "quarter") && t.Is(k + 2, "of") && start is not null)
        {
            // "the final quarter of 2009", "the last quarter of the year": the fourth ("the last quarter" alone is
            // the latest one reported).
            number = 4;
            e = k + 1;
        }
        else if (t.IsNumber(k) && t.Adjacent(k) && IsOrdinalSuffix(t, k + 1))
        {
            number = t[k].Number;
            e = k + 2;
        }
        else
        {
            return null;
        }

        if (t.IsPunct(e, '-'))
        {
            // "the third-quarter results": TimeBank leaves the article out of an adjectival quarter.
            e++;
            s = start is null ? s : afterArticle;
        }

        if (t.Is(e, "fiscal"))
        {
            e++;
        }

        if (t.Is(e, "quarter") && number is >= 1 and <= 4)
        {
            return QuarterYear(t, s, e + 1, new CalendarValue { Unit = Granularity.Quarter, Number = number });
        }

        // "the last half hour", "the first half century": a measure, not a half of a year.
        if (t.Is(e, "half") && number is >= 1 and <= 2 && start is not null && !t.Is(e + 1, "hour") && !t.Is(e + 1, "century") && !t.Is(e + 1, "dozen"))
        {
            // the last half of the '80s, the first half of the 1990s, the second half of March, the first half of next month,
            // the second half of the decade: that period's start or end (a half of a year stays H1 or H2).
            if (t.Is(e + 1, "of") && (MatchCore(t, e + 2) ?? TheUnit(t, e + 2)) is { Meaning.Mod: null } period && IsHalvedPeriod(period.Meaning))
            {
                period.Meaning.Mod = number == 1 ? "START" : "END";
                return new Mention(s, period.End, period.Meaning);
            }

            return QuarterYear(t, s, e + 1, new CalendarValue { Unit = Granularity.Half, Number = number });
        }

        return null;
    }

    /// <summary>
    /// "of that year", "of the following year", "of the year before" at k: the year under discussion moved by that many
    /// years, and where the phrase ends.
    /// </summary>
    private bool AnaphoricYearAfterOf(TimeTokens t, int k, out int offset, out int end)
    {
        offset = 0;
        end = k;
        if (!t.Is(k, "of") || !lex.Anaphoric.TryMatch(t, k + 1, out var anaphoric, out var afterAnaphoric) || anaphoric is not { Unit: "Y" }
            || (!extended && anaphoric.Extended))
        {
            return false;
        }

        offset = anaphoric.Offset;
        end = afterAnaphoric;
        return true;
    }

    /// <summary>
    /// "to February", "to 3 April", "through March 31", "through Friday" at k: the last day or month of a reporting period
    /// (the week to 3 April, the year through March 31).
    /// </summary>
    private bool ToDate(TimeTokens t, int k) =>
        (t.Is(k, "to") || t.Is(k, "through")) && ((t.IsWord(k + 1) && t.IsCapitalised(k + 1) && (lex.Months.TryGet(t, k + 1, out _) || lex.Weekdays.TryGet(t, k + 1, out _)))
            || (t.IsNumber(k + 1) && t[k + 1].Length <= 2 && t.IsWord(k + 2) && t.IsCapitalised(k + 2) && lex.Months.TryGet(t, k + 2, out _)));

    /// <summary>A month, decade or century, named or counted from now, whose half a text may name by START or END.</summary>
    private static bool IsHalvedPeriod(Meaning m) => m.Kind switch
    {
        MeaningKind.Absolute or MeaningKind.Named => m.Value.Unit is Granularity.Month or Granularity.Decade or Granularity.Century
            && m.Value.Day == 0 && m.Value.Weekday == 0,
        MeaningKind.Deictic => m.Unit is "M" or "DE" or "CE" && m.PartOfDay is null,
        _ => false,
    };

    private Mention QuarterYear(TimeTokens t, int start, int k, CalendarValue value)
    {
        // the second quarter of that year, the first half of the following year: in the year under discussion.
        if (AnaphoricYearAfterOf(t, k, out var fromReference, out var afterReference))
        {
            var discussed = Meaning.Named(value, null);
            discussed.YearFromReference = fromReference;
            return new Mention(start, afterReference, discussed);
        }

        var y = t.Is(k, "of") ? k + 1 : k;
        if (t.Is(y, "fiscal"))
        {
            y++;
        }

        if (t.IsNumber(y) && t[y].Length == 4 && t[y].Number is >= MinYear and <= MaxYear)
        {
            return new Mention(start, y + 1, Meaning.Absolute(value with { Year = t[y].Number }));
        }

        if (t.Is(k, "of") && t.Is(k + 1, "the") && t.Is(k + 2, "year"))
        {
            return new Mention(start, k + 3, Meaning.Named(value, 0));
        }

        // the first half of the fiscal year, the third quarter of the current fiscal year: of the reporting year under way.
        var fiscalAt = t.Is(k + 2, "current") ? k + 3 : k + 2;
        if (t.Is(k, "of") && t.Is(k + 1, "the") && IsFiscalYear(t, fiscalAt) && !t.IsNumber(fiscalAt + 2))
        {
            return new Mention(start, fiscalAt + 2, Meaning.Named(value, 0));
        }

        // the fourth quarter of last year, the first half of next year: one period, in the year counted
        // from the creation time (as "last year's fourth quarter").
        if (t.Is(k, "of") && t.Is(k + 2, "year") && ThisLastNext(t, k + 1) is { } years)
        {
            var m = Meaning.Named(value, null);
            m.YearFromCreation = years;
            return new Mention(start, k + 3, m);
        }

        return new Mention(start, k, Meaning.Named(value, null));
    }

    /// <summary>"fiscal year" or "financial year" (as British news says it) at k.</summary>
    private static bool IsFiscalYear(TimeTokens t, int k) => (t.Is(k, "fiscal") || t.Is(k, "financial")) && t.Is(k + 1, "year");

    /// <summary>fiscal 1990, fiscal year 1990, fiscal '98.</summary>
    private Mention? Fiscal(TimeTokens t, int i)
    {
        // FY2011, FY 2011, FY11: the fiscal year, as "fiscal 2011" is (only written in capitals, so "fy" in a word is no year).
        if (t.Is(i, "fy") && t.IsCapitalised(i) && char.IsUpper(t.Text[t[i].Start + 1]) && t.IsNumber(i + 1))
        {
            var fy = t[i + 1];
            return fy.Length == 4 && fy.Number is >= MinYear and <= MaxYear ? new Mention(i, i + 2, Meaning.Absolute(CalendarValue.OfYear(fy.Number)))
                : fy.Length == 2 && t.Adjacent(i) ? new Mention(i, i + 2, Meaning.Absolute(CalendarValue.OfYear(ExpandTwoDigitYear(fy.Number))))
                : null;
        }

        if (!t.Is(i, "fiscal"))
        {
            return null;
        }

        var k = i + 1;
        if (t.Is(k, "year"))
        {
            k++;
        }

        if (t.IsNumber(k) && t[k].Length == 4 && t[k].Number is >= MinYear and <= MaxYear)
        {
            return YearsPeriod(t, i, k + 1, t[k].Number) ?? new Mention(i, k + 1, Meaning.Absolute(CalendarValue.OfYear(t[k].Number)));
        }

        if (t.IsPunct(k, '\'') && t.Adjacent(k) && t.IsNumber(k + 1) && t[k + 1].Length == 2)
        {
            return new Mention(i, k + 2, Meaning.Absolute(CalendarValue.OfYear(ExpandTwoDigitYear(t[k + 1].Number))));
        }

        return QuarterOrHalf(t, i, null);
    }

    /// <summary>"The fall in bond prices accelerated": a drop in something, not the season.</summary>
    private static bool IsFallOfSomething(TimeTokens t, int i) =>
        t.Is(i, "fall") && t.Is(i + 1, "in") && t.IsWord(i + 2) && !t.IsCapitalised(i + 2) && !t.Is(i + 2, "the");

    /// <summary>summer 2012, summer of 2012.</summary>
    private Mention? Season(TimeTokens t, int i)
    {
        if (!lex.Seasons.TryGet(t, i, out var season))
        {
            return null;
        }

        // "the Mid-Autumn Festival", "a summer festival": a feast or an event's name, not the season.
        if (IsFallOfSomething(t, i) || t.Is(i + 1, "festival"))
        {
            return null;
        }

        var k = t.Is(i + 1, "of") ? i + 2 : i + 1;
        if (!t.IsPunct(k, ',') && TryYearAfter(t, k, out var year, out var end))
        {
            return new Mention(i, end, Meaning.Absolute(new CalendarValue { Unit = Granularity.Season, Season = season, Year = year }));
        }

        // the summer of that year, the spring of the following year: the season in the year under discussion.
        if (AnaphoricYearAfterOf(t, i + 1, out var seasonFromReference, out var afterSeasonReference))
        {
            var anaphoricSeason = Meaning.Named(new CalendarValue { Unit = Granularity.Season, Season = season }, null);
            anaphoricSeason.YearFromReference = seasonFromReference;
            return new Mention(i, afterSeasonReference, anaphoricSeason);
        }

        // the spring of next year, the summer of last year: the season in the year counted from the creation year.
        if (t.Is(i + 1, "of") && t.Is(k + 1, "year") && !t.IsPunct(k + 2, '\'') && !t.IsPunct(k + 2, '’')
            && ThisLastNext(t, k) is { } years)
        {
            var m = Meaning.Named(new CalendarValue { Unit = Granularity.Season, Season = season }, null);
            m.YearFromCreation = years;
            return new Mention(i, k + 2, m);
        }

        // "rule by summer", "since spring, prices have fallen", "by early spring": the season alone after a preposition (and
        // early or late), as "the summer" is; before a noun it only describes it (summer sales, spring training).
        if ((IsBareSeasonPreposition(t, i - 1) || ((t.Is(i - 1, "early") || t.Is(i - 1, "late")) && IsBareSeasonPreposition(t, i - 2)))
            && !IsTitleWord(t, i) && EndsNounPhrase(t, i + 1))
        {
            return new Mention(i, i + 1, Meaning.Named(new CalendarValue { Unit = Granularity.Season, Season = season }, null));
        }

        return null;
    }

    private static bool IsBareSeasonPreposition(TimeTokens t, int k) =>
        t.Is(k, "in") || t.Is(k, "by") || t.Is(k, "since") || t.Is(k, "until") || t.Is(k, "till") || t.Is(k, "before")
        || t.Is(k, "after") || t.Is(k, "during") || t.Is(k, "through") || t.Is(k, "throughout");

    /// <summary>Whether the noun phrase ends before token k: punctuation, the text's end, or a word that cannot go on a noun.</summary>
    private static bool EndsNounPhrase(TimeTokens t, int k) =>
        k >= t.Count || (t[k].Type == TokenType.Punct && !t.IsPunct(k, '\'') && !t.IsPunct(k, '’') && !t.IsPunct(k, '-')) || t.Is(k, "and") || t.Is(k, "or") || t.Is(k, "when") || t.Is(k, "as")
        || t.Is(k, "while") || t.Is(k, "the") || t.Is(k, "a") || t.Is(k, "at") || t.Is(k, "to") || t.Is(k, "with") || t.Is(k, "for") || t.Is(k, "whether");

    /// <summary>19th century, nineteenth century (the extent's "the" is added by the caller).</summary>
    private Mention? Century(TimeTokens t, int i)
    {
        int number;
        var k = i + 1;
        if (t.IsNumber(i) && t.Adjacent(i) && IsOrdinalSuffix(t, i + 1))
        {
            number = t[i].Number;
            k = i + 2;
        }
        else if (t.IsWord(i) && lex.Numbers.TryGet(t, i, out var tens) && tens is 20 or 30 && t.IsPunct(i + 1, '-')
            && t.IsWord(i + 2) && lex.Ordinals.TryGet(t, i + 2, out var ones) && ones is >= 1 and <= 9)
        {
            // twenty-first
            number = tens + ones;
            k = i + 3;
        }
        else if (!t.IsWord(i) || !lex.Ordinals.TryGet(t, i, out number))
        {
            return null;
        }

        if (t.IsPunct(k, '-'))
        {
            k++;
        }

        if (!t.Is(k, "century") || number is < 1 or > 99)
        {
            return null;
        }

        // "Twentieth Century Fox", "21st Century Insurance": a capitalised century before another capitalised word names a firm.
        if (t.IsCapitalised(k) && t.IsWord(k + 1) && t.IsCapitalised(k + 1) && !lex.Months.TryGet(t, k + 1, out _))
        {
            return null;
        }

        return new Mention(i, k + 1, Meaning.Absolute(new CalendarValue { Unit = Granularity.Century, Number = number - 1 }));
    }

    /// <summary>
    /// Whether a record ("the first", "the worst", "the only", "the highest") comes before "in" at k within its clause: "the first
    /// multiparty vote in 30 years" counts the years back from now.
    /// </summary>
    private static bool RecordBefore(TimeTokens t, int k)
    {
        for (var j = k - 1; j >= 0 && k - j <= 10 && !t.IsPunct(j, ',') && !SentenceBreakAt(t, j); j--)
        {
            if (t.Is(j, "first") || t.Is(j, "only") || t.Is(j, "last") || t.Is(j, "most") || t.Is(j, "least") || t.Is(j, "time")
                || (t.IsWord(j) && t.Chars(j).EndsWith("est", StringComparison.OrdinalIgnoreCase) && t[j].Length > 4 && t.Is(j - 1, "the")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A unit of length at k, before which "an hour" makes a speed.</summary>
    private static bool IsDistanceUnit(TimeTokens t, int k) =>
        t.Is(k, "miles") || t.Is(k, "mile") || t.Is(k, "kilometers") || t.Is(k, "kilometres") || t.Is(k, "km") || t.Is(k, "feet")
        || t.Is(k, "meters") || t.Is(k, "metres") || t.Is(k, "knots") || t.Is(k, "inches");

    /// <summary>"point", "points" or "percentage point" at k: a quarter before it is a fraction of a rate.</summary>
    private static bool IsPointAfter(TimeTokens t, int k) => t.Is(k, "point") || t.Is(k, "points") || t.Is(k, "percentage");

    /// <summary>
    /// "the 1950's and 60's", "the 1980s and early 90s": a decade in two digits after a decade written in full, in that decade's
    /// century (alone, "60's" may be an age or a temperature).
    /// </summary>
    private static Mention? PairedShortDecade(TimeTokens t, int i)
    {
        if (t[i].Length != 2 || t[i].Number % 10 != 0 || !t.Adjacent(i))
        {
            return null;
        }

        var end = t.Is(i + 1, "s") ? i + 2 : (t.IsPunct(i + 1, '\'') || t.IsPunct(i + 1, '’')) && t.Adjacent(i + 1) && t.Is(i + 2, "s") ? i + 3 : -1;
        var join = i - 1;
        if (end < 0 || (t.IsWord(join) && (t.Is(join, "early") || t.Is(join, "mid") || t.Is(join, "late")) && (join -= 1) < 0))
        {
            return null;
        }

        if (!(t.Is(join, "and") || t.Is(join, "or") || t.Is(join, "to") || t.IsPunct(join, '-')))
        {
            return null;
        }

        // The decade before the joint: "1950" then "s" or "'s".
        var s = join - 1;
        var year = t.Is(s, "s") && t.IsNumber(s - 1) ? s - 1 : t.Is(s, "s") && (t.IsPunct(s - 1, '\'') || t.IsPunct(s - 1, '’')) && t.IsNumber(s - 2) ? s - 2 : -1;
        if (year < 0 || t[year].Length != 4 || t[year].Number % 10 != 0 || t[year].Number is < MinYear or > MaxYear)
        {
            return null;
        }

        var decade = (t[year].Number / 100 * 10) + (t[i].Number / 10);
        return new Mention(i, end, Meaning.Absolute(new CalendarValue { Unit = Granularity.Decade, Number = decade }));
    }

    private static bool IsDayOfMonthPreposition(TimeTokens t, int k) =>
        t.Is(k, "on") || t.Is(k, "until") || t.Is(k, "till") || t.Is(k, "by") || t.Is(k, "since") || t.Is(k, "from") || t.Is(k, "to")
        || t.Is(k, "through") || t.Is(k, "before") || t.Is(k, "after");

    /// <summary>A word after "the 15th" that ends the date: a conjunction or preposition, not a noun ("the 22nd floor").</summary>
    private static bool IsDayOfMonthFollower(TimeTokens t, int k) =>
        t.Is(k, "and") || t.Is(k, "or") || t.Is(k, "to") || t.Is(k, "through") || t.Is(k, "until") || t.Is(k, "when") || t.Is(k, "at")
        || t.Is(k, "in") || t.Is(k, "before") || t.Is(k, "after") || t.Is(k, "with") || t.Is(k, "but");

    /// <summary>"of the month" at k, after a day of the month ("the 10th of the month").</summary>
    private static bool OfTheMonth(TimeTokens t, int k) => t.Is(k, "of") && t.Is(k + 1, "the") && t.Is(k + 2, "month");

    /// <summary>"year-end", "year end", "year's end", "month-end", "week's end": the end of the current year, month or week.</summary>
    private static Mention? YearEnd(TimeTokens t, int i)
    {
        var k = i + 1;
        if (t.IsPunct(k, '-') && t.Adjacent(i))
        {
            k++;
        }
        else if ((t.IsPunct(k, '\'') || t.IsPunct(k, '’')) && t.Adjacent(i) && t.Is(k + 1, "s"))
        {
            k += 2;
        }

        var unit = t.Is(i, "year") ? "Y" : t.Is(i, "month") ? "M" : t.Is(i, "week") && k > i + 1 ? "W" : null;
        if (unit is null || !t.Is(k, "end"))
        {
            return null;
        }

        var m = Meaning.Deictic(0, unit);
        m.Mod = "END";
        return new Mention(i, k + 1, m);
    }

    /// <summary>The end of "last year", "a year ago", "a year earlier", "of last year", "the year before" at k; 0 if none is there.</summary>
    private static int YearBackAfter(TimeTokens t, int k)
    {
        var of = t.Is(k, "of") ? k + 1 : k;
        if (t.Is(of, "last") && t.Is(of + 1, "year") && !t.IsPunct(of + 2, '\''))
        {
            return of + 2;
        }

        if (of == k && (t.Is(k, "a") || t.Is(k, "one")) && t.Is(k + 1, "year") && (t.Is(k + 2, "ago") || t.Is(k + 2, "earlier")))
        {
            return k + 3;
        }

        return of == k && t.Is(k, "the") && t.Is(k + 1, "year") && t.Is(k + 2, "before") && !t.IsWord(k + 3) ? k + 3 : 0;
    }

    private Mention? YearAgoAdjective(TimeTokens t, int i)
    {
        if (!t.Is(i, "year") || !t.IsPunct(i + 1, '-') || !(t.Is(i + 2, "ago") || t.Is(i + 2, "earlier")))
        {
            return null;
        }

        var end = i + 3;

        // the year-earlier nine months: the span compared with, a duration.
        if (TryAmount(t, end, out var amount, out var afterAmount) && !t.Is(end, "a") && !t.Is(end, "an") && amount != "X"
            && t.IsWord(afterAmount) && lex.Units.TryGet(t, afterAmount, out var spanUnit) && spanUnit.Plural && spanUnit.Code is "W" or "M")
        {
            return new Mention(i, afterAmount + 1, Meaning.Duration(DurationLiteral(amount, spanUnit.Code)));
        }

        // the year-ago third quarter
        if (QuarterOrHalf(t, end, null) is { Meaning.Kind: MeaningKind.Named } named)
        {
            var shifted = Meaning.Named(named.Meaning.Value, null);
            shifted.YearBack = true;
            return new Mention(i, named.End, shifted);
        }

        var quarter = t.Is(end, "quarter") || t.Is(end, "period");
        if (quarter)
        {
            end++;
        }

        var m = Meaning.Anaphoric(-1, quarter ? "RQ" : "Y");
        m.KeepsReferenceGranularity = true;
        m.ComparisonPeriod = !quarter;
        return new Mention(i, end, m);
    }

    // ---- amounts: durations, "ago", "later" ----

    /// <summary>
    /// A second stated amount after the amount <paramref name="low"/> that ends at k and "to" or "or" ("two to three", "12 to
    /// 18", "two or three"), larger than it: the range is an unstated amount (X); where the second ends.
    /// </summary>
    private bool TryRangeAfter(TimeTokens t, string low, int k, out int end)
    {
        end = k;
        if (!(t.Is(k, "to") || t.Is(k, "or")) || t.Is(k + 1, "a") || t.Is(k + 1, "an") || !TryAmount(t, k + 1, out var high, out var afterHigh)
            || !decimal.TryParse(low, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var lowValue)
            || !decimal.TryParse(high, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var highValue) || lowValue >= highValue)
        {
            return false;
        }

        end = afterHigh;
        return true;
    }

    /// <summary>
    /// "1,800", "1,000,000": a number written in groups of three digits after its first, up to nine digits in all; false for any
    /// other shape ("3,4" is a list).
    /// </summary>
    private static bool TryGroupedAmount(TimeTokens t, int k, out string amount, out int end)
    {
        amount = "";
        end = k;
        if (t[k].Length > 3)
        {
            return false;
        }

        long value = t[k].Number;
        var j = k;
        while (t.Adjacent(j) && t.IsPunct(j + 1, ',') && t.Adjacent(j + 1) && t.IsNumber(j + 2) && t[j + 2].Length == 3)
        {
            value = (value * 1000) + t[j + 2].Number;
            j += 2;
            if (value > 999_999_999)
            {
                return false;
            }
        }

        if (j == k)
        {
            return false;
        }

        amount = value.ToString(CultureInfo.InvariantCulture);
        end = j + 1;
        return true;
    }

    /// <summary>An amount: 3, 2.5, three, twenty-four, a, an, a few, several, a couple of, couple of. "X" for a vague one.</summary>
    private bool TryAmount(TimeTokens t, int k, out string amount, out int end)
    {
        amount = "";
        end = k;
        if (k >= t.Count)
        {
            return false;
        }

        if (t.IsNumber(k))
        {
            // "1,800 hours": the amount is read from its first group; the groups after a comma are no amount of their own.
            if (t[k].Number < 0 || (t[k].Length == 3 && t.IsPunct(k - 1, ',') && t.Adjacent(k - 1) && t.Adjacent(k - 2) && t.IsNumber(k - 2)))
            {
                return false;
            }

            if (t.Adjacent(k) && t.IsPunct(k + 1, ',') && t.IsNumber(k + 2))
            {
                return TryGroupedAmount(t, k, out amount, out end);
            }

            amount = NumberText(t[k].Number);
            end = k + 1;
            if (t.Adjacent(k) && t.IsPunct(k + 1, '.') && t.Adjacent(k + 1) && t.IsNumber(k + 2) && t[k + 2].Number >= 0)
            {
                amount += "." + t.Chars(k + 2).ToString();
                end = k + 3;
            }
            else if (t.Is(k + 1, "1") && t.Adjacent(k + 1) && t.IsPunct(k + 2, '/') && t.Adjacent(k + 2) && t.Is(k + 3, "2") && !t.Adjacent(k))
            {
                // 5 1/2
                amount += ".5";
                end = k + 4;
            }

            return true;
        }

        if (!t.IsWord(k))
        {
            return false;
        }

        // the next couple of years
        if (t.Is(k, "couple") && t.Is(k + 1, "of"))
        {
            amount = "2";
            end = k + 2;
            return true;
        }

        if (t.Is(k, "a") || t.Is(k, "an"))
        {
            if (t.Is(k + 1, "few") || t.Is(k + 1, "number") && t.Is(k + 2, "of"))
            {
                amount = "X";
                end = t.Is(k + 1, "few") ? k + 2 : k + 3;
                return true;
            }

            if (t.Is(k + 1, "couple"))
            {
                amount = "2";
                end = t.Is(k + 2, "of") ? k + 3 : k + 2;
                return true;
            }

            if (t.Is(k + 1, "dozen"))
            {
                amount = "12";
                end = k + 2;
                return true;
            }

            // a hundred years, a thousand days
            if (t.Is(k + 1, "hundred") || t.Is(k + 1, "thousand"))
            {
                amount = t.Is(k + 1, "hundred") ? "100" : "1000";
                end = k + 2;
                return true;
            }

            amount = "1";
            end = k + 1;
            return true;
        }

        if (!lex.Numbers.TryGet(t, k, out var value))
        {
            return false;
        }

        end = k + 1;
        if (value < 0)
        {
            amount = "X";
            return true;
        }

        // twenty-four, twenty four
        if (value >= 20 && value % 10 == 0)
        {
            var u = t.IsPunct(end, '-') ? end + 1 : end;
            if (t.IsWord(u) && lex.Numbers.TryGet(t, u, out var ones) && ones is >= 1 and <= 9)
            {
                value += ones;
                end = u + 1;
            }
        }

        // two hundred years, two thousand years
        if (value is >= 1 and <= 99 && (t.Is(end, "hundred") || t.Is(end, "thousand")))
        {
            value *= t.Is(end, "hundred") ? 100 : 1000;
            end++;
        }

        amount = NumberText(value);
        return true;
    }

    /// <summary>
    /// The decimal text of a non-negative number; the ones below 10,000 come from a table, since every
    /// number the grammar visits reads its amount (most are followed by no unit and dropped).
    /// </summary>
    private static string NumberText(int n) => (uint)n < (uint)SmallNumbers.Length ? SmallNumbers[n] : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"a half hour", "a half-hour", "the last half hour": thirty minutes ("Sunday Half Hour" is a programme).</summary>
    private static Mention? HalfHour(TimeTokens t, int i)
    {
        var halfAt = (t.Is(i, "a") || t.Is(i, "an")) && t.Is(i + 1, "half") ? i + 1 : i;
        return t.Is(halfAt, "half") && (t.IsPunct(halfAt + 1, '-') ? halfAt + 2 : halfAt + 1) is var hourAt && t.Is(hourAt, "hour") && !IsTitleWord(t, hourAt)
            ? new Mention(i, hourAt + 1, Meaning.Duration("PT30M"))
            : null;
    }

    private Mention? Quantity(TimeTokens t, int i)
    {
        // "the twenty-four-hour news network": the ones of a number said in words belong to its tens; what the whole amount
        // makes is read from the tens.
        if (t.IsWord(i) && t.IsPunct(i - 1, '-') && t.Adjacent(i - 1) && t.Adjacent(i - 2) && lex.Numbers.TryGet(t, i - 2, out var tens) && tens is >= 20 and <= 90
            && tens % 10 == 0)
        {
            return null;
        }

        if (t.IsWord(i) && HalfHour(t, i) is { } halfHour)
        {
            return halfHour;
        }

        // half an hour, half a day
        if (t.Is(i, "half") && (t.Is(i + 1, "a") || t.Is(i + 1, "an")) && t.IsWord(i + 2) && lex.Units.TryGet(t, i + 2, out var halfUnit))
        {
            var literal = halfUnit.Code switch
            {
                "H" => "PT30M",
                "D" => "PT12H",
                "M" => "P2W",
                "Y" => "P6M",
                "DE" => "P5Y",
                "CE" => "P50Y",
                _ => null,
            };
            return literal is null ? null : new Mention(i, i + 3, Meaning.Duration(literal));
        }

        // a half century, a half-century: 50 years (as "half a century" is); "a half-century ago" the year 50 back.
        if (t.Is(i, "a") && t.Is(i + 1, "half") && (t.IsPunct(i + 2, '-') ? i + 3 : i + 2) is var halfCentury && t.Is(halfCentury, "century"))
        {
            return t.Is(halfCentury + 1, "ago") ? new Mention(i, halfCentury + 2, Meaning.Deictic(-50, "Y")) : new Mention(i, halfCentury + 1, Meaning.Duration("P50Y"));
        }

        // a quarter century, a quarter-century, a quarter of a century: 25 years (not a quarter and a century).
        if (t.Is(i, "a") && t.Is(i + 1, "quarter"))
        {
            var c = t.IsPunct(i + 2, '-') ? i + 3 : t.Is(i + 2, "of") && t.Is(i + 3, "a") ? i + 4 : i + 2;
            if (t.Is(c, "century"))
            {
                return t.Is(c + 1, "ago") ? new Mention(i, c + 2, Meaning.Deictic(-25, "Y")) : new Mention(i, c + 1, Meaning.Duration("P25Y"));
            }

            // "cut rates by a quarter point", "a quarter-percentage-point rise": a fraction of a point, no time.
            if (IsPointAfter(t, t.IsPunct(i + 2, '-') ? i + 3 : i + 2))
            {
                return null;
            }

            // "a quarter of an hour" is 15 minutes; "a quarter of the sum", "a quarter of all voters" a fraction, no time.
            if (t.Is(i + 2, "of"))
            {
                return (t.Is(i + 3, "an") || t.Is(i + 3, "a")) && t.Is(i + 4, "hour") ? new Mention(i, i + 5, Meaning.Duration("PT15M")) : null;
            }
        }

        // for a while, after a while, for some time: a duration of unstated length (PXX); "a while ago" a vague past.
        if ((t.Is(i, "a") && t.Is(i + 1, "while") && !(t.Is(i - 1, "in") && t.Is(i - 2, "once")))
            || (t.Is(i, "some") && t.Is(i + 1, "time") && (t.Is(i - 1, "for") || t.Is(i - 1, "after"))))
        {
            return !t.Is(i + 2, "ago") ? new Mention(i, i + 2, Meaning.Duration("PXX"))
                : extended ? new Mention(i, i + 3, Meaning.Reference("PAST_REF"))
                : null;
        }

        // "will one day be", "could one day replace": one day after a modal is an unnamed future day, not a
        // duration (TimeBank FUTURE_REF).
        if (t.Is(i, "one") && t.Is(i + 1, "day") && IsModal(t, i - 1) && t.IsWord(i + 2))
        {
            return new Mention(i, i + 2, Meaning.Reference("FUTURE_REF"));
        }

        if (!TryAmount(t, i, out var amount, out var k))
        {
            return null;
        }

        // "two to three years", "12 to 18 months", "two or three days": an unstated amount between the two, one duration.
        if (TryRangeAfter(t, amount, k, out var rangeEnd) && t.IsWord(rangeEnd)
            && lex.Units.TryGet(t, rangeEnd, out var rangeUnit) && rangeUnit.Plural && rangeUnit.Code is not "WE" && !t.Is(rangeEnd + 1, "ago")
            && !t.Is(rangeEnd + 1, "later") && !t.Is(rangeEnd + 1, "earlier") && !t.Is(rangeEnd + 1, "old") && !t.IsPunct(rangeEnd + 1, '-'))
        {
            return new Mention(i, rangeEnd + 1, Meaning.Duration(DurationLiteral("X", rangeUnit.Code)));
        }

        // two and a half years: a decimal amount (TIDES P2.5Y).
        var half = AndAHalf(t, k) && amount != "X" && !amount.Contains('.');
        if (half)
        {
            amount += ".5";
            k += 3;
        }

        if (t.IsPunct(k, '-'))
        {
            k++;
        }
        else if ((t.Is(k, "more") || t.Is(k, "consecutive") || t.Is(k, "straight") || t.Is(k, "successive"))
            && t.IsWord(k + 1) && lex.Units.TryGet(t, k + 1, out var moreUnit) && moreUnit.Plural)
        {
            // two more weeks, three consecutive months, five straight days
            k++;
        }

        if (!t.IsWord(k) || !lex.Units.TryGet(t, k, out var unit))
        {
            return null;
        }

        var end = k + 1;

        // "Wait a minute", "wait a second": a call to stop, no time.
        if (unit.Code is "MIN" or "S" && t.Is(i - 1, "wait"))
        {
            return null;
        }

        // a year and a half, one hour and a half
        if (!half && !unit.Plural && AndAHalf(t, end) && amount != "X" && !amount.Contains('.'))
        {
            amount += ".5";
            end += 3;
        }

        // "a day trader", "a day-care center", "a day job": a noun the unit names a kind of, no time.
        if (unit.Code == "D" && !unit.Plural && (t.Is(end, "trader") || t.Is(end, "traders") || t.Is(end, "trading") || t.Is(end, "care")
            || t.Is(end, "job") || t.Is(end, "laborer") || t.Is(end, "laborers") || t.Is(end, "school") || t.Is(end, "camp")))
        {
            return null;
        }

        // "a 24-hour news channel", "a 24-hour hot line": a service open round the clock, no span of time.
        if (unit.Code == "H" && amount == "24" && !unit.Plural && t.IsPunct(k - 1, '-') && IsRoundTheClockNoun(t, end))
        {
            return null;
        }

        if (t.IsPunct(end, '-') && (t.Is(end + 1, "earlier") || t.Is(end + 1, "ago") || t.Is(end + 1, "care") || t.Is(end + 1, "end") || (t.Is(end + 1, "long") && (t.Is(i, "a") || t.Is(i, "an")))))
        {
            // "a year-earlier loss": the adjective is the expression.
            return null;
        }

        if (unit.Code == "Q" && (t.IsPunct(k - 1, '-') || (t.Is(end, "of") && !(t.Is(end + 1, "an") && t.Is(end + 2, "hour"))
            && (!unit.Plural || t.Is(end + 1, "the") || t.Is(end + 1, "its") || t.Is(end + 1, "their") || t.Is(end + 1, "all")))))
        {
            // three-quarters, "one quarter of the country's output", "three quarters of the vote": a fraction ("several quarters of
            // losses" stays a span).
            return null;
        }

        if (t.Is(end, "old") || (t.IsPunct(end, '-') && t.Is(end + 1, "old")))
        {
            return null;
        }

        // "the 1988 quarter", "its 1990 year": a year before a singular unit names the period, it is no amount.
        if (!unit.Plural && t.IsNumber(i) && t[i].Length == 4 && !t.IsPunct(i + 1, '-') && k == i + 1)
        {
            return null;
        }

        var singularOne = amount == "1";
        if ((unit.Plural && singularOne && !t.IsNumber(i)) || unit.Code == "WE")
        {
            return null;
        }

        // "1988 second quarter", "a second term": an ordinal, not seconds.
        if (unit.Code == "S" && !unit.Plural)
        {
            return null;
        }

        // "60 Minutes", "This Week": a capitalised unit mid-sentence names a programme or a paper.
        if (IsTitleWord(t, k))
        {
            return null;
        }

        // "75 hours of video", "six months of base pay": the amount measures content, pay or a supply, not time.
        if (MeasuresContent(t, end))
        {
            return null;
        }

        // "a week or so ago": the date about that long back (TimeBank: mod APPROX, "or so" inside the extent).
        var approximateAgo = t.Is(end, "or") && t.Is(end + 1, "so") && t.Is(end + 2, "ago");
        if (approximateAgo)
        {
            end += 2;
        }

        var adverbialBefore = IsAdverbialBefore(t, end);

        // "Two years on, the city is still rebuilding": "on" closing its clause is "later".
        var adverbialOn = t.Is(end, "on") && ClosesClause(t, end + 1);
        var relative = t.Is(end, "ago") || t.Is(end, "later") || t.Is(end, "earlier") || t.Is(end, "hence") || adverbialBefore || adverbialOn;

        // "six days a week", "24 hours a day": how often, over the whole phrase (a set of the larger unit).
        if (!relative && amount != "X" && (t.Is(end, "a") || t.Is(end, "per")) && t.IsWord(end + 1) && lex.Units.TryGet(t, end + 1, out var perUnit)
            && !perUnit.Plural && UnitRank(perUnit.Code) > UnitRank(unit.Code) && UnitRank(unit.Code) >= 0 && !t.IsPunct(end + 2, '-'))
        {
            return new Mention(i, end + 2, Meaning.Set(DurationLiteral("1", perUnit.Code)));
        }

        // "110 miles an hour", "30 feet a second": a speed, no time.
        if ((t.Is(i, "a") || t.Is(i, "an")) && !unit.Plural && IsDistanceUnit(t, i - 1))
        {
            return null;
        }

        // $5 a year, 4% a year, twice a week: a frequency.
        if (!relative && (t.Is(i, "a") || t.Is(i, "an")) && !unit.Plural && (t.IsNumber(i - 1) || (t.IsPunct(i - 1, '%') && t.IsNumber(i - 2)) || t.Is(i - 1, "times") || t.Is(i - 1, "twice")
            || (t.IsWord(i - 1) && !t.IsCapitalised(i - 1) && t.IsNumber(i - 2) && !t.IsPunct(end, '-') && !IsSpanPreposition(t, i - 1)
                && !t.Is(i - 1, "of") && !t.Is(i - 1, "than") && !t.Is(i - 1, "and") && !t.Is(i - 1, "or") && !(t[i - 2].Length == 4 && t[i - 2].Number is >= MinYear and <= MaxYear))
            || t.Is(i - 1, "once") || t.Is(i - 1, "million") || t.Is(i - 1, "billion") || t.Is(i - 1, "thousand") || t.Is(i - 1, "percent")))
        {
            return new Mention(i, end, Meaning.Set(DurationLiteral("1", unit.Code)));
        }

        var n = int.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var vague = amount == "X";

        // "It's fourteen hundred hours": a military clock time said in words, not 1,400 hours.
        if (unit.Code == "H" && unit.Plural && t.Is(k - 1, "hundred") && n % 100 == 0 && n / 100 is >= 0 and <= 24 && t.IsWord(i))
        {
            return WithFollowingDate(t, i, end, new Meaning { Kind = MeaningKind.TimeOfDay, Type = TimexType.Time, Hour = n / 100 });
        }

        // "a week from today", "two weeks from Friday": the day that many days or weeks after the day named.
        if (t.Is(end, "from") && unit.Code is "D" or "W" && !vague && n > 0 && n <= 31 && MatchCore(t, end + 1) is { } from && IsDay(from.Meaning)
            && from.Meaning.DayShift == 0 && !(t.Is(from.End, "to") || t.Is(from.End, "through") || t.Is(from.End, "until") || t.Is(from.End, "till") || t.IsPunct(from.End, '-')))
        {
            from.Meaning.DayShift = unit.Code == "W" ? 7 * n : n;
            return new Mention(i, from.End, from.Meaning);
        }

        // "two weeks back," closing its clause: "two weeks ago".
        var back = t.Is(end, "back") && (end + 1 >= t.Count || t.IsPunct(end + 1, ',') || t.IsPunct(end + 1, '.') || t.IsPunct(end + 1, ';'));

        // "a week ago Tuesday", "two weeks ago Friday": the weekday that many weeks before the last such day.
        if (t.Is(end, "ago") && unit.Code == "W" && !vague && n is > 0 and <= 52 && t.IsWord(end + 1) && t.IsCapitalised(end + 1)
            && lex.Weekdays.TryGet(t, end + 1, out var agoWeekday) && !agoWeekday.Abbreviation)
        {
            var weekdayBack = Meaning.Named(new CalendarValue { Unit = Granularity.Day, Weekday = agoWeekday.Day }, -1);
            weekdayBack.DayShift = -7 * n;
            return new Mention(i, end + 2, weekdayBack);
        }
        // "Two years ago today", "a week ago today": that day, the creation day so many units back (an anniversary); "fifty years
        // ago this month (this week)": that month (week) so many years back.
        if (t.Is(end, "ago") && !vague && !amount.Contains('.') && n > 0
            && ((t.Is(end + 1, "today") && unit.Code is "Y" or "M" or "W" or "D")
                || (t.Is(end + 1, "this") && (t.Is(end + 2, "month") || t.Is(end + 2, "week")) && unit.Code == "Y" && !t.IsPunct(end + 3, '\'') && !t.IsPunct(end + 3, '’'))))
        {
            var anniversary = Meaning.Deictic(-n, unit.Code);
            anniversary.FromCreationDay = true;
            anniversary.AnniversaryUnit = t.Is(end + 1, "today") ? null : t.Is(end + 2, "month") ? "M" : "W";
            return new Mention(i, t.Is(end + 1, "today") ? end + 2 : end + 3, anniversary);
        }

        if (t.Is(end, "ago") || (t.Is(end, "from") && t.Is(end + 1, "now")) || t.Is(end, "hence") || back)
        {
            var sign = t.Is(end, "ago") || back ? -1 : 1;
            var m = vague ? VagueAgo(sign, unit.Code) : Meaning.Deictic(sign * n, unit.Code);
            m.VagueAmount = vague;
            m.KeepsReferenceGranularity = true;
            if (approximateAgo)
            {
                m.Mod = "APPROX";
            }

            if (amount.Contains('.'))
            {
                m = Meaning.Reference(sign < 0 ? "PAST_REF" : "FUTURE_REF");
            }

            return new Mention(i, t.Is(end, "from") ? end + 2 : end + 1, m);
        }

        // "two years later", "a day earlier"; "two years before," at the end of its clause is "two years earlier"
        // ("two years before the war" counts from the war and stays a duration). "later than", "later this month"
        // and "later that day" are other expressions; "said a day later that it would appeal" is not.
        if ((t.Is(end, "later") || t.Is(end, "earlier") || adverbialBefore || adverbialOn) && !vague && !amount.Contains('.') && unit.Code is not ("S" or "MIN" or "H")
            && !(t.Is(end + 1, "than") || t.Is(end + 1, "this") || (t.Is(end + 1, "that") && NamesAPeriod(t, end + 2))))
        {
            var sign = t.Is(end, "later") || adverbialOn ? 1 : -1;
            // "a year earlier" keeps the period under discussion (the year-ago quarter); "Fifty years later", after "July 8, 1947",
            // names a year.
            var shifted = Meaning.Anaphoric(sign * n, unit.Code);
            shifted.KeepsReferenceGranularity = !(unit.Code == "Y" && n >= 2);
            shifted.PresentWithoutReference = adverbialOn;
            return new Mention(i, end + 1, shifted);
        }

        // "four hours and 10 minutes", "five years, four months and five days": one duration.
        if (!vague && n > 0 && !amount.Contains('.') && UnitRank(unit.Code) >= 0 && CompoundDurationEnd(t, end, unit.Code) is var (compoundEnd, parts) && parts is not null)
        {
            parts.Insert(0, (amount, unit.Code));
            return new Mention(i, compoundEnd, Meaning.Duration(CompoundDuration(parts)));
        }

        var duration = Meaning.Duration(DurationLiteral(amount, unit.Code));
        duration.Unit = unit.Code;
        duration.Offset = n;

        // "in three years": a date in a future clause (the resolver decides by tense); "the first free vote in 30 years"
        // measures back from now, a duration.
        duration.DateIfFutureClause = t.Is(i - 1, "in") && !vague && !RecordBefore(t, i - 1);
        return new Mention(i, end, duration);
    }

    /// <summary>
    /// "of" and a noun of content, pay or supply at k, perhaps after one modifier ("of video", "of base pay"), closing
    /// the noun phrase: a comma, period, a function word or the text's end after it ("six months of sales growth"
    /// is time, not a stock of sales).
    /// </summary>
    private bool MeasuresContent(TimeTokens t, int k)
    {
        if (!t.Is(k, "of"))
        {
            return false;
        }

        var noun = t.IsWord(k + 1) && lex.MeasuredContentNouns.Contains(t, k + 1) ? k + 1
            : t.IsWord(k + 2) && lex.MeasuredContentNouns.Contains(t, k + 2) && t.IsWord(k + 1) && !t.Is(k + 1, "the") ? k + 2
            : -1;
        return noun > 0 && (!t.IsWord(noun + 1) || ClosesNounPhrase(t, noun + 1));
    }

    private static bool ClosesNounPhrase(TimeTokens t, int k) =>
        t.Is(k, "at") || t.Is(k, "on") || t.Is(k, "in") || t.Is(k, "for") || t.Is(k, "and") || t.Is(k, "or") || t.Is(k, "to")
        || t.Is(k, "that") || t.Is(k, "which") || t.Is(k, "can") || t.Is(k, "could") || t.Is(k, "will") || t.Is(k, "would")
        || t.Is(k, "was") || t.Is(k, "were") || t.Is(k, "is") || t.Is(k, "are") || t.Is(k, "per") || t.Is(k, "from") || t.Is(k, "with");

    /// <summary>"before" closing its clause (a period, comma, semicolon, line break or the text's end follows): an adverb, "earlier".</summary>
    private static bool IsAdverbialBefore(TimeTokens t, int k) => t.Is(k, "before") && ClosesClause(t, k + 1);

    /// <summary>Whether the clause ends before token k: the text's end, a line break, a period, comma or semicolon.</summary>
    private static bool ClosesClause(TimeTokens t, int k) =>
        k >= t.Count || t.LineBreakAfter(k - 1) || t.IsPunct(k, '.') || t.IsPunct(k, ',') || t.IsPunct(k, ';');

    /// <summary>Whether token k names a period or part of a day ("later that day", "that same week", "that morning").</summary>
    private bool NamesAPeriod(TimeTokens t, int k) =>
        t.IsWord(k) && (t.Is(k, "same") || lex.Units.TryGet(t, k, out _) || lex.PartsOfDay.TryGet(t, k, out _) || lex.Seasons.TryGet(t, k, out _));

    internal static bool IsModal(TimeTokens t, int i) =>
        t.Is(i, "will") || t.Is(i, "would") || t.Is(i, "could") || t.Is(i, "might") || t.Is(i, "may") || t.Is(i, "can")
        || t.Is(i, "shall") || t.Is(i, "should") || t.Is(i, "must");

    private static bool AndAHalf(TimeTokens t, int k) => t.Is(k, "and") && t.Is(k + 1, "a") && t.Is(k + 2, "half");

    /// <summary>
    /// "weeks ago", "a few days ago", "several years from now": PAST_REF or FUTURE_REF, keeping the unit
    /// and direction so that the resolver can give the interval it allows.
    /// </summary>
    private static Meaning VagueAgo(int sign, string unit)
    {
        var m = Meaning.Reference(sign < 0 ? "PAST_REF" : "FUTURE_REF");
        m.Unit = unit;
        m.AnchoredDirection = sign;
        return m;
    }

    /// <summary>for years, in weeks, over decades: a vague duration.</summary>
    private Mention? BarePluralUnit(TimeTokens t, int i)
    {
        // "closed on weekends", "busy most weekends": weekends that recur (TimeML SET).
        if (t.Is(i, "weekends") && (t.Is(i - 1, "on") || t.Is(i - 1, "most") || t.Is(i - 1, "during")) && !IsTitleWord(t, i))
        {
            return new Mention(i, i + 1, Meaning.Set("XXXX-WXX-WE"));
        }

        if (!lex.Units.TryGet(t, i, out var unit) || unit.Code is "WE" or "S" or "Q" || IsTitleWord(t, i))
        {
            return null;
        }

        // day-long, year-long: an adjective of duration, the unit's length (P1D). Plurals ("decades-long") are
        // left out: MEANTIME writes them PXY where TimeBank's units give PXE, and its value F1 fell.
        if (!unit.Plural && t.IsPunct(i + 1, '-') && t.Is(i + 2, "long") && !t.IsPunct(i - 1, '-') && !t.IsNumber(i - 1))
        {
            return new Mention(i, i + 3, Meaning.Duration(DurationLiteral("1", unit.Code)));
        }

        if (!unit.Plural)
        {
            return null;
        }

        // "months ago", "years ago": TimeBank writes the unstated amount (DURATION PXM) over the whole phrase.
        if (t.Is(i + 1, "ago"))
        {
            return new Mention(i, i + 2, extended ? VagueAgo(-1, unit.Code) : Meaning.Duration(DurationLiteral("X", unit.Code)));
        }

        // for years, after weeks, ending years of: a duration; "the years", "many years" are read elsewhere or not at all.
        var durationContext = t.Is(i - 1, "for") || t.Is(i - 1, "in") || t.Is(i - 1, "over") || t.Is(i - 1, "within") || t.Is(i - 1, "after")
            || t.Is(i - 1, "ending") || t.Is(i - 1, "spanning") || t.Is(i - 1, "lasting") || t.Is(i - 1, "took") || t.Is(i - 1, "spent")
            || t.Is(i - 1, "take") || t.Is(i - 1, "takes") || t.Is(i - 1, "taking") || (t.Is(i - 1, "last") && (t.Is(i - 2, "to") || IsModal(t, i - 2))) || t.Is(i - 1, "lasts")
            || t.Is(i - 1, "lasted") || t.Is(i - 1, "follows") || t.Is(i - 1, "followed") || t.Is(i - 1, "spend") || t.Is(i - 1, "spends")
            || t.Is(i - 1, "waited")
            || (t.Is(i + 1, "of") && !t.IsWord(i - 1) && !t.IsNumber(i - 1));
        if (!durationContext)
        {
            return null;
        }

        // "from days to weeks", "years to come" are other phrases; "for days to reach a clinic" keeps its duration.
        var rangeOrIdiom = t.Is(i + 1, "to") && (!t.IsWord(i + 2) || t.Is(i + 2, "come") || lex.Units.TryGet(t, i + 2, out _) || lex.Numbers.TryGet(t, i + 2, out _));
        return rangeOrIdiom ? null : new Mention(i, i + 1, Meaning.Duration(DurationLiteral("X", unit.Code)));
    }

    /// <summary>
    /// The smaller amounts that go on a duration after its unit at k ("and 10 minutes", ", four months and five days"), each unit
    /// smaller than the one before, and where they end; null parts when none follows.
    /// </summary>
    private (int End, List<(string Amount, string Unit)>? Parts) CompoundDurationEnd(TimeTokens t, int k, string unit)
    {
        List<(string Amount, string Unit)>? parts = null;
        var rank = UnitRank(unit);
        var end = k;
        while ((t.Is(end, "and") || t.IsPunct(end, ',')) && TryAmount(t, end + 1, out var smallerAmount, out var smallerAt) && smallerAmount != "X"
            && !smallerAmount.Contains('.') && t.IsWord(smallerAt) && lex.Units.TryGet(t, smallerAt, out var smallerUnit)
            && UnitRank(smallerUnit.Code) is var smallerRank && smallerRank >= 0 && smallerRank < rank)
        {
            (parts ??= []).Add((smallerAmount, smallerUnit.Code));
            rank = smallerRank;
            end = smallerAt + 1;
        }

        return (end, parts);
    }

    /// <summary>One ISO duration of amounts in falling units (("4", "H"), ("10", "MIN")): PT4H10M; P5Y4M5D; P1DT2H.</summary>
    private static string CompoundDuration(List<(string Amount, string Unit)> parts)
    {
        var sb = new System.Text.StringBuilder("P");
        var inTime = false;
        foreach (var (amount, unit) in parts)
        {
            if (UnitRank(unit) <= 2 && !inTime)
            {
                sb.Append('T');
                inTime = true;
            }

            sb.Append(amount).Append(unit == "MIN" ? "M" : unit);
        }

        return sb.ToString();
    }

    /// <summary>The order of the units a duration is written in: seconds 0 up to years 6; -1 for any other.</summary>
    private static int UnitRank(string unit) => unit switch
    {
        "S" => 0,
        "MIN" => 1,
        "H" => 2,
        "D" => 3,
        "W" => 4,
        "M" => 5,
        "Y" => 6,
        _ => -1,
    };

    internal static string DurationLiteral(string amount, string unit)
    {
        // 5 1/2 hours is PT5H30M, 2 1/2 years P2Y6M: a half in the next smaller unit.
        if (amount.EndsWith(".5", StringComparison.Ordinal) && int.TryParse(amount.AsSpan(0, amount.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
        {
            var half = unit switch
            {
                "Y" => "6M",
                "M" => "15D",
                "D" => "T12H",
                "H" => "30M",
                "MIN" => "30S",
                _ => null,
            };
            if (half is not null)
            {
                return unit is "H" or "MIN"
                    ? "PT" + whole.ToString(CultureInfo.InvariantCulture) + (unit == "H" ? "H" : "M") + half
                    : "P" + whole.ToString(CultureInfo.InvariantCulture) + unit + half;
            }
        }

        return SimpleDurationLiteral(amount, unit);
    }

    private static string SimpleDurationLiteral(string amount, string unit) => unit switch
    {
        "S" => "PT" + amount + "S",
        "MIN" => "PT" + amount + "M",
        "H" => "PT" + amount + "H",
        "2W" => amount == "X" ? "PXW" : "P" + (int.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (2L * n).ToString(CultureInfo.InvariantCulture) : amount) + "W",
        _ => "P" + amount + unit,
    };

    // ---- clock times ----

    /// <summary>3 p.m., 10:30 a.m., 15:00 GMT, 6 o'clock; with a following date (10 p.m. Wednesday).</summary>
    private Mention? ClockTime(TimeTokens t, int i)
    {
        if (t[i].Length == 4 && (t.Is(i + 1, "hours") || t.Is(i + 1, "hrs")) && (t.Text[t[i].Start] == '0' || ClockPreposition(t, i - 1))
            && t[i].Number / 100 <= 23 && t[i].Number % 100 <= 59)
        {
            // "0600 hours", "at 1430 hours": the 24-hour clock of military and police statements, not 600 hours.
            var military = new Meaning { Kind = MeaningKind.TimeOfDay, Type = TimexType.Time, Hour = t[i].Number / 100, Minute = t[i].Number % 100 };
            return WithFollowingDate(t, i, i + 2, military);
        }

        if (t[i].Length > 2 || t[i].Number > 24)
        {
            return null;
        }

        var hour = t[i].Number;
        var minute = 0;
        var k = i + 1;
        var hasMinutes = false;
        if (t.Adjacent(i) && t.IsPunct(k, ':') && t.Adjacent(k) && t.IsNumber(k + 1) && t[k + 1].Length == 2 && t[k + 1].Number <= 59)
        {
            minute = t[k + 1].Number;
            hasMinutes = true;
            k += 2;
            if (t.Adjacent(k - 1) && t.IsPunct(k, ':'))
            {
                return null;
            }
        }
        else if (t.Adjacent(i) && t.IsPunct(k, '.') && t.Adjacent(k) && t.IsNumber(k + 1) && t[k + 1].Length == 2 && t[k + 1].Number <= 59
            && (Meridiem(t, k + 2, out _) != 0 || IsTimeZone(t, k + 2)))
        {
            // "11.30pm", "7.45 a.m.", "08.04 GMT": a point between hour and minutes, as British news writes it (only before am/pm
            // or a time zone, so that "11.30" stays a number).
            minute = t[k + 1].Number;
            hasMinutes = true;
            k += 2;
        }

        var meridiem = Meridiem(t, k, out var afterMeridiem);
        if (meridiem != 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = hour % 12 + (meridiem == 2 ? 12 : 0);
            k = afterMeridiem;
        }
        else if (t.Is(k, "o") && t.IsPunct(k + 1, '\'') && t.Is(k + 2, "clock"))
        {
            k += 3;
        }
        else if (hour is >= 1 and <= 12 && PartOfDayAfterClock(t, k, hour, out var saidHour, out var afterPart) && ClockPreposition(t, i - 1))
        {
            // "at 4 in the morning", "by 6 in the evening", "at 10 at night": the part of day says a.m. or p.m.
            hour = saidHour;
            k = afterPart;
        }
        else if (!hasMinutes || hour > 23 || !(t.Is(i - 1, "at") || t.Is(i - 1, "by") || t.Is(i - 1, "until") || (t.IsWord(k) && lex.TimeZones.Contains(t, k))))
        {
            return null;
        }

        var m = new Meaning { Kind = MeaningKind.TimeOfDay, Type = TimexType.Time, Hour = hour, Minute = minute };
        return WithFollowingDate(t, i, k, m);
    }

    /// <summary>
    /// A clock time said in words: "eight o'clock", "half past nine", "(a) quarter to six", "ten past eight", "twenty-five to
    /// three". Minutes before "to" need a clock preposition before them ("at ten to six"), so that "ten to twelve people"
    /// stays a range; the hour is 1 to 12, read as it is said, and p.m. only when an evening or a night follows.
    /// </summary>
    private Mention? SpokenClock(TimeTokens t, int i)
    {
        // Most amounts the grammar visits are followed by none of these: a few comparisons, no look-up.
        var next = t.Is(i, "a") ? i + 2 : i + 1;
        if (!(t.Is(next, "past") || t.Is(next, "to") || t.Is(next, "o") || t.IsPunct(next, '-') || t.Is(next, "in") || t.Is(next, "at")
            || t.Is(next, "p") || t.Is(next, "a") || t.Is(next, "pm") || t.Is(next, "am") || ClockPreposition(t, i - 1)))
        {
            return null;
        }

        var k = t.Is(i, "a") && t.Is(i + 1, "quarter") ? i + 1 : i;
        int minutes;
        if (t.Is(k, "half"))
        {
            minutes = 30;
        }
        else if (t.Is(k, "quarter"))
        {
            minutes = 15;
        }
        else if (!lex.Numbers.TryGet(t, k, out var said))
        {
            return null;
        }
        else if (said is >= 1 and <= 12 && Meridiem(t, k + 1, out var afterMeridiem) is var meridiem && meridiem != 0)
        {
            // "six p.m. Tuesday", "ten a.m.": an hour in words before a.m. or p.m.
            return WithFollowingDate(t, i, afterMeridiem, new Meaning { Kind = MeaningKind.TimeOfDay, Type = TimexType.Time, Hour = (said % 12) + (meridiem == 2 ? 12 : 0) });
        }
        else if (said is >= 1 and <= 12 && !IsTitleWord(t, k) && SpokenMinutes(t, k + 1, out var spokenMinutes, out var afterMinutes)
            && (ClockPreposition(t, i - 1) || Meridiem(t, afterMinutes, out _) != 0 || PartOfDayAfterClock(t, afterMinutes, said, out _, out _)))
        {
            // "at twelve-thirty", "at seven forty-five tonight": hour and minutes in words; p.m. when a.m. or p.m. or an evening says so.
            // Without a preposition, a.m., p.m. or "in the morning" must follow ("It was ten-thirty in the morning").
            if (PartOfDayAfterClock(t, afterMinutes, said, out var partOfDayHour, out var afterPartOfDay))
            {
                return WithFollowingDate(t, i, afterPartOfDay, new Meaning { Kind = MeaningKind.TimeOfDay, Type = TimexType.Time, Hour = partOfDayHour, Minute = spokenMinutes });
            }

            var spokenMeridiem = Meridiem(t, afterMinutes, out var afterSpokenMeridiem);
            var spokenEnd = spokenMeridiem != 0 ? afterSpokenMeridiem : afterMinutes;
            var pm = spokenMeridiem == 2 || (spokenMeridiem == 0 && said < 12 && EveningAfter(t, spokenEnd));
            return WithFollowingDate(t, i, spokenEnd, new Meaning
            {
                Kind = MeaningKind.TimeOfDay,
                Type = TimexType.Time,
                Hour = (said % 12) + (pm ? 12 : spokenMeridiem == 0 && said == 12 ? 12 : 0),
                Minute = spokenMinutes,
            });
        }
        else if (said is 5 or 10 or 20 or 25 && (t.Is(k + 1, "past") || t.Is(k + 1, "to") || t.IsPunct(k + 1, '-')))
        {
            minutes = said;
        }
        else if (said is >= 1 and <= 12 && t.Is(k + 1, "o") && t.IsPunct(k + 2, '\'') && t.Is(k + 3, "clock") && !IsTitleWord(t, k))
        {
            // "eight o'clock", "one o'clock in the morning"
            if (PartOfDayAfterClock(t, k + 4, said, out var partHour, out var afterPart))
            {
                return WithFollowingDate(t, i, afterPart, new Meaning { Kind = MeaningKind.TimeOfDay, Type = TimexType.Time, Hour = partHour });
            }

            var evening = said < 12 && EveningAfter(t, k + 4) ? 12 : 0;
            return WithFollowingDate(t, i, k + 4, new Meaning { Kind = MeaningKind.TimeOfDay, Type = TimexType.Time, Hour = said + evening });
        }
        else if (said is >= 1 and <= 12 && ClockPreposition(t, i - 1) && !IsTitleWord(t, k) && PartOfDayAfterClock(t, k + 1, said, out var spokenHour, out var afterSpoken))
        {
            // "at four in the morning", "at ten at night"
            return WithFollowingDate(t, i, afterSpoken, new Meaning { Kind = MeaningKind.TimeOfDay, Type = TimexType.Time, Hour = spokenHour });
        }
        else
        {
            return null;
        }

        if (t.IsPunct(k + 1, '-') && t.Is(k + 2, "five") && minutes == 20)
        {
            // twenty-five
            minutes = 25;
            k += 2;
        }

        var past = t.Is(k + 1, "past");
        if (!past && !(t.Is(k + 1, "to") && ClockPreposition(t, i - 1)))
        {
            return null;
        }

        var h = k + 2;
        var hour = t.IsNumber(h) && t[h].Length <= 2 ? t[h].Number : lex.Numbers.TryGet(t, h, out var word) ? word : -1;
        if (hour is < 1 or > 12 || (t.IsWord(h + 1) && lex.Units.TryGet(t, h + 1, out _)))
        {
            return null;
        }

        var end = t.Is(h + 1, "o") && t.IsPunct(h + 2, '\'') && t.Is(h + 3, "clock") ? h + 4 : h + 1;
        var (clockHour, clockMinute) = past ? (hour, minutes) : (hour == 1 ? 12 : hour - 1, 60 - minutes);
        clockHour += clockHour < 12 && EveningAfter(t, end) ? 12 : 0;
        return WithFollowingDate(t, i, end, new Meaning { Kind = MeaningKind.TimeOfDay, Type = TimexType.Time, Hour = clockHour, Minute = clockMinute });
    }

    /// <summary>
    /// The minutes of a clock time said in words at k, after its hour: "thirty", "-thirty", "fifteen", "forty-five", "oh five";
    /// only where the phrase then ends (punctuation, a.m./p.m., a part of the day, a day), so that "at eight fifteen-year-olds" is no time.
    /// </summary>
    private bool SpokenMinutes(TimeTokens t, int k, out int minutes, out int end)
    {
        minutes = 0;
        end = k;
        var m = t.IsPunct(k, '-') && t.Adjacent(k - 1) && t.Adjacent(k) ? k + 1 : k;
        var oh = t.Is(m, "oh") && m == k;
        var at = oh ? m + 1 : m;
        if (!t.IsWord(at) || !lex.Numbers.TryGet(t, at, out var said))
        {
            return false;
        }

        end = at + 1;
        if (said is 20 or 30 or 40 or 50 && t.IsPunct(end, '-') && t.Adjacent(end - 1) && t.IsWord(end + 1) && lex.Numbers.TryGet(t, end + 1, out var ones) && ones is >= 1 and <= 9)
        {
            said += ones;
            end += 2;
        }

        if ((oh && said is < 1 or > 9) || (!oh && said is < 10 or > 59) || t.IsPunct(end, '-'))
        {
            return false;
        }

        minutes = said;
        return end >= t.Count || !t.IsWord(end) || Meridiem(t, end, out _) != 0 || lex.PartsOfDay.TryGet(t, end, out _) || lex.Weekdays.TryGet(t, end, out _)
            || t.Is(end, "tonight") || t.Is(end, "today") || t.Is(end, "tomorrow") || t.Is(end, "yesterday") || t.Is(end, "this") || t.Is(end, "last")
            || t.Is(end, "in") || t.Is(end, "on") || t.Is(end, "and") || t.Is(end, "or") || t.Is(end, "when") || t.Is(end, "local");
    }

    /// <summary>Whether an evening follows a spoken clock time ("half past nine last night", "eight o'clock this evening"): p.m.</summary>
    private static bool EveningAfter(TimeTokens t, int k)
    {
        for (var j = k; j < k + 3 && t.IsWord(j); j++)
        {
            if (t.Is(j, "tonight") || t.Is(j, "night") || t.Is(j, "evening") || t.Is(j, "afternoon"))
            {
                return true;
            }

            if (!(t.Is(j, "last") || t.Is(j, "this") || t.Is(j, "tomorrow") || t.Is(j, "yesterday") || t.Is(j, "in") || t.Is(j, "the") || t.Is(j, "at")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "in the morning", "in the afternoon", "in the evening" or "at night" at k after a clock hour (1 to 12): the hour on the
    /// 24-hour clock and where the phrase ends. A night hour from 6 is p.m., twelve is midnight, one to five the small hours.
    /// </summary>
    private static bool PartOfDayAfterClock(TimeTokens t, int k, int hour, out int clockHour, out int end)
    {
        clockHour = hour;
        end = k;
        if (t.Is(k, "in") && t.Is(k + 1, "the") && HalfOfDay(t, k + 2) is var half && half != 0)
        {
            clockHour = hour % 12 + (half == 2 ? 12 : 0);
            end = k + 3;
            return true;
        }

        if (t.Is(k, "at") && t.Is(k + 1, "night"))
        {
            clockHour = hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour;
            end = k + 2;
            return true;
        }

        return false;
    }

    private static int HalfOfDay(TimeTokens t, int k) =>
        t.Is(k, "morning") ? 1 : t.Is(k, "afternoon") || t.Is(k, "evening") ? 2 : 0;

    private static bool ClockPreposition(TimeTokens t, int k) =>
        t.Is(k, "at") || t.Is(k, "by") || t.Is(k, "until") || t.Is(k, "about") || t.Is(k, "around") || t.Is(k, "before") || t.Is(k, "after");

    /// <summary>1 for morning, 2 for afternoon and evening, else 0.</summary>
    private static int Meridiem(TimeTokens t, int k, out int end)
    {
        end = k;
        if (!t.IsWord(k))
        {
            return 0;
        }

        int value;
        if (t.Is(k, "am") || t.Is(k, "pm"))
        {
            value = t.Is(k, "am") ? 1 : 2;
            end = k + 1;
        }
        else if ((t.Is(k, "a") || t.Is(k, "p")) && t.Adjacent(k) && t.IsPunct(k + 1, '.') && t.Adjacent(k + 1) && t.Is(k + 2, "m"))
        {
            value = t.Is(k, "a") ? 1 : 2;
            end = k + 3;
            if (t.Adjacent(k + 2) && t.IsPunct(k + 3, '.'))
            {
                end = k + 4;
            }
        }
        else
        {
            return 0;
        }

        return value;
    }

    private Mention? NamedClock(TimeTokens t, int i)
    {
        var hour = t.Is(i, "noon") || t.Is(i, "midday") ? 12 : t.Is(i, "midnight") ? 24 : -1;
        if (hour < 0)
        {
            // midmorning, midafternoon: the middle of that part of the day, as "mid afternoon" is.
            var part = t.Is(i, "midmorning") ? "MO" : t.Is(i, "midafternoon") ? "AF" : t.Is(i, "midevening") ? "EV" : null;
            return part is null ? null : WithFollowingDate(t, i, i + 1, new Meaning { Kind = MeaningKind.TimeOfDay, Type = TimexType.Time, PartOfDay = part, Mod = "MID" });
        }

        var m = new Meaning { Kind = MeaningKind.TimeOfDay, Type = TimexType.Time, Hour = hour };
        return WithFollowingDate(t, i, i + 1, m);
    }

    /// <summary>Whether an a.m. or p.m. stands among tokens [start, end).</summary>
    private static bool MeridiemBetween(TimeTokens t, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (Meridiem(t, j, out _) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised time zone's abbreviation or name at token k (GMT, EST, UTC).</summary>
    private bool IsTimeZone(TimeTokens t, int k) => t.IsWord(k) && t.IsCapitalised(k) && lex.TimeZones.Contains(t, k);

    /// <summary>A clock time, then an optional time zone and a date of its own: 5 p.m. EST, Nov. 6; noon Thursday; 6 a.m. today.</summary>
    private Mention WithFollowingDate(TimeTokens t, int start, int k, Meaning time)
    {
        if (IsTimeZone(t, k))
        {
            k++;
        }

        var d = t.IsPunct(k, ',') ? k + 1 : k;
        if (t.Is(d, "on"))
        {
            d++;
        }

        Mention? date = null;

        // A web page's time line ("8:04 a.m. EST") and the date that opens the next paragraph are two statements.
        if (t.IsWord(d) && !t.ParagraphBreakBetween(k - 1, d))
        {
            if (lex.Weekdays.TryGet(t, d, out var weekday))
            {
                date = Weekday(t, d, weekday);
            }
            else if (lex.Months.TryGet(t, d, out var month))
            {
                date = MonthFirst(t, d, month);
            }
            else if (lex.Deictic.TryMatch(t, d, out var deictic, out var end) && deictic is not null && (deictic.PartOfDay is null || d == k))
            {
                // "5 p.m. tomorrow"; "midnight tonight", "9 a.m. tomorrow morning": the clock is finer than the part of the day.
                date = new Mention(d, end, Meaning.Deictic(deictic.Offset, deictic.Unit));
            }
            else if (d == k && lex.Anaphoric.TryMatch(t, d, out var anaphoric, out end) && anaphoric is { Unit: "D", Offset: >= -1 and <= 1 }
                && (extended || !anaphoric.Extended) && !CountsFromWhatFollows(t, end))
            {
                // "3 p.m. the following day", "6 a.m. the next morning": the clock time is on that day, not on the day before.
                var m = Meaning.Anaphoric(anaphoric.Offset, anaphoric.Unit);
                m.Hour = time.Hour;
                m.Minute = time.Minute;
                m.PartOfDay ??= time.PartOfDay;
                m.Mod ??= time.Mod;

                // "6:30 that evening": the part of the day says p.m. when the clock did not.
                if (time.Hour is >= 1 and <= 11 && (t.Is(end - 1, "afternoon") || t.Is(end - 1, "evening") || (t.Is(end - 1, "night") && time.Hour >= 6))
                    && !MeridiemBetween(t, start, k))
                {
                    m.Hour += 12;
                }

                m.Type = TimexType.Time;
                return new Mention(start, end, m);
            }
        }

        if (date is not null && date.Meaning.Type == TimexType.Date && date.Meaning.Value.Unit == Granularity.Day
            && date.Meaning.Kind is MeaningKind.Absolute or MeaningKind.Named or MeaningKind.Deictic)
        {
            var m = date.Meaning;
            m.Hour = time.Hour;
            m.Minute = time.Minute;
            m.PartOfDay ??= time.PartOfDay;
            m.Mod ??= time.Mod;
            m.Type = TimexType.Time;

            // "9 a.m. tomorrow morning": the part of the day after the day belongs to the expression.
            var dateEnd = date.Meaning.Kind == MeaningKind.Deictic && t.IsWord(date.End) && lex.PartsOfDay.TryGet(t, date.End, out _) ? date.End + 1 : date.End;
            return new Mention(start, dateEnd, m);
        }

        return new Mention(start, k, time);
    }
}
