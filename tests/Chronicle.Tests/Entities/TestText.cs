using Chronicle.Model;

namespace Chronicle.Tests.Entities;

/// <summary>
/// A minimal sentence splitter and tokenizer for these tests only (the Segmentation stage is built
/// elsewhere): letters and digits with inner apostrophes, hyphens and dots make words; "'s" is split
/// off; every other visible character is a token; sentences end at ". ! ?" before a capital or a line break.
/// </summary>
internal static class TestText
{
    public static IReadOnlyList<Sentence> Segment(string text)
    {
        var sentences = new List<Sentence>();
        var tokens = new List<Token>();
        var start = -1;
        void Close()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new Sentence(sentences.Count, new Span(tokens[0].Span.Start, tokens[^1].Span.End), tokens.ToArray()));
                tokens.Clear();
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                Close();
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i])
                    || (text[i] is '-' or '.' or '\'' or '\u2019' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && !IsPossessive(text, i))))
                {
                    i++;
                }

                // "U.S." keeps its final dot when the word is made of single letters and dots.
                if (i < text.Length && text[i] == '.' && i - start >= 3 && text[i - 2] == '.')
                {
                    i++;
                }

                tokens.Add(new Token(new Span(start, i), char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            if (IsPossessive(text, i))
            {
                tokens.Add(new Token(new Span(i, i + 2), TokenKind.Word));
                i += 2;
                continue;
            }

            tokens.Add(new Token(new Span(i, i + 1), TokenKind.Punctuation));
            i++;
            if (c is '.' or '!' or '?')
            {
                var j = i;
                while (j < text.Length && text[j] is ' ' or '"' or '\u201D')
                {
                    j++;
                }

                if (j >= text.Length || char.IsUpper(text[j]) || text[j] == '\n')
                {
                    Close();
                }
            }
        }

        Close();
        return sentences;
    }

    private static bool IsPossessive(string text, int i) =>
        text[i] is '\'' or '\u2019' && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
}
