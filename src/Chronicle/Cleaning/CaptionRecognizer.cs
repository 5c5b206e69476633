namespace Chronicle.Cleaning;

/// <summary>
/// Recognises photo captions by the credit they end with: "(Reuters)", "/ AA", "| Photo: X",
/// "Photograph: Name/Agency", and photo-credit lines that are only a credit ("Photo: Reuters").
/// Stateless and thread-safe.
/// </summary>
internal sealed class CaptionRecognizer(CleaningLexicon lexicon)
{
    /// <summary>A credit names an agency or a photographer: a few words at most.</summary>
    private const int MaxCreditWords = 7;

    /// <summary>A caption describes something before its credit: at least this many words.</summary>
    private const int MinDescriptionWords = 3;

    private const int MaxCaptionWords = 60;

    /// <summary>
    /// The length of the description part of a caption (the text before its credit), or -1 when the
    /// line is not a caption.
    /// </summary>
    public int DescriptionLength(LineShape line)
    {
        var text = line.Content;
        if (line.IsBlank || line.Words > MaxCaptionWords || line.EndsSentenceAfterParenthesis())
        {
            return -1;
        }

        var at = ParenthesisedCreditStart(text);
        if (at < 0)
        {
            at = SlashCreditStart(text);
        }

        if (at < 0)
        {
            at = LabelledCreditStart(text);
        }

        if (at < 0)
        {
            return -1;
        }

        return LineShape.WordsOf(text[..at]).Count() >= MinDescriptionWords ? at : -1;
    }

    /// <summary>"Photo: Reuters", "(Photo by Jane Doe/AFP via Getty Images)", "Image credit: X": a line that is only a credit.</summary>
    public bool IsCreditOnly(LineShape line)
    {
        if (line.IsBlank || line.Words > MaxCreditWords + 3)
        {
            return false;
        }

        var text = line.Content.TrimStart('(', '[', ' ');
        var firstWordEnd = 0;
        while (firstWordEnd < text.Length && char.IsLetter(text[firstWordEnd]))
        {
            firstWordEnd++;
        }

        if (firstWordEnd == 0 || !lexicon.CreditWords.Contains(text[..firstWordEnd].ToLowerInvariant()))
        {
            return false;
        }

        var rest = text.AsSpan(firstWordEnd).TrimStart();
        // "Image credit: X": a second credit word may follow the first.
        var secondEnd = 0;
        while (secondEnd < rest.Length && char.IsLetter(rest[secondEnd]))
        {
            secondEnd++;
        }

        if (secondEnd > 0 && lexicon.CreditWords.Contains(rest[..secondEnd].ToString().ToLowerInvariant()))
        {
            rest = rest[secondEnd..].TrimStart();
        }

        return rest.StartsWith(":") || rest.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("©");
    }

    /// <summary>"... Lisbon (Reuters)": a closing parenthesis holding only a short credit.</summary>
    private int ParenthesisedCreditStart(string text)
    {
        var end = text.Length - 1;
        if (end < 0 || text[end] != ')')
        {
            return -1;
        }

        var open = text.LastIndexOf('(');
        if (open <= 0)
        {
            return -1;
        }

        var inner = text.AsSpan(open + 1, end - open - 1);
        return IsCredit(inner) ? open : -1;
    }

    /// <summary>"... elections. / DPA", "... in Lisbon/AFP": a short capitalised credit after the last slash.</summary>
    private int SlashCreditStart(string text)
    {
        var slash = text.LastIndexOf('/');
        if (slash <= 0 || slash == text.Length - 1)
        {
            return -1;
        }

        // A slash inside a word ("and/or", "24/7", URLs) joins, it does not credit; the credit
        // slash follows a space or a sentence end.
        var before = text[slash - 1];
        if (!char.IsWhiteSpace(before) && before is not ('.' or ')'))
        {
            return -1;
        }

        var credit = text.AsSpan(slash + 1).Trim();
        return IsCredit(credit) ? slash : -1;
    }

    /// <summary>"... | Photo: X/ @Y", "... Photograph: Jane Doe/Reuters": a credit word and colon near the end.</summary>
    private int LabelledCreditStart(string text)
    {
        var colon = text.LastIndexOf(':');
        while (colon > 0)
        {
            var wordEnd = colon;
            var wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart < wordEnd && lexicon.CreditWords.Contains(text[wordStart..wordEnd].ToLowerInvariant()))
            {
                var start = wordStart;
                while (start > 0 && (char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '|' or '(' or '[' or '-' or '–' or '—'))
                {
                    start--;
                }

                var credit = text.AsSpan(colon + 1).Trim();
                var creditWords = LineShape.WordsOf(credit.ToString()).Count();
                return creditWords is >= 1 and <= MaxCreditWords ? start : -1;
            }

            colon = text.LastIndexOf(':', colon - 1);
        }

        return -1;
    }

    /// <summary>A credit: 1-7 words, each capitalised, an @handle, a credit word, or a joiner ("via", "and").</summary>
    private bool IsCredit(ReadOnlySpan<char> credit)
    {
        credit = credit.Trim();
        if (credit.IsEmpty || credit[^1] == '.')
        {
            return false;
        }

        var words = 0;
        foreach (var word in LineShape.WordsOf(credit.ToString()))
        {
            words++;
            var w = word.Trim(',', ';', ':');
            if (w.Length == 0)
            {
                continue;
            }

            var lower = w.ToLowerInvariant();
            var ok = char.IsUpper(w[0]) || w[0] is '@' or '©' || lexicon.CreditWords.Contains(lower)
                || lexicon.CreditJoiners.Contains(lower);
            if (!ok || words > MaxCreditWords)
            {
                return false;
            }
        }

        return words > 0;
    }
}
