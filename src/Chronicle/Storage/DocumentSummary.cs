using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>One stored article as a document list shows it.</summary>
public sealed record DocumentSummary(
    string Id,
    string Origin,
    DateOnly? Published,
    DateEvidence PublishedEvidence,
    DateOnly? PublishedEarliest,
    DateOnly? PublishedLatest,
    string? Outlet,
    string? Title,
    int SentenceCount);
