using Chronicle.Model;

namespace Chronicle.Evaluation.SemEval;

/// <summary>
/// Finds where a text names a target entity ("Steve Jobs", "iTunes store") by its full name or a
/// short form of it: a run of the name's words that keeps its last capitalised word (the surname, the
/// head of an organisation's name: "Jobs", "Apple Corps"), except that a name ending in a number or
/// a model code ("iPhone 4") is only found whole, since its head alone names the whole product line.
/// Words the name capitalises must match in case ("Jobs", not "jobs"); lower-case words match any case.
/// </summary>
public sealed class TargetMatcher
{
    private readonly List<string[]> forms = [];

    public TargetMatcher(string target)
    {
        Target = target ?? string.Empty;
        var words = Target.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        forms.Add(words);
        var head = Array.FindLastIndex(words, HasUpper);
        if (head < 0 || words[^1].Any(char.IsDigit))
        {
            return;
        }

        for (var start = 0; start <= head; start++)
        {
            for (var end = head + 1; end <= words.Length; end++)
            {
                if (end - start < words.Length)
                {
                    forms.Add(words[start..end]);
                }
            }
        }

        // Longest first, so a full name is preferred where several forms start at one token.
        forms.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    public string Target { get; }

    /// <summary>The token ranges [start, end) of <paramref name="sentence"/> that name the target.</summary>
    public IReadOnlyList<(int Start, int End)> Find(string text, Sentence sentence)
    {
        var found = new List<(int, int)>();
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var form in forms)
            {
                if (Matches(text, tokens, i, form))
                {
                    found.Add((i, i + form.Length));
                    i += form.Length - 1;
                    break;
                }
            }
        }

        return found;
    }

    private static bool Matches(string text, IReadOnlyList<Token> tokens, int at, string[] form)
    {
        if (at + form.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < form.Length; k++)
        {
            var token = tokens[at + k].Span.Slice(text);
            var comparison = HasUpper(form[k]) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (!token.Equals(form[k], comparison))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasUpper(string word) => word.Any(char.IsUpper);
}
