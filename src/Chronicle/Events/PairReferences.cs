namespace Chronicle.Events;

/// <summary>
/// "The two rival parties", "both sides", "the two countries": a plural noun phrase that refers back to
/// the last pair of like participants the article coordinated ("Kestrel Party and Union Front",
/// "between Norvia and Ostland"). Each such phrase becomes two participant mentions over its own span,
/// one per member of the pair, so an event told of "the two factions" has both as participants.
/// </summary>
public static class PairReferences
{
    /// <summary>Plural heads that name the members of a pair of actors (not "the two days", "both cases").</summary>
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "parties", "factions", "sides", "movements", "groups", "organisations", "organizations", "countries", "nations",
        "states", "governments", "leaders", "men", "women", "companies", "firms", "rivals", "teams", "allies",
        "neighbours", "neighbors", "powers", "carriers", "airlines", "banks", "agencies", "presidents", "ministers",
        "candidates", "unions", "camps", "adversaries", "foes", "militaries", "armies",
    };

    /// <summary>How many lower-case modifiers may stand between "the two" and the head: "the two rival Kenyan parties".</summary>
    private const int MaxModifiers = 2;

    /// <summary>The participants with one pair of mentions added for each phrase that refers to a coordinated pair before it.</summary>
    public static IReadOnlyList<EventParticipantMention> Expand(string text, IReadOnlyList<EventParticipantMention> participants)
    {
        // Most articles have no "the two" and no "both": they are not split into words for nothing.
        if (string.IsNullOrEmpty(text) || participants is null || participants.Count < 2
            || (!text.Contains("two", StringComparison.OrdinalIgnoreCase) && !text.Contains("both", StringComparison.OrdinalIgnoreCase)))
        {
            return participants ?? [];
        }

        var ordered = participants.OrderBy(p => p.Span.Start).ToList();
        List<EventParticipantMention>? added = null;
        foreach (var phrase in Phrases(text))
        {
            if (ordered.Any(p => p.Span.Start < phrase.End && p.Span.End > phrase.Start))
            {
                continue; // the recogniser already read it as a name
            }

            if (LastPairBefore(text, ordered, phrase.Start) is { } pair)
            {
                added ??= [];
                added.Add(pair.First with { Span = phrase });
                added.Add(pair.Second with { Span = phrase });
            }
        }

        return added is null ? participants : [.. participants, .. added];
    }

    /// <summary>The spans of "the two [modifiers] HEAD" and "both [modifiers] HEAD" in the text.</summary>
    private static IEnumerable<Model.Span> Phrases(string text)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var first = i;
            if (Is(text, words[i], "the") && i + 1 < words.Count && Is(text, words[i + 1], "two"))
            {
                i++;
            }
            else if (!Is(text, words[i], "both"))
            {
                continue;
            }

            for (var k = i + 1; k < words.Count && k <= i + 1 + MaxModifiers; k++)
            {
                var w = text.AsSpan(words[k].Start, words[k].End - words[k].Start);
                if (Heads.Contains(w.ToString()))
                {
                    yield return new Model.Span(words[first].Start, words[k].End);
                    i = k;
                    break;
                }

                if (!char.IsLower(w[0]) || Gap(text, words[k - 1], words[k]) != " ")
                {
                    break;
                }
            }
        }
    }

    /// <summary>The last two participants before a position joined by "and": "X and Y", "X (A) and the Y (B)".</summary>
    private static (EventParticipantMention First, EventParticipantMention Second)? LastPairBefore(string text, List<EventParticipantMention> ordered, int position)
    {
        for (var j = ordered.Count - 1; j >= 1; j--)
        {
            var second = ordered[j];
            if (second.Span.End > position)
            {
                continue;
            }

            // Step back over the short form in brackets that follows a full name: "the Kestrel Party (KP)".
            for (var i = j - 1; i >= 0 && i >= j - 2; i--)
            {
                var first = ordered[i];
                if (first.EntityKey == second.EntityKey || first.Type != second.Type || first.Span.End > second.Span.Start)
                {
                    continue;
                }

                if (JoinedByAnd(text.AsSpan(first.Span.End, second.Span.Start - first.Span.End)))
                {
                    return (first, second);
                }
            }
        }

        return null;
    }

    /// <summary>Whether the text between two names is "and" with only brackets and "the" around it.</summary>
    private static bool JoinedByAnd(ReadOnlySpan<char> between)
    {
        var sawAnd = false;
        foreach (var range in between.SplitAny(" ()\u00A0"))
        {
            var word = between[range];
            if (word.IsEmpty || word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (word.Equals("and", StringComparison.Ordinal) && !sawAnd)
            {
                sawAnd = true;
                continue;
            }

            return false;
        }

        return sawAnd;
    }

    private static List<Model.Span> Words(string text)
    {
        var words = new List<Model.Span>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            words.Add(new Model.Span(start, i));
        }

        return words;
    }

    private static bool Is(string text, Model.Span word, string lower) =>
        text.AsSpan(word.Start, word.End - word.Start).Equals(lower, StringComparison.OrdinalIgnoreCase);

    private static string Gap(string text, Model.Span before, Model.Span after) => text[before.End..after.Start];
}
