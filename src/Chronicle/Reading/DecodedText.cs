namespace Chronicle.Reading;

/// <summary>
/// The outcome of decoding a file's bytes: either text (with the encoding used and any warnings) or,
/// when the bytes are not text, an error saying what they are.
/// </summary>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<string> Warnings, string? Error)
{
    public bool IsText => Error is null;

    internal static DecodedText Failed(string error) => new(string.Empty, string.Empty, [], error);
}
