using System.Runtime.CompilerServices;
using Chronicle.Model;

namespace Chronicle.Segmentation;

/// <summary>
/// Splits text into tokens in the manner of Penn Treebank / UD English: punctuation apart, clitics
/// apart ("do" "n't", "Norvia" "'s"), abbreviations and initials with their period, numbers with their
/// decimal and thousands separators, dates and times as one number, hyphenated words, URLs, e-mail
/// addresses and @handles whole. A hand-written scanner over indices: the only allocation is the
/// list entry of each token. Immutable; safe to share across threads.
/// </summary>
public sealed class Tokenizer
{
    private readonly AbbreviationLexicon abbreviations;

    public Tokenizer(AbbreviationLexicon abbreviations)
    {
        this.abbreviations = abbreviations;
    }

    public static Tokenizer Default { get; } = new(AbbreviationLexicon.Default);

    /// <summary>The tokens of the whole text.</summary>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, new Span(0, text?.Length ?? 0), tokens);
        return tokens;
    }

    /// <summary>
    /// Appends the tokens of <paramref name="span"/> of <paramref name="text"/> to <paramref name="tokens"/>,
    /// with offsets into the whole text. The span is clamped to the text; no token crosses its ends.
    /// </summary>
    public void Tokenize(string text, Span span, List<Token> tokens)
    {
        if (text is null || tokens is null)
        {
            return;
        }

        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);

        // Bounding the span by the region's end keeps every look-ahead inside the region.
        var s = text.AsSpan(0, end);
        var i = start;
        while (i < end)
        {
            if (CharClass.IsSeparator(s[i]))
            {
                i++;
                continue;
            }

            var (tokenEnd, kind) = ScanToken(s, start, i);
            tokens.Add(new Token(new Span(i, tokenEnd), kind));
            i = tokenEnd;
        }
    }

    private (int End, TokenKind Kind) ScanToken(ReadOnlySpan<char> s, int regionStart, int i)
    {
        var c = s[i];
        var afterWordChar = i > regionStart && CharClass.IsWordChar(s[i - 1]);

        if (CharClass.IsWordChar(c))
        {
            if (afterWordChar && NegationCliticAt(s, i))
            {
                return (i + 3, TokenKind.Word);
            }

            return ScanWord(s, i);
        }

        if (CharClass.IsApostrophe(c) && afterWordChar && CliticLength(s, i) is var clitic and > 0)
        {
            return (i + clitic, TokenKind.Word);
        }

        if ((c == '@' || c == '#') && !afterWordChar && i + 1 < s.Length && IsHandleStart(c, s[i + 1]))
        {
            var j = i + 1;
            while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || s[j] == '_' || (s[j] >= 0x80 && CharClass.IsWordChar(s[j]))))
            {
                j++;
            }

            return (j, TokenKind.Word);
        }

        if (c == '.')
        {
            var run = RunLength(s, i, '.');
            if (run == 1 && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && !(i > regionStart && char.IsAsciiDigit(s[i - 1])))
            {
                // A leading decimal point: ".45".
                var (end, _) = ScanWord(s, i + 1);
                return (end, TokenKind.Number);
            }

            return (i + run, TokenKind.Punctuation);
        }

        if (c == '-' || CharClass.IsDash(c))
        {
            return (i + RunLength(s, i, c), TokenKind.Punctuation);
        }

        if (char.IsHighSurrogate(c))
        {
            return (ScanSurrogateCluster(s, i), TokenKind.Symbol);
        }

        // A run of one mark ("!!!", "***", "====") is one token; quotes and brackets stay single.
        var length = CharClass.IsOpener(c) || CharClass.IsCloser(c) ? 1 : RunLength(s, i, c);
        return (i + length, CharClass.IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punctuation);
    }

    /// <summary>A word or number starting at a word character, with its internal joints.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int End, TokenKind Kind) ScanWord(ReadOnlySpan<char> s, int i)
    {
        if ((s[i] == 'w' || s[i] == 'W') && s[i..].StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            && i + 4 < s.Length && CharClass.IsWordChar(s[i + 4]))
        {
            return (ScanUrl(s, i), TokenKind.Word);
        }

        if (ScanEmail(s, i) is var emailEnd and > 0)
        {
            return (emailEnd, TokenKind.Word);
        }

        var startsWithDigit = char.IsDigit(s[i]);
        var letterAfterHyphen = false;
        var j = i;
        while (true)
        {
            while (j < s.Length && (CharClass.IsWordChar(s[j]) || (CharClass.IsInWordFormat(s[j]) && j + 1 < s.Length && CharClass.IsWordChar(s[j + 1]))))
            {
                j++;
            }

            if (j + 1 >= s.Length)
            {
                // Nothing can follow a joint at the very end; a final period is still an abbreviation's.
                if (j < s.Length && s[j] == '.' && AbbreviationEnd(s, i, j) is var lastEnd and > 0)
                {
                    return (lastEnd, Kind(startsWithDigit, letterAfterHyphen));
                }

                break;
            }

            var d = s[j];
            var prev = s[j - 1];
            var next = s[j + 1];

            if (d == ':' && next == '/' && j + 2 < s.Length && s[j + 2] == '/' && IsAllLetters(s[i..j]))
            {
                return (ScanUrl(s, i), TokenKind.Word);
            }

            if (CharClass.IsHyphen(d) && CharClass.IsWordChar(prev) && CharClass.IsWordChar(next))
            {
                letterAfterHyphen |= char.IsLetter(next);
                j++;
                continue;
            }

            if (char.IsDigit(prev) && IsNumberJoint(s, j))
            {
                j++;
                continue;
            }

            if (d == '&' && char.IsUpper(prev) && char.IsUpper(next))
            {
                j++;
                continue;
            }

            if (CharClass.IsApostrophe(d) && char.IsLetter(prev) && char.IsLetter(next))
            {
                if (NegationCliticAt(s, j - 1) && j - 1 > i)
                {
                    return (j - 1, TokenKind.Word);
                }

                if (CliticLength(s, j) > 0)
                {
                    return (j, Kind(startsWithDigit, letterAfterHyphen));
                }

                // An apostrophe inside a name: "O'Brien".
                j++;
                continue;
            }

            if (d == '.' && char.IsLetter(prev))
            {
                if (DottedAcronymEnd(s, i, j) is var acronymEnd and > 0)
                {
                    // "U.S.-led": the hyphenated word goes on after the acronym's final period.
                    if (s[acronymEnd - 1] == '.' && acronymEnd + 1 < s.Length && CharClass.IsHyphen(s[acronymEnd]) && char.IsLetter(s[acronymEnd + 1]))
                    {
                        j = acronymEnd + 1;
                        letterAfterHyphen = true;
                        continue;
                    }

                    return (acronymEnd, TokenKind.Word);
                }

                if (AbbreviationEnd(s, i, j) is var abbreviationEnd and > 0)
                {
                    return (abbreviationEnd, TokenKind.Word);
                }
            }

            break;
        }

        return (j, Kind(startsWithDigit, letterAfterHyphen));
    }

    private static TokenKind Kind(bool startsWithDigit, bool letterAfterHyphen) =>
        startsWithDigit && !letterAfterHyphen ? TokenKind.Number : TokenKind.Word;

    /// <summary>Whether the character at <paramref name="j"/>, after a digit, joins a number: "3.5", "1,967", "10:30", "12/30".</summary>
    private static bool IsNumberJoint(ReadOnlySpan<char> s, int j)
    {
        var d = s[j];
        return d switch
        {
            '.' or '/' => j + 1 < s.Length && char.IsDigit(s[j + 1]),
            ',' => DigitsThenBoundary(s, j + 1, 3),
            ':' => j + 2 < s.Length && char.IsDigit(s[j + 1]) && char.IsDigit(s[j + 2]),
            _ => false,
        };
    }

    /// <summary>Exactly <paramref name="count"/> digits from <paramref name="k"/>, then no more digits.</summary>
    private static bool DigitsThenBoundary(ReadOnlySpan<char> s, int k, int count)
    {
        if (k + count > s.Length)
        {
            return false;
        }

        for (var n = 0; n < count; n++)
        {
            if (!char.IsDigit(s[k + n]))
            {
                return false;
            }
        }

        return k + count == s.Length || !char.IsDigit(s[k + count]);
    }

    /// <summary>
    /// The end of a dotted acronym ("U.S.", "a.m.", "e.g") whose first letter is at <paramref name="i"/> and
    /// first period at <paramref name="j"/>, or 0 when the text there is not one.
    /// </summary>
    private static int DottedAcronymEnd(ReadOnlySpan<char> s, int i, int j)
    {
        if (j - i != 1)
        {
            return 0;
        }

        var k = j;
        var groups = 1;
        while (k + 1 < s.Length && char.IsLetter(s[k + 1]) && (k + 2 == s.Length || !CharClass.IsWordChar(s[k + 2])))
        {
            groups++;
            if (k + 2 < s.Length && s[k + 2] == '.')
            {
                k += 2;
                continue;
            }

            // The last letter without a period: "U.S".
            return k + 2;
        }

        return groups >= 2 ? k + 1 : 0;
    }

    /// <summary>
    /// The end (after the period at <paramref name="j"/>) of an initial or listed abbreviation spelled by
    /// s[i..j], or 0 when the period is a full stop.
    /// </summary>
    private int AbbreviationEnd(ReadOnlySpan<char> s, int i, int j)
    {
        var word = s[i..j];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return j + 1;
        }

        return abbreviations.Lookup(word) switch
        {
            AbbreviationKind.Never or AbbreviationKind.May => j + 1,
            AbbreviationKind.BeforeNumber when NumberFollows(s, j + 1) => j + 1,
            _ => 0,
        };
    }

    private static bool NumberFollows(ReadOnlySpan<char> s, int k)
    {
        while (k < s.Length && CharClass.IsSeparator(s[k]))
        {
            k++;
        }

        return k < s.Length && char.IsDigit(s[k]);
    }

    /// <summary>"n't" at <paramref name="k"/>, followed by no word character.</summary>
    private static bool NegationCliticAt(ReadOnlySpan<char> s, int k) =>
        k + 2 < s.Length
        && (s[k] == 'n' || s[k] == 'N')
        && CharClass.IsApostrophe(s[k + 1])
        && (s[k + 2] == 't' || s[k + 2] == 'T')
        && (k + 3 == s.Length || !CharClass.IsWordChar(s[k + 3]));

    /// <summary>The length of a clitic ('s 're 've 'll 'd 'm) starting at the apostrophe at <paramref name="k"/>, or 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> s, int k)
    {
        var letters = 0;
        while (k + 1 + letters < s.Length && char.IsLetter(s[k + 1 + letters]) && letters < 3)
        {
            letters++;
        }

        if (letters == 0 || (k + 1 + letters < s.Length && CharClass.IsWordChar(s[k + 1 + letters])))
        {
            return 0;
        }

        var tail = s.Slice(k + 1, letters);
        var isClitic = letters switch
        {
            1 => tail[0] is 's' or 'S' or 'd' or 'D' or 'm' or 'M',
            2 => tail.Equals("re", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("ll", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        return isClitic ? letters + 1 : 0;
    }

    private static bool IsHandleStart(char marker, char next) =>
        marker == '@' ? char.IsAsciiLetterOrDigit(next) || next == '_' : char.IsLetter(next);

    private static bool IsAllLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    /// <summary>The end of a URL starting at <paramref name="i"/>: up to a space or quote, without trailing punctuation.</summary>
    private static int ScanUrl(ReadOnlySpan<char> s, int i)
    {
        var k = i;
        var openParens = 0;
        while (k < s.Length && !CharClass.IsSeparator(s[k]) && s[k] is not ('<' or '>' or '"' or '\u201C' or '\u201D' or '\u2018' or '\u00AB' or '\u00BB'))
        {
            if (s[k] == '(')
            {
                openParens++;
            }

            k++;
        }

        while (k > i + 1 && s[k - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or ')' or ']')
        {
            if (s[k - 1] == ')' && openParens > 0)
            {
                break;
            }

            k--;
        }

        return k;
    }

    /// <summary>The end of an e-mail address starting at <paramref name="i"/>, or 0 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ScanEmail(ReadOnlySpan<char> s, int i)
    {
        var k = i;
        while (k < s.Length && (char.IsAsciiLetterOrDigit(s[k]) || s[k] is '.' or '_' or '%' or '+' or '-'))
        {
            k++;
        }

        if (k >= s.Length || s[k] != '@' || s[k - 1] == '.')
        {
            return 0;
        }

        var domainStart = k + 1;
        var m = domainStart;
        var lastDot = -1;
        while (m < s.Length && (char.IsAsciiLetterOrDigit(s[m]) || s[m] is '.' or '-'))
        {
            if (s[m] == '.')
            {
                lastDot = m;
            }

            m++;
        }

        while (m > domainStart && s[m - 1] is '.' or '-')
        {
            m--;
        }

        var hasDottedDomain = lastDot > domainStart && lastDot + 1 < m && char.IsAsciiLetter(s[lastDot + 1]);
        return m > domainStart && hasDottedDomain ? m : 0;
    }

    private static int RunLength(ReadOnlySpan<char> s, int i, char c)
    {
        var k = i;
        while (k < s.Length && s[k] == c)
        {
            k++;
        }

        return k - i;
    }

    /// <summary>An emoji or other astral character, with its variation selectors and zero-width-joined parts.</summary>
    private static int ScanSurrogateCluster(ReadOnlySpan<char> s, int i)
    {
        var k = i + (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1);
        while (k < s.Length)
        {
            if (s[k] == '\uFE0F' || s[k] == '\uFE0E')
            {
                k++;
            }
            else if (s[k] == '\u200D' && k + 2 < s.Length && char.IsHighSurrogate(s[k + 1]) && char.IsLowSurrogate(s[k + 2]))
            {
                k += 3;
            }
            else if (k + 1 < s.Length && s[k] == '\uD83C' && s[k + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                // A skin-tone modifier.
                k += 2;
            }
            else
            {
                break;
            }
        }

        return k;
    }
}
