using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>A sentence that matches a search, best first.</summary>
/// <param name="Snippet">The sentence (or the part of it around the match) with each matched term between the markers.</param>
/// <param name="Rank">The score; lower is better (SQLite: bm25; PostgreSQL: ts_rank_cd negated).</param>
public sealed record SearchHit(string ArticleId, int SentenceIndex, Span SentenceSpan, string Snippet, double Rank);

/// <summary>How search snippets are marked and sized.</summary>
public sealed record SearchOptions(string OpenMarker = "[", string CloseMarker = "]", string Ellipsis = "\u2026", int SnippetTokens = 32)
{
    public static SearchOptions Default { get; } = new();
}
