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
}
