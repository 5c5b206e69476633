using Chronicle.Events;
using Chronicle.Fusion;

namespace Chronicle.Corpus;

/// <summary>
/// What the index keeps of one event mention to know which other mentions fusion could ever put in
/// the same event: its type family, its participants' resolved keys (NORP aside, as fusion matches
/// them), its sentence, and a time interval wide enough to hold any interval fusion could give it.
/// </summary>
/// <param name="Keys">Resolved actor and target keys that fusion matches on, sorted.</param>
/// <param name="Low">First day (day number) the mention may fall on; null when open.</param>
/// <param name="High">Last day it may fall on; null when open.</param>
/// <param name="Day">The day when the mention may be stated to a single day; else null.</param>
/// <param name="Timed">Whether fusion gives the mention an interval at all (one without meets no event by day).</param>
/// <param name="Place">The resolved key of the mention's place, if any (fusion merges one kind of event in one place on one day).</param>
/// <param name="Partial">Its time when that is a day without its year or week, which fusion matches to a day: "w4" for a weekday
/// ("on Thursday" in an undated article), "m02-18" for a day of the year; else null.</param>
/// <param name="RefersBack">Whether it is a definite noun ("the meeting") that fusion may join to its article's earlier event of its type.</param>
/// <param name="Start">The first day of the interval fusion gives it, exactly (not widened); null when that start is open, and
/// in links stored before it was kept (then <see cref="Low"/> is set and <see cref="StartKnown"/> false).</param>
/// <param name="Affiliations">The country and nationality stems of its participants ("g:russia", "n:russia"), by which fusion ties an
/// official named with his nationality to his state (<see cref="Affiliation"/>); null in links stored before they were kept.</param>
public sealed record MentionLink(string Family, string Type, IReadOnlyList<string> Keys, int Sentence, bool Timed, int? Low, int? High, int? Day, string? Place = null, string? Partial = null, bool RefersBack = false, int? Start = null, IReadOnlyList<string>? Affiliations = null)
{
    /// <summary>
    /// Whether <see cref="Start"/> says where the mention's interval starts: an event's interval starts
    /// where one of its timed members' does, so a mention can only make an event one stated day long on
    /// the day it starts. Links stored before the start was kept leave it unknown (a timed one with a
    /// closed start and no <see cref="Start"/>).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool StartKnown => !Timed || Low is null || Start is not null;

    /// <summary>The partial-date key of a weekday (0 Sunday .. 6 Saturday).</summary>
    public static string WeekdayKey(DayOfWeek day) => "w" + ((int)day).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The partial-date key of a day of the year.</summary>
    public static string DayOfYearKey(int month, int day) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"m{month:00}-{day:00}");

    /// <summary>The year-less day or weekday a partial-date key stands for; null for a key of another shape.</summary>
    public static PartialDate? PartialOf(string key)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        if (key is ['w', var d] && d is >= '0' and <= '6')
        {
            return new PartialDate(0, 0, (DayOfWeek)(d - '0'));
        }

        return key is ['m', _, _, '-', _, _] && int.TryParse(key.AsSpan(1, 2), System.Globalization.NumberStyles.None, c, out var month)
            && int.TryParse(key.AsSpan(4, 2), System.Globalization.NumberStyles.None, c, out var day) && month is >= 1 and <= 12 && day is >= 1 and <= 31
            ? new PartialDate(month, day, null)
            : null;
    }

    /// <summary>Fusion widens a time taken from the document's date to the week before it.</summary>
    private const int DocumentDateWindow = 7;

    /// <summary>The link of one mention of <paramref name="doc"/>, timed as fusion times it.</summary>
    public static MentionLink Of(DocumentEvents doc, EventMention mention, EventOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(mention);
        var keys = mention.Actors.Concat(mention.Targets)
            .Where(p => p.Type != "NORP")
            .Select(p => p.EntityKey)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var family = ontology.FamilyOf(mention.Type);
        var (start, end) = EventFuser.Interval(doc, mention);
        if (start is null && end is null)
        {
            // Fusion gives such a mention no interval (no time, or one its undated article left
            // unresolved): it never meets an event by day, so linking it to every day would only
            // chain unrelated events into one block.
            var partial = PartialDate.Of(doc, mention) is { } p ? p.Weekday is { } w ? WeekdayKey(w) : DayOfYearKey(p.Month, p.Day) : null;
            return new MentionLink(family, mention.Type, keys, mention.SentenceIndex, false, null, null, null, mention.Location?.EntityKey, partial, EventFuser.RefersBack(doc, mention));
        }

        // Open ends stay open; the earliest bound moves a week further back, as before, to stay on the safe side.
        int? low = start is { } s ? Min(s, end ?? s).DayNumber - DocumentDateWindow : null;
        int? high = end is { } e ? Max(e, start ?? e).DayNumber : null;
        int? day = start is { } first && end is { } last && first == last ? first.DayNumber : null;
        var affiliations = Affiliation.StemsOf(mention).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new MentionLink(family, mention.Type, keys, mention.SentenceIndex, true, low, high, day, mention.Location?.EntityKey, null, EventFuser.RefersBack(doc, mention), start?.DayNumber,
            affiliations.Count > 0 ? affiliations : null);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
