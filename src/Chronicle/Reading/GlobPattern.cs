namespace Chronicle.Reading;

/// <summary>
/// A path pattern with "*" and "?" inside a segment and "**" for any number of directories, split
/// into the directory it starts from and the segments to match below it. Matching runs as a small
/// automaton over path segments (a set of positions in the pattern), so it never backtracks.
/// </summary>
internal sealed class GlobPattern
{
    private readonly string[] segments;

    private GlobPattern(string baseDirectory, string[] segments)
    {
        BaseDirectory = baseDirectory;
        this.segments = segments;
    }

    /// <summary>The directory with no wildcard in its path where matching starts; empty for the current directory.</summary>
    public string BaseDirectory { get; }

    public static bool IsGlob(string input) => input.AsSpan().IndexOfAny('*', '?') >= 0;

    public static GlobPattern Parse(string pattern)
    {
        var parts = pattern.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        var first = Array.FindIndex(parts, IsGlob);
        var prefix = parts[..first];
        var baseDirectory = string.Join(Path.DirectorySeparatorChar, prefix);
        if (first > 0 && baseDirectory.Length == 0)
        {
            // The pattern was rooted ("/news/*.txt"): the prefix is the empty segment before the first separator.
            baseDirectory = Path.DirectorySeparatorChar.ToString();
        }

        var rest = parts[first..].Where(part => part.Length > 0 && part != ".").ToArray();
        return new GlobPattern(baseDirectory, rest);
    }

    /// <summary>The positions the automaton starts in (before any segment is consumed).</summary>
    public IReadOnlySet<int> Start => Close([0]);

    /// <summary>The positions after descending into a directory named <paramref name="name"/>; empty when nothing below it can match.</summary>
    public IReadOnlySet<int> EnterDirectory(IReadOnlySet<int> state, string name)
    {
        var next = new HashSet<int>();
        foreach (var position in state)
        {
            if (position >= segments.Length)
            {
                continue;
            }

            var segment = segments[position];
            if (segment == "**")
            {
                if (!IsHidden(name))
                {
                    next.Add(position);
                }
            }
            else if (position < segments.Length - 1 && SegmentMatches(segment, name))
            {
                next.Add(position + 1);
            }
        }

        return Close(next);
    }

    /// <summary>True when a file named <paramref name="name"/> in a directory reached with <paramref name="state"/> matches.</summary>
    public bool MatchesFile(IReadOnlySet<int> state, string name)
    {
        foreach (var position in state)
        {
            if (position != segments.Length - 1)
            {
                continue;
            }

            // A trailing "**" ("news/**") takes every file below, as with a shell's globstar.
            if (segments[position] == "**" ? !IsHidden(name) : SegmentMatches(segments[position], name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"**" may match no directory at all: wherever it stands, the position after it is reachable too.</summary>
    private HashSet<int> Close(HashSet<int> state)
    {
        var pending = new Stack<int>(state);
        while (pending.Count > 0)
        {
            var position = pending.Pop();
            if (position < segments.Length && segments[position] == "**" && state.Add(position + 1))
            {
                pending.Push(position + 1);
            }
        }

        return state;
    }

    /// <summary>Wildcards skip hidden names (".git") unless the pattern spells the dot, as shells do.</summary>
    private static bool SegmentMatches(string segment, string name) =>
        (!IsHidden(name) || segment.StartsWith('.')) && WildcardMatch(segment, name);

    private static bool IsHidden(string name) => name.StartsWith('.');

    /// <summary>"*" and "?" within one name; greedy with a single resume point, linear in practice and never exponential.</summary>
    internal static bool WildcardMatch(string pattern, string text)
    {
        int p = 0, t = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starT = t;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
