namespace Chronicle.Fusion;

/// <summary>A document's text as fusion reads it: the whole text, or excerpts of it at the same offsets.</summary>
internal readonly struct FusionText
{
    private readonly string? whole;
    private readonly TextExcerpts? excerpts;

    private FusionText(string? whole, TextExcerpts? excerpts)
    {
        this.whole = whole;
        this.excerpts = excerpts;
    }

    public static FusionText Of(DocumentEvents doc) => doc.Excerpts is { } e ? new(null, e) : new(doc.Text ?? string.Empty, null);

    public static FusionText Of(string text) => new(text ?? string.Empty, null);

    public static FusionText Of(TextExcerpts excerpts) => new(null, excerpts);

    public int Length => whole?.Length ?? excerpts?.Length ?? 0;

    public char this[int index] => whole is not null ? whole[index] : excerpts![index];

    public ReadOnlySpan<char> Slice(int start, int length) => whole is not null ? whole.AsSpan(start, length) : excerpts!.Slice(start, length);

    public string Substring(int start, int length) => whole is not null ? whole.Substring(start, length) : excerpts!.Substring(start, length);
}
