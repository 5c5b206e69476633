using System.Runtime.CompilerServices;

namespace Chronicle.Text;

/// <summary>Counting words by white space, shared by the stages that judge a line by its length.</summary>
public static class WordCount
{
    /// <summary>The number of runs of non-space characters (any Unicode space separates).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Of(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    /// <summary>Whether <paramref name="text"/> has at most <paramref name="limit"/> words (<see cref="Of"/>), reading no further than the word after the limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AtMost(ReadOnlySpan<char> text, int limit)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord && ++count > limit)
            {
                return false;
            }

            inWord = !space;
        }

        return true;
    }
}
