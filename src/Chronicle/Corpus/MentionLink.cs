using Chronicle.Events;

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
/// <param name="Timed">Whether the mention has a time at all (an untimed one constrains nothing).</param>
public sealed record MentionLink(string Family, string Type, IReadOnlyList<string> Keys, int Sentence, bool Timed, int? Low, int? High, int? Day)
{
    /// <summary>Fusion widens a time taken from the document's date to the week before it.</summary>
    private const int DocumentDateWindow = 7;

    public static MentionLink Of(EventMention mention, EventOntology ontology)
    {
        var keys = mention.Actors.Concat(mention.Targets)
            .Where(p => p.Type != "NORP")
            .Select(p => p.EntityKey)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var family = ontology.FamilyOf(mention.Type);
        if (mention.Time is not { } time)
        {
            return new MentionLink(family, mention.Type, keys, mention.SentenceIndex, false, null, null, null);
        }

        // Open ends stay open; an earliest bound moves a week back to cover a time taken from the document's date.
        int? low = time.Earliest is { } earliest
            ? Min(earliest, time.Latest ?? earliest).DayNumber - DocumentDateWindow
            : time.Source == EventTimeSource.DocumentDate && time.Latest is { } stated ? stated.DayNumber - DocumentDateWindow : null;
        int? high = time.Latest is { } latest ? Max(latest, time.Earliest ?? latest).DayNumber : null;
        int? day = time.Earliest is { } e && time.Latest is { } l && e == l ? e.DayNumber : null;
        return new MentionLink(family, mention.Type, keys, mention.SentenceIndex, true, low, high, day);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
