namespace Chronicle.Model;

/// <summary>How an article's publication date is known.</summary>
public enum DateEvidence
{
    /// <summary>The article or its container states it.</summary>
    Explicit,

    /// <summary>Worked out from what the text says (the Time stage).</summary>
    Inferred,

    /// <summary>Not known.</summary>
    Unknown,
}

/// <summary>
/// An article's publication date: a best estimate and the interval that must contain it, with the
/// evidence (the text that stated it and where it was found).
/// </summary>
public sealed record PublicationDate(
    DateOnly? Date,
    DateEvidence Evidence,
    DateOnly? Earliest,
    DateOnly? Latest,
    string? EvidenceText,
    string? EvidenceSource)
{
    public static PublicationDate Unknown { get; } = new(null, DateEvidence.Unknown, null, null, null, null);

    public static PublicationDate ExplicitDay(DateOnly date, string evidenceText, string evidenceSource) =>
        new(date, DateEvidence.Explicit, date, date, evidenceText, evidenceSource);

    /// <summary>
    /// The day relative expressions ("on Friday", "two days ago") resolve against: a stated date, or an
    /// inferred one pinned to a single day; null when the date is too loose to count from.
    /// </summary>
    public DateOnly? ResolutionAnchor() => Evidence == DateEvidence.Explicit || Earliest == Latest ? Date : null;
}
