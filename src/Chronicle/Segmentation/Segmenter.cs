using System.Runtime.InteropServices;
using Chronicle.Model;

namespace Chronicle.Segmentation;

/// <summary>
/// The Segment stage: cuts an article's clean text into sentences that never cross a zone (or, without
/// zones, a paragraph), each with its tokens, indexed 0.. over the article. Immutable; safe to share
/// across threads; total over any input.
/// </summary>
public sealed class Segmenter
{
    private readonly Tokenizer tokenizer;
    private readonly SentenceSplitter splitter;

    public Segmenter(Tokenizer tokenizer, SentenceSplitter splitter)
    {
        this.tokenizer = tokenizer;
        this.splitter = splitter;
    }

    public static Segmenter Default { get; } = new(Tokenizer.Default, SentenceSplitter.Default);

    /// <summary>
    /// No real sentence is this long; text without stops (a table, a dump, a hostile file) is cut into
    /// pieces of this many tokens so that every later stage's per-sentence work stays bounded.
    /// </summary>
    public const int MaxSentenceTokens = 250;

    /// <summary>
    /// Tokenises sentences whose boundaries the input gives (a TimeML file's <c>&lt;s&gt;</c> elements):
    /// each span becomes exactly one sentence, in the order given, except that a span longer than
    /// <see cref="MaxSentenceTokens"/> tokens is cut like any other. Spans outside the text are clipped;
    /// empty ones give no sentence.
    /// </summary>
    public IReadOnlyList<Sentence> SegmentGiven(string text, IReadOnlyList<Span> sentenceSpans)
    {
        var sentences = new List<Sentence>();
        if (string.IsNullOrEmpty(text) || sentenceSpans is null)
        {
            return sentences;
        }

        var tokens = new List<Token>();
        foreach (var given in sentenceSpans)
        {
            var start = Math.Clamp(given.Start, 0, text.Length);
            var end = Math.Clamp(given.End, start, text.Length);
            tokens.Clear();
            tokenizer.Tokenize(text, new Span(start, end), tokens);
            for (var piece = 0; piece < tokens.Count; piece += MaxSentenceTokens)
            {
                var count = Math.Min(MaxSentenceTokens, tokens.Count - piece);
                var sentenceTokens = CollectionsMarshal.AsSpan(tokens).Slice(piece, count).ToArray();
                sentences.Add(new Sentence(sentences.Count, new Span(sentenceTokens[0].Span.Start, sentenceTokens[^1].Span.End), sentenceTokens));
            }
        }

        return sentences;
    }

    public IReadOnlyList<Sentence> Segment(string text, IReadOnlyList<Zone> zones)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var regions = new List<Span>();
        TextRegions.Find(text, zones, regions);

        var sentences = new List<Sentence>();
        var tokens = new List<Token>();
        var ends = new List<int>();
        foreach (var region in regions)
        {
            tokens.Clear();
            ends.Clear();
            tokenizer.Tokenize(text, region, tokens);
            splitter.Split(text, tokens, 0, tokens.Count, ends);

            var first = 0;
            foreach (var end in ends)
            {
                if (end <= first)
                {
                    continue;
                }

                for (var piece = first; piece < end; piece += MaxSentenceTokens)
                {
                    var count = Math.Min(MaxSentenceTokens, end - piece);
                    var sentenceTokens = CollectionsMarshal.AsSpan(tokens).Slice(piece, count).ToArray();
                    var span = new Span(sentenceTokens[0].Span.Start, sentenceTokens[^1].Span.End);
                    sentences.Add(new Sentence(sentences.Count, span, sentenceTokens));
                }

                first = end;
            }
        }

        return sentences;
    }
}
