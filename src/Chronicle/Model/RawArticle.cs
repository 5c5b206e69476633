namespace Chronicle.Model;

/// <summary>The formats a reader recognises, by extension or by sniffing the content.</summary>
public enum ArticleFormat
{
    Text,
    Markdown,
    Html,
    Json,
    JsonLines,
    Rss,
    Atom,
}

/// <summary>
/// One article as a reader found it, before any cleaning: the body text and whatever metadata
/// the container (HTML meta tags, JSON fields, feed elements) stated about it.
/// </summary>
/// <param name="Origin">The file path (or "-" for stdin) the article came from.</param>
/// <param name="Line">1-based line within a JSONL file, or item index within a JSON array or feed; null for one-article files.</param>
/// <param name="Text">The article's text with line breaks between blocks, as found (not yet cleaned).</param>
/// <param name="PublishedRaw">A publication date string stated by the container, unparsed.</param>
/// <param name="Warnings">Non-fatal problems met while reading (for example a Windows-1252 fallback).</param>
public sealed record RawArticle(
    string Origin,
    int? Line,
    ArticleFormat Format,
    string Text,
    string? Title = null,
    string? Author = null,
    string? PublishedRaw = null,
    string? Url = null,
    string? Outlet = null)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>A label that names the file and, where there is one, the line or item.</summary>
    public string Location => Line is { } line ? $"{Origin}:{line}" : Origin;
}

/// <summary>A problem that stopped one file, or one line or item of a file, from being read.</summary>
public sealed record ReadError(string Origin, int? Line, string Message)
{
    public string Location => Line is { } line ? $"{Origin}:{line}" : Origin;

    public override string ToString() => $"{Location}: {Message}";
}
