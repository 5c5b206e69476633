namespace Chronicle.Model;

/// <summary>What part of an article a stretch of its clean text is.</summary>
public enum ZoneKind
{
    Headline,
    Subheading,
    Standfirst,
    Caption,
    Dateline,
    Body,
}

/// <summary>A zone of the clean text: its kind, its span, and the 1-based line of the input it came from.</summary>
public sealed record Zone(ZoneKind Kind, Span Span, int SourceLine);

/// <summary>A line (or the prefix of a line) of the input that cleaning took out, and why.</summary>
/// <param name="SourceLine">1-based line number in the text the reader produced.</param>
/// <param name="Text">The removed text, as it was.</param>
/// <param name="Reason">A short machine-readable reason, for example "navigation", "share-widget", "read-more", "related-headlines", "metadata".</param>
public sealed record RemovedText(int SourceLine, string Text, string Reason);
