using System.Runtime.CompilerServices;
using System.Text;

namespace Chronicle.Cleaning;

/// <summary>
/// The comparison form of a line: lower case, every run of (Unicode) spaces one space, bullet
/// markers and punctuation at both ends removed. Two lines with the same key say the same thing.
/// </summary>
internal static class LineKey
{
    public static string Of(string text) => Of(text.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Of(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsEdge(text[start]))
        {
            start++;
        }

        while (end > start && IsEdge(text[end - 1]))
        {
            end--;
        }

        var builder = new StringBuilder(end - start);
        var pendingSpace = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(NormaliseQuote(c)));
        }

        return builder.ToString();
    }

    private static char NormaliseQuote(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
        _ => c,
    };

    /// <summary>Spaces, bullets and punctuation that may wrap a line without changing what it says.</summary>
    private static bool IsEdge(char c) =>
        char.IsWhiteSpace(c) || LineShape.IsBulletChar(c)
        || (char.IsPunctuation(c) && c is not ('(' or ')' or '[' or ']' or '\'' or '"' or '\u2019' or '\u201D' or '&' or '#' or '@'))
        || c is '|' or '>' or '<' or '»' or '«' or '›' or '‹' or '+';
}
