namespace Chronicle.Fusion;

/// <summary>
/// A document's syndication signature computed when the document was read, so that fusion need not
/// hold the whole text to group copies (<see cref="SyndicationDetector.Signature"/>; null hashes: too short).
/// </summary>
public sealed record SyndicationSignature(ulong[]? Hashes)
{
    public static SyndicationSignature Of(string text) => new(SyndicationDetector.Signature(text ?? string.Empty));
}
