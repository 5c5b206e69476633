using Chronicle.Events;
using Chronicle.Model;

namespace Chronicle.Fusion;

/// <summary>One document's event mentions with what fusion needs of the document: its id, date (with evidence) and text.</summary>
public sealed record DocumentEvents(string DocumentId, DateOnly? DocumentDate, DateEvidence Evidence, string Text, IReadOnlyList<EventMention> Mentions)
{
    /// <summary>
    /// The days the article may have been written, as far as fusion may rely on them (null: open): its
    /// stated date; for an inferred date, the interval its clues allow, or the estimate once other
    /// articles settled it. Defaults to the stated date, or nothing for an inferred one.
    /// </summary>
    public (DateOnly? From, DateOnly? To) Written { get; init; } = Evidence == DateEvidence.Explicit ? (DocumentDate, DocumentDate) : (null, null);

    /// <summary>
    /// <see cref="Written"/> with an open end taken as the start: news reports its recent past, so a
    /// mention with no time of its own is taken to be of about then.
    /// </summary>
    public (DateOnly? From, DateOnly? To) WrittenAbout => (Written.From, Written.To ?? Written.From);

    /// <summary>
    /// What fusion reads of the text when the whole text is not held (<see cref="Text"/> may then be
    /// empty): the parts the mentions' rules look at, at their offsets.
    /// </summary>
    public TextExcerpts? Excerpts { get; init; }

    /// <summary>The whole text's syndication signature when computed on reading; else fusion computes it from <see cref="Text"/>.</summary>
    public SyndicationSignature? Signature { get; init; }
}

/// <summary>One mention of a fused event: the document, the mention and its sentence's text.</summary>
public sealed record EventSource(string DocumentId, EventMention Mention, string Sentence);

/// <summary>How central an event is to the story: core or background, with a score (higher is more salient).</summary>
public sealed record EventSalience(string Level, double Score, int IndependentSources, int ParticipantFrequency);

/// <summary>
/// One real-world event reported by one or more mentions across documents: its type, the interval
/// consistent with every source (Earliest..Latest at the finest granularity stated), status,
/// participants by entity key, place, every source, and how many of the sources are independent
/// (syndicated copies count once).
/// </summary>
public sealed record FusedEvent(
    string Id,
    string Type,
    string Family,
    DateOnly? Earliest,
    DateOnly? Latest,
    string Granularity,
    EventStatus Status,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Targets,
    string? Location,
    IReadOnlyList<EventSource> Sources,
    int IndependentSources,
    EventSalience Salience)
{
    /// <summary>The date at the event's granularity: "2019-01-15", "2019-01", "2019", or null when unknown.</summary>
    public string? DateText => FusionDates.Format(Earliest, Latest, Granularity);

    /// <summary>
    /// Where the event spans more than one unit of its granularity ("the past several months": from
    /// May to December), the last of them; otherwise null.
    /// </summary>
    public string? EndText => FusionDates.Format(Latest, Latest, Granularity) is { } end && end != DateText ? end : null;
}

/// <summary>A disagreement between sources: the events concerned, its kind (date, participants, status, numbers) and a description.</summary>
public sealed record EventConflict(IReadOnlyList<string> Events, string Kind, string Description);

/// <summary>
/// A fact the Time stage can use to refine an undated (or inferred-date) article: the article
/// reports an event whose date other, dated articles fix. <see cref="PublishedOnOrAfter"/> holds when
/// the article reports the event as having happened; <see cref="PublishedBefore"/> when it reports it as planned.
/// </summary>
public sealed record UndatedArticleConstraint(string DocumentId, string EventId, DateOnly Earliest, DateOnly Latest, string Granularity, string? TimeText, Span? TimeSpan, bool PublishedOnOrAfter, bool PublishedBefore);

/// <summary>The result of fusion: the events, with the constraints for undated articles and the syndication groups found.</summary>
public sealed record FusionResult(IReadOnlyList<FusedEvent> Events, IReadOnlyList<UndatedArticleConstraint> UndatedConstraints, IReadOnlyList<IReadOnlyList<string>> SyndicationGroups);
