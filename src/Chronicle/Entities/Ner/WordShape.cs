using System.Runtime.CompilerServices;
using Chronicle.Model;

namespace Chronicle.Entities.Ner;

/// <summary>How a token is capitalised.</summary>
public enum CasingKind : byte
{
    NoLetters,
    Lower,
    Title,
    Upper,
    Mixed,
}

/// <summary>Word-shape helpers: casing class, the collapsed shape ("Xx", "X.X.", "dd-dd"), the first word of a sentence.</summary>
public static class WordShape
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CasingKind Casing(ReadOnlySpan<char> word)
    {
        var letters = 0;
        var upper = 0;
        var firstUpper = false;
        var seenLetter = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (char.IsUpper(c))
            {
                upper++;
                firstUpper |= !seenLetter;
            }

            seenLetter = true;
        }

        if (letters == 0)
        {
            return CasingKind.NoLetters;
        }

        if (upper == 0)
        {
            return CasingKind.Lower;
        }

        if (upper == letters)
        {
            return letters == 1 ? CasingKind.Title : CasingKind.Upper;
        }

        return firstUpper && upper == 1 ? CasingKind.Title : CasingKind.Mixed;
    }

    public static bool IsCapitalised(ReadOnlySpan<char> word) => Casing(word) is CasingKind.Title or CasingKind.Upper or CasingKind.Mixed;

    /// <summary>Hash of the collapsed shape: letters become X or x, digits d, runs collapse, other characters stay.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong ShapeHash(ReadOnlySpan<char> word)
    {
        var hash = FeatureHash.Offset;
        var previous = '\0';
        var length = 0;
        foreach (var c in word)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (mapped == previous)
            {
                continue;
            }

            hash = FeatureHash.Add(hash, mapped);
            previous = mapped;
            if (++length >= 8)
            {
                break;
            }
        }

        return hash;
    }

    /// <summary>The index of the first token with a letter or digit (skipping opening quotes and brackets), or 0.</summary>
    public static int FirstWordIndex(string text, IReadOnlyList<Span> tokens)
    {
        for (var i = 0; i < tokens.Count && i < 4; i++)
        {
            foreach (var c in tokens[i].Slice(text))
            {
                if (char.IsLetterOrDigit(c))
                {
                    return i;
                }
            }
        }

        return 0;
    }

    public static int FirstWordIndex(string text, ReadOnlySpan<Span> tokens)
    {
        for (var i = 0; i < tokens.Length && i < 4; i++)
        {
            foreach (var c in tokens[i].Slice(text))
            {
                if (char.IsLetterOrDigit(c))
                {
                    return i;
                }
            }
        }

        return 0;
    }
}
