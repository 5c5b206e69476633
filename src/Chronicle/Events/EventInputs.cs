using Chronicle.Model;

namespace Chronicle.Events;

/// <summary>
/// What the event stage needs from the temporal tagger: one normalised time expression with the
/// interval it denotes (null bounds when open or unknown) and its granularity ("day", "month",
/// "year", "season", "quarter", "decade", "week", ...).
/// </summary>
public sealed record EventTimeMention(Span Span, string Value, DateOnly? Earliest, DateOnly? Latest, string Granularity, string? Mod = null);

/// <summary>
/// What the event stage needs from the entity recogniser: one mention with its type (PERSON, ORG,
/// GPE, LOC, FACILITY, NORP) and the id of the entity it resolves to (the same id across documents).
/// </summary>
public sealed record EventParticipantMention(Span Span, string Type, string EntityKey, string Name)
{
    public bool IsPlace => Type is "GPE" or "LOC" or "FACILITY" or "FAC";
}
