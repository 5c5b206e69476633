using Chronicle.Resources;

namespace Chronicle.Time;

internal sealed record MonthWord(int Month, bool Abbreviation, bool Ambiguous);

internal sealed record WeekdayWord(int Day, bool Abbreviation);

internal sealed record UnitWord(string Code, bool Plural);

internal sealed record ModifierEntry(string Mod, bool AppliesToDates);

internal sealed record ReferenceEntry(string Value, bool Extended);

internal sealed record DeicticEntry(int Offset, string Unit, string? PartOfDay);

internal sealed record AnaphoricEntry(int Offset, string Unit, bool Extended);

internal sealed record HolidayRule(string Kind, int Month, int Day, int Weekday, int Nth, int EasterOffset)
{
    /// <summary>A feast of another calendar than the Gregorian (its name is also a name: "Taha Yassin Ramadan").</summary>
    public bool OtherCalendar => Kind == "vague" || Lunar;

    /// <summary>A feast of the Islamic, Hebrew or Chinese calendar whose day <see cref="LunarFeasts"/> computes.</summary>
    public bool Lunar => Kind is "hijri" or "hebrew" or "chinese";
}

/// <summary>What a word says about the tense of its clause.</summary>
internal enum TenseWord
{
    Future,
    Past,
    Present,
    IrregularPast,
    NotPast,

    /// <summary>The base form of a timetable verb (meet, vote, begin): future after a plural subject ("the two leaders meet Monday").</summary>
    TimetableBase,

    /// <summary>
    /// The third person of a timetable verb that is also a plural noun (visits, plays, ends): future after a singular
    /// subject ("the president visits Paris on Friday"), nothing after a determiner ("his visits on Friday").
    /// </summary>
    TimetableThird,
}

internal enum Tense
{
    None,
    Past,
    Present,
    Future,
}

/// <summary>The word lists of the time tagger, read once from Time/Resources and shared read-only.</summary>
internal sealed class TimeLexicon
{
    private const string Folder = "Time/Resources/";

    private TimeLexicon()
    {
        foreach (var f in Rows("months.txt"))
        {
            Months[f[0]] = new MonthWord(int.Parse(f[1]), Has(f, "abbr"), Has(f, "ambiguous"));
        }

        foreach (var f in Rows("weekdays.txt"))
        {
            Weekdays[f[0]] = new WeekdayWord(int.Parse(f[1]), Has(f, "abbr"));
            if (!Has(f, "abbr"))
            {
                PluralWeekdays[f[0] + "s"] = int.Parse(f[1]);
            }
        }

        foreach (var f in Rows("numbers.txt"))
        {
            Numbers[f[0]] = f[1] == "X" ? -1 : int.Parse(f[1]);
        }

        foreach (var f in Rows("ordinals.txt"))
        {
            Ordinals[f[0]] = int.Parse(f[1]);
        }

        foreach (var f in Rows("units.txt"))
        {
            Units[f[0]] = new UnitWord(f[1], Has(f, "plural"));
        }

        foreach (var f in Rows("seasons.txt"))
        {
            Seasons[f[0]] = f[1];
        }

        foreach (var f in Rows("partsofday.txt"))
        {
            PartsOfDay[f[0]] = f[1];
        }

        foreach (var f in Rows("decades.txt"))
        {
            DecadeWords[f[0]] = int.Parse(f[1]);
        }

        foreach (var f in Rows("sets.txt"))
        {
            SetAdverbs[f[0]] = f[1];
        }

        foreach (var f in Rows("modifiers.txt"))
        {
            Modifiers.Add(f[0], new ModifierEntry(f[1], f.Length > 2 && f[2] == "date"));
        }

        foreach (var f in Rows("postmodifiers.txt"))
        {
            PostModifiers.Add(f[0], new ModifierEntry(f[1], false));
        }

        foreach (var f in Rows("references.txt"))
        {
            References.Add(f[0], new ReferenceEntry(f[1], Has(f, "extended")));
        }

        foreach (var f in Rows("deictic.txt"))
        {
            Deictic.Add(f[0], new DeicticEntry(int.Parse(f[1]), f[2], f.Length > 3 ? f[3] : null));
        }

        foreach (var f in Rows("anaphoric.txt"))
        {
            Anaphoric.Add(f[0], new AnaphoricEntry(int.Parse(f[1]), f[2], Has(f, "extended")));
        }

        foreach (var f in Rows("holidays.txt"))
        {
            Holidays.Add(f[0], ParseHoliday(f[1]));
        }

        foreach (var f in Rows("named-days.txt"))
        {
            NamedDays.Add(f[0], f[0]);
        }

        foreach (var f in Rows("irregular-past.txt"))
        {
            TenseWords[f[0]] = TenseWord.IrregularPast;
        }

        foreach (var f in Rows("tense.txt"))
        {
            TenseWords[f[0]] = f[1] switch
            {
                "future" => TenseWord.Future,
                "past" => TenseWord.Past,
                "base" => TenseWord.TimetableBase,
                "third" => TenseWord.TimetableThird,
                _ => TenseWord.Present,
            };
        }

        foreach (var f in Rows("future-before.txt"))
        {
            var words = f[0].Split(' ');
            FutureBeforeByLastWord[words[^1]] = FutureBeforeByLastWord.TryGet(words[^1], out var ending) ? [.. ending, words] : [words];
        }

        foreach (var f in Rows("present-era.txt"))
        {
            PresentEraNouns.Add(f[0]);
        }

        foreach (var f in Rows("identifier-nouns.txt"))
        {
            IdentifierNouns.Add(f[0]);
        }

        foreach (var f in Rows("reported-figures.txt"))
        {
            ReportedFigureWords.Add(f[0]);
        }

        foreach (var f in Rows("scheduled-events.txt"))
        {
            ScheduledEventNouns.Add(f[0]);
        }

        foreach (var f in Rows("measured-content.txt"))
        {
            MeasuredContentNouns.Add(f[0]);
        }

        foreach (var f in Rows("timezones.txt"))
        {
            TimeZones.Add(f[0]);
        }

        foreach (var f in Rows("not-past.txt"))
        {
            TenseWords[f[0]] = TenseWord.NotPast;
        }
    }

    public static TimeLexicon Instance { get; } = new();

    public WordMap<MonthWord> Months { get; } = new();

    public WordMap<WeekdayWord> Weekdays { get; } = new();

    /// <summary>"Mondays", "Tuesdays": a weekday that recurs, and its ISO number.</summary>
    public WordMap<int> PluralWeekdays { get; } = new();

    /// <summary>Cardinal words; -1 for a vague quantity.</summary>
    public WordMap<int> Numbers { get; } = new();

    public WordMap<int> Ordinals { get; } = new();

    public WordMap<UnitWord> Units { get; } = new();

    public WordMap<string> Seasons { get; } = new();

    public WordMap<string> PartsOfDay { get; } = new();

    public WordMap<string> SetAdverbs { get; } = new();

    /// <summary>Decade words (nineties: 9), read as the decade of the 1900s.</summary>
    public WordMap<int> DecadeWords { get; } = new();

    public PhraseTrie<ModifierEntry> Modifiers { get; } = new();

    public PhraseTrie<ModifierEntry> PostModifiers { get; } = new();

    public PhraseTrie<ReferenceEntry> References { get; } = new();

    public PhraseTrie<DeicticEntry> Deictic { get; } = new();

    public PhraseTrie<AnaphoricEntry> Anaphoric { get; } = new();

    public PhraseTrie<HolidayRule> Holidays { get; } = new();

    /// <summary>Days named for what happened on them ("Black Monday", "Super Tuesday"): no calendar day, and no starters of an expression.</summary>
    public PhraseTrie<string> NamedDays { get; } = new();

    /// <summary>Tense cues, irregular past forms and -ed words that are no past tense, in one map (one look-up per word).</summary>
    public WordMap<TenseWord> TenseWords { get; } = new();

    public WordSet TimeZones { get; } = new();

    /// <summary>Nouns after "today's" that make it the present era (today's world), not the day.</summary>
    public WordSet PresentEraNouns { get; } = new();

    /// <summary>Nouns that a number after them identifies ("Flight 2001", "Room 1204"): no year follows them.</summary>
    public WordSet IdentifierNouns { get; } = new();

    /// <summary>Words after a month that make it the month of an economic figure (December retail sales).</summary>
    public WordSet ReportedFigureWords { get; } = new();

    /// <summary>Nouns of a scheduled event after a possessive weekday ("for Saturday's show"): the coming day after "for" or in a future clause.</summary>
    public WordSet ScheduledEventNouns { get; } = new();

    /// <summary>Nouns after "six months of" that make the amount a measure of content or pay (six months of base pay), not a duration.</summary>
    public WordSet MeasuredContentNouns { get; } = new();

    /// <summary>
    /// The phrases of future-before.txt ("ahead of", "set for", "until") by their last word, in file order, so that a look-up reads
    /// only those that can end just before an expression.
    /// </summary>
    public WordMap<string[][]> FutureBeforeByLastWord { get; } = new();

    private static IEnumerable<string[]> Rows(string file) =>
        ResourceFiles.ReadDataLines(Folder + file).Select(line => line.Split('\t'));

    private static bool Has(string[] fields, string flag) => fields.Skip(2).Contains(flag);

    private static HolidayRule ParseHoliday(string rule)
    {
        var parts = rule.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts[0] switch
        {
            "fixed" => new HolidayRule("fixed", int.Parse(parts[1][..2]), int.Parse(parts[1][3..]), 0, 0, 0),
            "easter" => new HolidayRule("easter", 0, 0, 0, 0, int.Parse(parts[1])),
            "nth" => new HolidayRule("nth", int.Parse(parts[1]), 0, int.Parse(parts[2]), int.Parse(parts[3]), 0),
            "after" => new HolidayRule("after", int.Parse(parts[1][..2]), int.Parse(parts[1][3..]), int.Parse(parts[2]), 0, 0),
            "hijri" or "chinese" => new HolidayRule(parts[0], int.Parse(parts[1][..2]), int.Parse(parts[1][3..]), 0, 0, 0),
            "hebrew" => new HolidayRule("hebrew", LunarFeasts.HebrewMonth(parts[1]), int.Parse(parts[2]), 0, 0, 0),
            _ => new HolidayRule("vague", 0, 0, 0, 0, 0),
        };
    }
}
