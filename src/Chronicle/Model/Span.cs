namespace Chronicle.Model;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into an article's clean text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
}
