using Chronicle.Resources;

namespace Chronicle.Fusion;

/// <summary>A count stated in a sentence: a number or range and the word it counts ("12 to 14 organizations").</summary>
public sealed record Quantity(double Low, double High, string Noun, string Text);

/// <summary>Finds counts (digits or number words, ranges with "to", "-", "or") and their noun in a sentence; years and day numbers are left out.</summary>
public static class QuantityExtractor
{
    private static readonly Lazy<(Dictionary<string, double> Words, HashSet<string> Skip)> Lexicon = new(() =>
    {
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        var skip = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ResourceFiles.ReadDataLines("Fusion/Resources/numbers.tsv"))
        {
            var c = line.Split('\t');
            if (c.Length != 2)
            {
                continue;
            }

            if (c[0] == "skip")
            {
                skip.Add(c[1]);
            }
            else if (double.TryParse(c[1], System.Globalization.CultureInfo.InvariantCulture, out var v))
            {
                words[c[0]] = v;
            }
        }

        return (words, skip);
    });

    public static IReadOnlyList<Quantity> Find(string sentence)
    {
        var words = Words(sentence ?? string.Empty);
        var found = new List<Quantity>();
        for (var i = 0; i < words.Count; i++)
        {
            if (Value(words[i]) is not { } low || (i > 0 && Lexicon.Value.Skip.Contains(words[i - 1])) || (i + 1 < words.Count && Lexicon.Value.Skip.Contains(words[i + 1])))
            {
                continue;
            }

            var j = i + 1;
            var high = low;
            if (j + 1 < words.Count && words[j] is "to" or "or" or "-" or "and" && Value(words[j + 1]) is { } upper)
            {
                high = upper;
                j += 2;
            }

            if (j < words.Count && char.IsLetter(words[j][0]) && Value(words[j]) is null)
            {
                found.Add(new Quantity(Math.Min(low, high), Math.Max(low, high), words[j], string.Join(' ', words[i..(j + 1)])));
                i = j;
            }
        }

        return found;
    }

    private static double? Value(string w)
    {
        if (Lexicon.Value.Words.TryGetValue(w, out var v))
        {
            return v;
        }

        if (double.TryParse(w, System.Globalization.NumberStyles.AllowThousands | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var d))
        {
            // A four-digit number between 1000 and 2100 is a year.
            return d is >= 1000 and <= 2100 && !w.Contains(',') ? null : d;
        }

        return null;
    }

    private static List<string> Words(string s)
    {
        var words = new List<string>();
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsLetterOrDigit(s[i]))
            {
                var j = i;
                while (j < s.Length && (char.IsLetterOrDigit(s[j]) || ((s[j] == ',' || s[j] == '.') && j + 1 < s.Length && char.IsDigit(s[j + 1]) && j > i && char.IsDigit(s[j - 1]))))
                {
                    j++;
                }

                words.Add(s[i..j].ToLowerInvariant());
                i = j;
            }
            else
            {
                if (s[i] is '-' or '\u2013')
                {
                    words.Add("-");
                }

                i++;
            }
        }

        return words;
    }
}
