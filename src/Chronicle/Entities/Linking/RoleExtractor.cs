using Chronicle.Entities.Gazetteers;
using Chronicle.Entities.Ner;
using Chronicle.Model;
using Chronicle.Resources;

namespace Chronicle.Entities.Linking;

/// <summary>
/// Finds the roles a text gives a person: a title in front of the name ("Norvian Deputy Foreign
/// Minister Anna Vell" gives "Norvian Deputy Foreign Minister") and appositions on either side
/// ("X, the head of Y," and "the head of Y, X" give "head of Y"). A role must contain a title word
/// (titles.txt); bare honorifics ("Mr.") are not roles.
/// </summary>
internal sealed class RoleExtractor
{
    private const int MaxApposition = 16;
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Sir", "Dame" };
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "his", "her", "their" };

    private readonly Gazetteer gazetteer;
    private readonly HashSet<string> modifiers;

    public RoleExtractor(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        modifiers = new HashSet<string>(ResourceFiles.ReadDataLines("Entities/Resources/title-modifiers.txt"), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Roles of the person mention covering tokens [first, first+count) of a sentence.</summary>
    /// <param name="covered">Per token: the type of the mention covering it, or null.</param>
    public IEnumerable<string> Roles(string text, IReadOnlyList<Span> tokens, int first, int count, IReadOnlyList<EntityType?> covered)
    {
        if (Before(text, tokens, first, covered) is { } title)
        {
            yield return title;
        }

        if (AppositionAfter(text, tokens, first + count, covered) is { } after)
        {
            yield return after;
        }

        if (AppositionBefore(text, tokens, first, count, covered) is { } before)
        {
            yield return before;
        }
    }

    private string? Before(string text, IReadOnlyList<Span> tokens, int first, IReadOnlyList<EntityType?> covered)
    {
        if (first == 0 || !IsTitle(text, tokens[first - 1]) || !WordShape.IsCapitalised(tokens[first - 1].Slice(text)))
        {
            return null;
        }

        var start = first - 1;
        while (start > 0)
        {
            var previous = tokens[start - 1];
            var word = previous.Slice(text);
            var inMention = covered[start - 1] is EntityType.Org or EntityType.Gpe or EntityType.Norp or EntityType.Loc;
            if (!inMention && !(WordShape.IsCapitalised(word) && (IsTitle(text, previous) || modifiers.Contains(word.ToString()))))
            {
                break;
            }

            start--;
        }

        var role = Join(text, tokens, start, first);
        return Honorifics.Contains(role) ? null : role;
    }

    private string? AppositionAfter(string text, IReadOnlyList<Span> tokens, int end, IReadOnlyList<EntityType?> covered)
    {
        if (end >= tokens.Count - 1 || !Is(text, tokens[end], ","))
        {
            return null;
        }

        var start = end + 1;
        var stop = start;
        while (stop < tokens.Count && stop - start < MaxApposition && !IsClauseEnd(text, tokens[stop]))
        {
            if (covered[stop] == EntityType.Person)
            {
                return null;
            }

            stop++;
        }

        if (stop >= tokens.Count || stop - start >= MaxApposition)
        {
            return null;
        }

        return Phrase(text, tokens, start, stop, covered);
    }

    private string? AppositionBefore(string text, IReadOnlyList<Span> tokens, int first, int count, IReadOnlyList<EntityType?> covered)
    {
        if (first < 2 || !Is(text, tokens[first - 1], ","))
        {
            return null;
        }

        // The name must end the apposition: a comma, a full stop or a verb follows, not "and".
        var after = first + count;
        if (after < tokens.Count && Is(text, tokens[after], "and"))
        {
            return null;
        }

        var stop = first - 1;
        var start = stop;
        while (start > 0 && stop - start < MaxApposition && !IsClauseEnd(text, tokens[start - 1]))
        {
            if (covered[start - 1] == EntityType.Person)
            {
                return null;
            }

            start--;
        }

        return stop - start < MaxApposition ? Phrase(text, tokens, start, stop, covered) : null;
    }

    /// <summary>A role phrase: it opens with a determiner, a title or a modifier, and holds a title word.</summary>
    private string? Phrase(string text, IReadOnlyList<Span> tokens, int start, int stop, IReadOnlyList<EntityType?> covered)
    {
        if (stop - start < 1)
        {
            return null;
        }

        var opening = tokens[start].Slice(text).ToString();
        var skip = Determiners.Contains(opening) ? 1 : 0;
        if (skip == 0 && !IsTitle(text, tokens[start]) && !modifiers.Contains(opening) && covered[start] is not (EntityType.Org or EntityType.Gpe or EntityType.Norp))
        {
            return null;
        }

        var hasTitle = false;
        for (var i = start + skip; i < stop; i++)
        {
            hasTitle |= IsTitle(text, tokens[i]);
            if (IsClauseWord(tokens[i].Slice(text)))
            {
                return null;
            }
        }

        return hasTitle && stop > start + skip ? Join(text, tokens, start + skip, stop) : null;
    }

    /// <summary>Words that make a stretch a clause rather than a noun phrase: verbs in -ed/-ing, auxiliaries, relatives.</summary>
    private static bool IsClauseWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsLower(word[0]))
        {
            return false;
        }

        return ClauseWords.Contains(word.ToString())
            || (word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)));
    }

    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had", "said", "says", "who", "which", "that", "since", "when", "while", "after", "before", "if", "because", "by", "did", "does", "do", "can", "could", "may", "might", "should", "must",
    };

    private bool IsTitle(string text, Span token) => (gazetteer.Lookup(token.Slice(text)) & GazetteerKind.Title) != 0;

    private static bool Is(string text, Span token, string value) => token.Slice(text).Equals(value, StringComparison.OrdinalIgnoreCase);

    private static bool IsClauseEnd(string text, Span token)
    {
        var word = token.Slice(text);
        return word is "," or "." or ";" or ":" or "!" or "?" or "\"" or "\u201C" or "\u201D" or "--" or "\u2013" or "\u2014";
    }

    private static string Join(string text, IReadOnlyList<Span> tokens, int start, int stop) =>
        NameText.Clean(text.AsSpan(tokens[start].Start, tokens[stop - 1].End - tokens[start].Start));
}
