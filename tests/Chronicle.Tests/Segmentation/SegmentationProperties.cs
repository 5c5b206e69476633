using Chronicle.Model;
using Chronicle.Segmentation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Chronicle.Tests.Segmentation;

public class SegmentationProperties
{
    // Characters that exercise every branch of the scanner: letters, digits, joints, quotes, stops,
    // Unicode spaces, line breaks, surrogates (paired and lone) and controls.
    private const string Alphabet = "aZq9 0.,:;-'\u2019\"\u201C\u201D()?!\u2026@#$%/&_\n\n\r\t\u00A0\u2009\u200B\u2014\u2022*\u00AD\uD83D\uDE00\uDC00\u0301e.";

    private static Arbitrary<string> TrickyStrings() =>
        Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Property(MaxTest = 400)]
    public Property Tokens_are_inside_the_text_ordered_and_not_empty() =>
        Prop.ForAll(TrickyStrings(), text =>
        {
            var tokens = Tokenizer.Default.Tokenize(text);
            var previousEnd = 0;
            foreach (var token in tokens)
            {
                if (token.Span.Start < previousEnd || token.Span.End <= token.Span.Start || token.Span.End > text.Length)
                {
                    return false;
                }

                previousEnd = token.Span.End;
            }

            return true;
        });

    [Property(MaxTest = 400)]
    public Property Every_non_space_character_belongs_to_a_token() =>
        Prop.ForAll(TrickyStrings(), text =>
        {
            var covered = new bool[text.Length];
            foreach (var token in Tokenizer.Default.Tokenize(text))
            {
                for (var k = token.Span.Start; k < token.Span.End; k++)
                {
                    covered[k] = true;
                }
            }

            return Enumerable.Range(0, text.Length).All(k => covered[k] || CharClass.IsSeparator(text[k]));
        });

    [Property(MaxTest = 300)]
    public Property Sentences_are_ordered_indexed_and_hold_their_tokens() =>
        Prop.ForAll(TrickyStrings(), text =>
        {
            var sentences = Segmenter.Default.Segment(text, []);
            var previousEnd = 0;
            for (var n = 0; n < sentences.Count; n++)
            {
                var sentence = sentences[n];
                if (sentence.Index != n || sentence.Span.Start < previousEnd || sentence.Tokens.Count == 0)
                {
                    return false;
                }

                if (sentence.Tokens.Any(t => t.Span.Start < sentence.Span.Start || t.Span.End > sentence.Span.End))
                {
                    return false;
                }

                previousEnd = sentence.Span.End;
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public void Never_throws_on_any_string_or_zones(string? text, int zoneStart, int zoneEnd)
    {
        var zones = new[] { new Zone(ZoneKind.Headline, new Span(zoneStart, zoneEnd), 1) };
        Segmenter.Default.Segment(text!, zones);
        Segmenter.Default.Segment(text!, []);
        Tokenizer.Default.Tokenize(text!);
    }

    [Property(MaxTest = 200)]
    public Property Sentences_never_cross_a_zone_boundary(PositiveInt cut) =>
        Prop.ForAll(TrickyStrings(), text =>
        {
            var at = text.Length == 0 ? 0 : cut.Get % (text.Length + 1);
            var zones = new[] { new Zone(ZoneKind.Headline, new Span(0, at), 1), new Zone(ZoneKind.Body, new Span(at, text.Length), 2) };
            return Segmenter.Default.Segment(text, zones).All(s => s.Span.End <= at || s.Span.Start >= at);
        });
}
