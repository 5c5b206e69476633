namespace Chronicle.Reading;

/// <summary>
/// Turns command-line inputs into things to read: a file as itself, a directory as every file
/// below it (hidden files and folders skipped), a glob ("news/**/*.html") as the files it matches,
/// "-" as stdin. Lazy: directories are listed one at a time as the walk reaches them, in ordinal
/// name order so that every run sees the same sequence. Inputs that match nothing become error items.
/// </summary>
public static class InputExpander
{
    public const string MissingMessage = "no such file or directory";
    public const string NoMatchMessage = "glob matched no files";

    public static IEnumerable<InputItem> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs ?? [])
        {
            foreach (var item in ExpandOne(input ?? string.Empty))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<InputItem> ExpandOne(string input)
    {
        if (input == InputItem.StdinName)
        {
            return [InputItem.Stdin];
        }

        if (input.Length == 0)
        {
            return [InputItem.Failed(input, "empty path")];
        }

        if (File.Exists(input))
        {
            return [InputItem.ForFile(input)];
        }

        if (Directory.Exists(input))
        {
            return Walk(input, pattern: null);
        }

        if (GlobPattern.IsGlob(input))
        {
            return ExpandGlob(input);
        }

        return [InputItem.Failed(input, MissingMessage)];
    }

    private static IEnumerable<InputItem> ExpandGlob(string input)
    {
        var pattern = GlobPattern.Parse(input);
        if (!Directory.Exists(OrCurrent(pattern.BaseDirectory)))
        {
            yield return InputItem.Failed(input, NoMatchMessage);
            yield break;
        }

        var matched = false;
        foreach (var item in Walk(pattern.BaseDirectory, pattern))
        {
            matched |= item.Kind == InputKind.File;
            yield return item;
        }

        if (!matched)
        {
            yield return InputItem.Failed(input, NoMatchMessage);
        }
    }

    /// <summary>
    /// Depth-first walk in ordinal name order, iterative (no recursion, however deep the tree).
    /// With a pattern, only matching files are yielded and only directories that can still match are entered.
    /// Paths are built from the input as given, so a relative input yields relative paths.
    /// </summary>
    private static IEnumerable<InputItem> Walk(string root, GlobPattern? pattern)
    {
        var stack = new Stack<Frame>();
        var (entries, error) = List(root);
        if (error is not null)
        {
            yield return error;
            yield break;
        }

        stack.Push(new Frame(root, entries, pattern?.Start));
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (frame.Next >= frame.Entries.Length)
            {
                stack.Pop();
                continue;
            }

            var entry = frame.Entries[frame.Next++];
            var path = Path.Combine(frame.Directory, entry.Name);
            if (entry.IsDirectory)
            {
                // Hidden folders (.git) and linked folders (which can loop) are not walked into.
                if ((pattern is null && IsHidden(entry.Name)) || entry.IsLink)
                {
                    continue;
                }

                var state = pattern?.EnterDirectory(frame.State!, entry.Name);
                if (state is { Count: 0 })
                {
                    continue;
                }

                (entries, error) = List(path);
                if (error is not null)
                {
                    yield return error;
                    continue;
                }

                stack.Push(new Frame(path, entries, state));
            }
            else if (pattern is null ? !IsHidden(entry.Name) : pattern.MatchesFile(frame.State!, entry.Name))
            {
                yield return InputItem.ForFile(path);
            }
        }
    }

    private static string OrCurrent(string directory) => directory.Length == 0 ? "." : directory;

    private static bool IsHidden(string name) => name.StartsWith('.');

    /// <summary>One directory's entries, sorted ordinally by name, or an error item when it cannot be listed.</summary>
    private static (Entry[] Entries, InputItem? Error) List(string directory)
    {
        try
        {
            var entries = new DirectoryInfo(OrCurrent(directory))
                .EnumerateFileSystemInfos()
                .Select(info => new Entry(info.Name, info is DirectoryInfo, info.LinkTarget is not null))
                .ToArray();
            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            return (entries, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            var reason = ex is UnauthorizedAccessException ? "permission denied" : "cannot list directory: " + ex.Message;
            return ([], InputItem.Failed(directory, reason));
        }
    }

    private sealed record Entry(string Name, bool IsDirectory, bool IsLink);

    /// <summary>A directory being walked: its path, its sorted entries, how far the walk is, and the glob state there.</summary>
    private sealed class Frame(string directory, Entry[] entries, IReadOnlySet<int>? state)
    {
        public string Directory { get; } = directory;

        public Entry[] Entries { get; } = entries;

        public IReadOnlySet<int>? State { get; } = state;

        public int Next { get; set; }
    }
}
