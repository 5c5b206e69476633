using System.Text;
using Chronicle.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Chronicle.Tests.Time;

/// <summary>
/// The tokeniser's fast paths (64-character windows of ASCII read as bit masks, eight letters at a time)
/// give the tokens, keys and candidates that its definition gives, read one character at a time.
/// </summary>
public class TimeTokensTests
{
    private static readonly WordFilter Starters = new TimexGrammar(TimeLexicon.Instance, true, true, false).Starters;

    // Runs of letters of every length around the window's 64 characters and the eight of a word key, and
    // the characters that stop a window: past ASCII (letters, spaces, others), apostrophes, control characters.
    private static readonly string[] Pieces =
    [
        "a", "the", "Friday", "DECEMBER", "yesterday", "abcdefgh", "abcdefghi", "Thanksgiving", new string('x', 63), new string('Y', 64),
        new string('z', 65), new string('q', 130), "0", "28", "1998", "123456789", "1234567890", "99999999999999999999",
        " ", "  ", "\t", "\n", "\r\n", "\v\f", ",", ".", "'", "'98", "’90s", "-", "$5", "15%", "\u0000", "\u007f",
        "é", "café", "Müller", "naïve", "中文", "\u00a0", "\u2003", "\u2019", "Ω", "x\u0301",
    ];

    private static Gen<string> Texts() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts));

    [Property(MaxTest = 500)]
    public Property ReadsAsTheDefinitionReads() =>
        Prop.ForAll(Texts().ToArbitrary(), SameAsDefinition);

    [Property(MaxTest = 300)]
    public bool ReadsAnyStringAsTheDefinitionReads(string? text) => SameAsDefinition(text ?? "");

    [Fact]
    public void ReadsALongTextWithAWordAtEveryOffset()
    {
        // Every alignment of words, numbers and punctuation against the windows.
        var text = new StringBuilder();
        for (var k = 0; k < 200; k++)
        {
            text.Append(new string('w', k % 17 + 1)).Append(k % 3 == 0 ? ", " : " ").Append(k).Append(k % 5 == 0 ? "'s " : " ");
        }

        Assert.True(SameAsDefinition(text.ToString()));
    }

    private static bool SameAsDefinition(string text)
    {
        var tokens = new TimeTokens(text, Starters);
        try
        {
            var (expected, candidates) = Definition(text);
            Assert.Equal(expected.Count, tokens.Count);
            for (var k = 0; k < expected.Count; k++)
            {
                Assert.Equal(expected[k], tokens[k]);
            }

            Assert.Equal(candidates, tokens.Candidates.ToArray());
            return true;
        }
        finally
        {
            tokens.Release();
        }
    }

    /// <summary>The tokens by their definition: runs of letters, runs of ASCII digits, and each other non-space character.</summary>
    private static (List<TimeToken> Tokens, int[] Candidates) Definition(string text)
    {
        var tokens = new List<TimeToken>();
        var candidates = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                var key = WordKey.Of(text.AsSpan(start, i - start));
                if (Starters.MayContain(key))
                {
                    candidates.Add(tokens.Count);
                }

                tokens.Add(new TimeToken(start, i, TokenType.Word, -1, key));
            }
            else if (char.IsAsciiDigit(c))
            {
                long value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    value = Math.Min(value * 10 + (text[i] - '0'), 10_000_000_000L);
                    i++;
                }

                candidates.Add(tokens.Count);
                tokens.Add(new TimeToken(start, i, TokenType.Number, i - start <= 9 ? (int)value : -1));
            }
            else
            {
                i++;
                if (c is '\'' or '’' && i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    candidates.Add(tokens.Count);
                }

                tokens.Add(new TimeToken(start, i, TokenType.Punct, -1));
            }
        }

        return (tokens, candidates.ToArray());
    }
}
