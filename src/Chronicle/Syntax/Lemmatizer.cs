using Chronicle.Resources;

namespace Chronicle.Syntax;

/// <summary>
/// Rule-based English lemmatizer for verbs and nouns: irregular forms from data files, then suffix
/// rules (-s/-es/-ies, -ed/-ied, -ing with e-restoration and consonant undoubling). When the caller
/// knows a vocabulary of lemmas (for example the event triggers), the candidate in it wins, which
/// settles the ambiguous cases ("hoped" → hope, "visited" → visit). Immutable; thread-safe.
/// </summary>
public sealed class Lemmatizer
{
    private static readonly Lazy<Lemmatizer> DefaultLemmatizer = new(() => new Lemmatizer([]));
    private readonly Dictionary<string, string> verbForms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> nounForms = new(StringComparer.Ordinal);
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly HashSet<string> irregularPast = new(StringComparer.Ordinal);

    public Lemmatizer(IEnumerable<string> knownLemmas)
    {
        foreach (var line in ResourceFiles.ReadDataLines("Syntax/Resources/irregular-verbs.tsv"))
        {
            var cols = line.Split('\t');
            known.Add(cols[0]);
            for (var c = 1; c < cols.Length; c++)
            {
                foreach (var form in cols[c].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    verbForms.TryAdd(form, cols[0]);
                    if (c == 1)
                    {
                        irregularPast.Add(form);
                    }
                }
            }
        }

        foreach (var line in ResourceFiles.ReadDataLines("Syntax/Resources/irregular-nouns.tsv"))
        {
            var cols = line.Split('\t');
            if (cols.Length == 2)
            {
                nounForms.TryAdd(cols[1], cols[0]);
            }
        }

        foreach (var lemma in knownLemmas)
        {
            known.Add(lemma.ToLowerInvariant());
        }
    }

    public static Lemmatizer Default => DefaultLemmatizer.Value;

    /// <summary>Whether a lower-case word is the simple past of an irregular verb ("tore", "went").</summary>
    public bool IsIrregularPast(string lower) => irregularPast.Contains(lower);

    /// <summary>The lemma of a word with the given part of speech (verbs, auxiliaries and nouns are reduced; others lowercased).</summary>
    public string Lemmatize(ReadOnlySpan<char> word, UPos pos)
    {
        var w = word.ToString().ToLowerInvariant().Replace('\u2019', '\'');
        return pos switch
        {
            UPos.VERB or UPos.AUX => Verb(w),
            UPos.NOUN => Noun(w),
            UPos.PROPN => word.ToString(),
            _ => w,
        };
    }

    public string Verb(string w)
    {
        if (w.Length < 3 || known.Contains(w))
        {
            return w;
        }

        if (verbForms.TryGetValue(w, out var irregular))
        {
            return irregular;
        }

        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 4)
        {
            return Restore(w[..^3]);
        }

        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 3)
        {
            var stem = w[..^2];
            return Pick(w[..^1], stem) ?? Restore(stem);
        }

        if (w.EndsWith("es", StringComparison.Ordinal))
        {
            var stem = w[..^2];
            return Pick(w[..^1], stem) ?? (EndsWithSibilant(stem) ? stem : w[..^1]);
        }

        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w;
    }

    public string Noun(string w)
    {
        if (w.Length < 3 || known.Contains(w))
        {
            return w;
        }

        if (nounForms.TryGetValue(w, out var irregular))
        {
            return irregular;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("es", StringComparison.Ordinal) && EndsWithSibilant(w[..^2]))
        {
            return Pick(w[..^1], w[..^2]) ?? w[..^2];
        }

        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w;
    }

    private string? Pick(string first, string second) =>
        known.Contains(first) ? first : known.Contains(second) ? second : null;

    /// <summary>The base of a stem left by -ing/-ed: undouble ("stopp" → stop), or restore a silent e ("announc" → announce).</summary>
    private string Restore(string stem)
    {
        var withE = stem + "e";
        var undoubled = stem.Length > 2 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z' or 'f') ? stem[..^1] : null;
        if (known.Contains(stem))
        {
            return stem;
        }

        if (known.Contains(withE))
        {
            return withE;
        }

        if (undoubled is not null)
        {
            return undoubled;
        }

        // A silent e follows c, g after a vowel or n, v, z and u, and short consonant-vowel-consonant stems.
        var last = stem.Length > 0 ? stem[^1] : ' ';
        var before = stem.Length > 1 ? stem[^2] : ' ';
        var needsE = last is 'c' or 'v' or 'z' or 'u'
            || (last == 'g' && before is 'n' or 'a' or 'u' && stem.Length > 3 && !stem.EndsWith("ng", StringComparison.Ordinal))
            || (last == 's' && IsVowel(before) && stem.Length > 2 && IsVowel(stem[^3]))
            || (last == 't' && before is 'a' or 'u' && stem.Length > 3 && stem[^3] is not ('e' or 'o' or 'a'))
            || (stem.Length <= 4 && stem.Length >= 3 && !IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(before) && !IsVowel(stem[^3]));
        return needsE ? withE : stem;
    }

    private static bool EndsWithSibilant(string s) =>
        s.EndsWith('s') || s.EndsWith('x') || s.EndsWith('z') || s.EndsWith("ch", StringComparison.Ordinal) || s.EndsWith("sh", StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
