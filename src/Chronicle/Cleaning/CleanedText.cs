using Chronicle.Model;

namespace Chronicle.Cleaning;

/// <summary>
/// An article's text with the page furniture taken out: the kept blocks joined by blank lines, the
/// zone each block is, what was removed (with its source line and reason), and the headline.
/// </summary>
public sealed record CleanedText(string Text, IReadOnlyList<Zone> Zones, IReadOnlyList<RemovedText> Removed, string? Headline)
{
    public static CleanedText Empty { get; } = new(string.Empty, [], [], null);
}
