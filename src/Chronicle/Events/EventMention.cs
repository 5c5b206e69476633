using Chronicle.Model;

namespace Chronicle.Events;

/// <summary>Whether the text reports an event as having happened, as intended, as not having happened, or hedged.</summary>
public enum EventStatus
{
    Occurred,
    Planned,
    Failed,
    Negated,
    Uncertain,
}

/// <summary>Where an event's time came from.</summary>
public enum EventTimeSource
{
    /// <summary>A time expression in the trigger's clause.</summary>
    Clause,

    /// <summary>A time expression elsewhere in the trigger's sentence.</summary>
    Sentence,

    /// <summary>The document's date (speech and reporting acts that the text does not date).</summary>
    DocumentDate,
}

/// <summary>An event's time: an interval [Earliest, Latest] with its granularity, and where it came from.</summary>
public sealed record EventTime(DateOnly? Earliest, DateOnly? Latest, string Granularity, string? Mod, string? Value, EventTimeSource Source, Span? Span);

/// <summary>Who the sentence attributes the report to: the speaker ("X said") and the outlet-level source ("according to Y").</summary>
public sealed record EventAttribution(EventParticipantMention? Speaker, EventParticipantMention? Source)
{
    public static EventAttribution None { get; } = new(null, null);
}

/// <summary>
/// One mention of an event in one document: its type (from the ontology), trigger, participants,
/// place, time, status (with the kind of negation, e.g. "partial" or "never") and attribution.
/// <see cref="Iterative"/> marks a mention of several events of the kind at once ("agreed to a number
/// of deals", "held several rounds of talks"), which is never one particular event.
/// </summary>
public sealed record EventMention(
    string Type,
    Span Trigger,
    string TriggerText,
    string Lemma,
    bool Nominal,
    int SentenceIndex,
    Span SentenceSpan,
    IReadOnlyList<EventParticipantMention> Actors,
    IReadOnlyList<EventParticipantMention> Targets,
    EventParticipantMention? Location,
    EventTime? Time,
    EventStatus Status,
    string? Negation,
    EventAttribution Attribution,
    bool Iterative = false)
{
    /// <summary>The entity keys of actors, targets and place, without repeats.</summary>
    public IEnumerable<string> ParticipantKeys =>
        Actors.Concat(Targets).Append(Location).OfType<EventParticipantMention>().Select(p => p.EntityKey).Distinct(StringComparer.Ordinal);
}
