namespace Chronicle.Cleaning;

/// <summary>
/// Recognises the lines that are page furniture by their form alone, wherever they stand: reading
/// times, read-more inserts, source and credit lines, comment counters, breadcrumbs and pipe menus,
/// share-bar items and the fixed furniture lines of the lexicon. Stateless and thread-safe.
/// </summary>
internal sealed class FurnitureLineRecognizer(CleaningLexicon lexicon)
{
    /// <summary>Furniture lines are short: a line longer than this is never judged by form alone.</summary>
    private const int MaxWords = 30;

    private static readonly char[] Digits = "0123456789".ToCharArray();

    /// <summary>The reason this line is furniture, or null.</summary>
    public string? Recognize(LineShape line)
    {
        if (line.IsBlank)
        {
            return null;
        }

        if (line.IsEmptyBullet || !HasLetterOrDigit(line.Content))
        {
            return RemovalReasons.EmptyBullet;
        }

        if (line.Words > MaxWords)
        {
            return null;
        }

        if (lexicon.BoilerplateLines.TryGetValue(line.Key, out var reason))
        {
            return reason;
        }

        if (lexicon.SocialNetworks.Contains(line.Key))
        {
            return RemovalReasons.ShareWidget;
        }

        if (IsReadTime(line))
        {
            return RemovalReasons.ReadTime;
        }

        if (StartsWithLabel(line.Content, multiWordOnly: true))
        {
            return RemovalReasons.ReadMore;
        }

        if (IsSourceLine(line))
        {
            return RemovalReasons.SourceLine;
        }

        if (IsCommentCounter(line))
        {
            return RemovalReasons.CommentCounter;
        }

        if (IsBreadcrumb(line.Content))
        {
            return RemovalReasons.Breadcrumb;
        }

        if (IsPipeMenu(line.Content))
        {
            return RemovalReasons.Navigation;
        }

        return null;
    }

    /// <summary>
    /// "READ MORE: headline", "Also read | ...", "SEE ALSO Headline": a read-more label followed by a
    /// separator, or written in capitals, or alone. Single-word labels ("Related:", "Watch:") are
    /// only taken when the caller allows them (inside the article, not in its headline area).
    /// </summary>
    public bool StartsWithLabel(string content, bool multiWordOnly)
    {
        foreach (var phrase in lexicon.ReadMorePhrases)
        {
            var multiWord = phrase.Contains(' ');
            if (multiWordOnly && !multiWord)
            {
                continue;
            }

            if (!content.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = content.AsSpan(phrase.Length);
            if (rest.Length > 0 && char.IsLetterOrDigit(rest[0]))
            {
                continue;
            }

            var afterSpaces = rest.TrimStart();
            if (afterSpaces.IsEmpty || afterSpaces.TrimStart(":|»>›–—-.".AsSpan()).Length < afterSpaces.Length)
            {
                return true;
            }

            if (multiWord && IsUpperCase(content.AsSpan(0, phrase.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"2 MIN READ", "5 minute read", "Reading time: 4 minutes", "3 min".</summary>
    private bool IsReadTime(LineShape line)
    {
        if (line.Words > 6)
        {
            return false;
        }

        var words = LineShape.WordsOf(line.Key).ToArray();
        var hasNumber = false;
        var hasUnit = false;
        var hasRead = false;
        foreach (var word in words)
        {
            var w = word.Trim(':', ',', '.', '(', ')');
            if (w.Length > 0 && w.All(char.IsAsciiDigit))
            {
                hasNumber = true;
            }
            else if (lexicon.ReadTimeUnits.Contains(w) || (w.Length > 1 && char.IsAsciiDigit(w[0]) && lexicon.ReadTimeUnits.Contains(w.TrimStart(Digits))))
            {
                hasUnit = true;
                hasNumber |= char.IsAsciiDigit(w[0]);
            }
            else if (lexicon.ReadTimeWords.Contains(w))
            {
                hasRead = true;
            }
            else
            {
                return false;
            }
        }

        return hasNumber && hasUnit && (hasRead || words.Length <= 2);
    }

    /// <summary>"SOURCE: AA", "Sources: A + B", "Reporting by A; Editing by B": a credit label and a short rest.</summary>
    private bool IsSourceLine(LineShape line)
    {
        var content = line.Content.TrimStart('(', '[', '—', '–', '-', ' ');
        foreach (var label in lexicon.SourceLabels)
        {
            if (!content.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = content.AsSpan(label.Length);
            var needsColon = !label.EndsWith(" by", StringComparison.Ordinal) && !label.EndsWith(" from", StringComparison.Ordinal)
                && label is not ("with agencies" or "agencies");
            var afterSpaces = rest.TrimStart();
            if (needsColon)
            {
                if (afterSpaces.IsEmpty || afterSpaces[0] != ':')
                {
                    continue;
                }

                afterSpaces = afterSpaces[1..].TrimStart();
            }
            else if (rest.Length > 0 && char.IsLetterOrDigit(rest[0]))
            {
                continue;
            }

            return line.Words <= 16 && (afterSpaces.IsEmpty || !needsColon || HasLetterOrDigit(afterSpaces));
        }

        return false;
    }

    /// <summary>"12 comments", "No comments", "Post with no comments.", "Leave a comment".</summary>
    private bool IsCommentCounter(LineShape line)
    {
        if (line.Words > 6)
        {
            return false;
        }

        var hasCommentWord = false;
        var hasPrompt = false;
        foreach (var word in LineShape.WordsOf(line.Key))
        {
            var w = word.Trim(':', ',', '.', '(', ')', '!');
            if (lexicon.CommentWords.Contains(w))
            {
                hasCommentWord = true;
            }
            else if (lexicon.CommentPromptWords.Contains(w) || (w.Length > 0 && w.All(char.IsAsciiDigit)))
            {
                hasPrompt = true;
            }
            else if (!lexicon.IsTitleCaseMinorWord(w))
            {
                // Any other word makes it a sentence about comments, not a counter.
                return false;
            }
        }

        return hasCommentWord && hasPrompt;
    }

    /// <summary>"News > World > Europe", "Home » Politics": short parts joined by arrow separators.</summary>
    private static bool IsBreadcrumb(string content)
    {
        var parts = content.Split(BreadcrumbSeparators, StringSplitOptions.None);
        if (parts.Length < 2 || parts.Length > 8)
        {
            return false;
        }

        foreach (var part in parts)
        {
            var words = LineShape.WordsOf(part).Count();
            if (words == 0 || words > 5 || part.TrimEnd().EndsWith('.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Arrows between spaces join breadcrumb parts; the spaces keep "a>b" in prose apart.</summary>
    private static readonly string[] BreadcrumbSeparators = [" > ", " › ", " » ", " → ", " >> "];

    /// <summary>"Home | News | Sport | Weather": three or more one-to-three-word items between pipes.</summary>
    private static bool IsPipeMenu(string content)
    {
        var parts = content.Split('|');
        if (parts.Length < 3)
        {
            return false;
        }

        return parts.All(p => LineShape.WordsOf(p).Count() is >= 1 and <= 3 && !p.TrimEnd().EndsWith('.'));
    }

    private static bool IsUpperCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
