using System.Runtime.CompilerServices;
using Chronicle.Model;

namespace Chronicle.Segmentation;

/// <summary>
/// Finds the sentence boundaries among the tokens of one region of text (a zone or a paragraph): after
/// a full stop, question or exclamation mark or ellipsis followed by a space and something that opens
/// a sentence; after an abbreviation or initial only when a sentence-starter word follows; before a
/// bulleted or numbered line. Closing quotes and brackets right after the stop stay with the sentence.
/// Immutable; safe to share across threads.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly AbbreviationLexicon abbreviations;
    private readonly WordSet starters;

    public SentenceSplitter(AbbreviationLexicon abbreviations, WordSet starters)
    {
        this.abbreviations = abbreviations;
        this.starters = starters;
    }

    public static SentenceSplitter Default { get; } = new(AbbreviationLexicon.Default, WordSet.SentenceStarters);

    private enum Ending
    {
        None,
        Stop,
        MayEnd,
    }

    /// <summary>
    /// Appends to <paramref name="ends"/> the exclusive end index, into <paramref name="tokens"/>, of each
    /// sentence among tokens[first..last) in order; the last one is always <paramref name="last"/>.
    /// </summary>
    public void Split(string text, IReadOnlyList<Token> tokens, int first, int last, List<int> ends)
    {
        if (text is null || tokens is null || ends is null || first >= last)
        {
            return;
        }

        var sentenceStart = first;
        for (var t = first; t < last; t++)
        {
            if (t > sentenceStart && BulletLength(text, tokens, t, last) > 0)
            {
                ends.Add(t);
                sentenceStart = t;
            }

            if (t == sentenceStart && BulletLength(text, tokens, t, last) is var bullet and > 0)
            {
                // The marker ("1." or "•") is not a sentence of its own.
                t += bullet - 1;
                continue;
            }

            var ending = EndingOf(text, tokens[t]);
            if (ending == Ending.None)
            {
                continue;
            }

            // The stop takes with it further stops ("?!") and closing quotes and brackets that touch it.
            var stop = t;
            while (stop + 1 < last && tokens[stop + 1].Span.Start == tokens[stop].Span.End && IsStopOrCloser(text, tokens[stop + 1]))
            {
                stop++;
            }

            t = stop;
            if (stop + 1 >= last || tokens[stop + 1].Span.Start == tokens[stop].Span.End)
            {
                continue;
            }

            var opens = ending == Ending.Stop ? OpensSentence(text, tokens[stop + 1]) : StarterFollows(text, tokens, stop + 1, last);
            if (opens)
            {
                ends.Add(stop + 1);
                sentenceStart = stop + 1;
            }
        }

        ends.Add(last);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Ending EndingOf(string text, Token token)
    {
        var span = token.Span.Slice(text);
        if (token.Kind == TokenKind.Punctuation)
        {
            return span[0] is '.' or '?' or '!' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' ? Ending.Stop : Ending.None;
        }

        if (token.Kind != TokenKind.Word || span.Length < 2 || span[^1] != '.')
        {
            return Ending.None;
        }

        // A word token that keeps its period is an abbreviation, an initial or a dotted acronym.
        var word = span[..^1];
        return abbreviations.Lookup(word) switch
        {
            AbbreviationKind.Never or AbbreviationKind.BeforeNumber => Ending.None,
            _ => Ending.MayEnd,
        };
    }

    private static bool IsStopOrCloser(string text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var c = text[token.Span.Start];
        return c is '.' or '?' or '!' or '\u2026' || CharClass.IsCloser(c);
    }

    private static bool OpensSentence(string text, Token next)
    {
        var c = text[next.Span.Start];
        return char.IsUpper(c) || char.IsDigit(c) || CharClass.IsOpener(c) || CharClass.IsBullet(c)
            || (char.IsLetter(c) && !char.IsLower(c));
    }

    /// <summary>A sentence-starter word at <paramref name="k"/>, perhaps after opening quotes or brackets.</summary>
    private bool StarterFollows(string text, IReadOnlyList<Token> tokens, int k, int last)
    {
        while (k < last && tokens[k].Kind == TokenKind.Punctuation && CharClass.IsOpener(text[tokens[k].Span.Start]))
        {
            k++;
        }

        return k < last && tokens[k].Kind == TokenKind.Word && starters.Contains(tokens[k].Span.Slice(text));
    }

    /// <summary>
    /// The number of tokens of a bullet marker ("•", "-", "1." ...) when token <paramref name="t"/> opens a
    /// line with one, followed by a space; otherwise 0.
    /// </summary>
    private static int BulletLength(string text, IReadOnlyList<Token> tokens, int t, int last)
    {
        var token = tokens[t];
        if (!StartsLine(text, token.Span.Start))
        {
            return 0;
        }

        var span = token.Span.Slice(text);
        int length;
        if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol && span.Length == 1 && CharClass.IsBullet(span[0]))
        {
            length = 1;
        }
        else if (token.Kind == TokenKind.Number && span.Length <= 3 && IsAsciiDigits(span)
            && t + 1 < last && tokens[t + 1].Span.Start == token.Span.End && text[tokens[t + 1].Span.Start] is '.' or ')'
            && tokens[t + 1].Span.Length == 1)
        {
            length = 2;
        }
        else
        {
            return 0;
        }

        var markerEnd = tokens[t + length - 1].Span.End;
        return t + length < last && tokens[t + length].Span.Start > markerEnd ? length : 0;
    }

    private static bool StartsLine(string text, int offset)
    {
        for (var k = offset - 1; k >= 0; k--)
        {
            var c = text[k];
            if (CharClass.IsLineBreak(c))
            {
                return true;
            }

            if (!CharClass.IsSeparator(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
