namespace Chronicle.Model;

/// <summary>The coarse kind of a token, enough for the stages that follow to skip punctuation and numbers cheaply.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token of the clean text.</summary>
public readonly record struct Token(Span Span, TokenKind Kind);

/// <summary>A sentence of the clean text with its tokens; Index is its 0-based position in the article.</summary>
public sealed record Sentence(int Index, Span Span, IReadOnlyList<Token> Tokens);
