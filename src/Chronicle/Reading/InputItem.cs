namespace Chronicle.Reading;

/// <summary>What one input expanded to.</summary>
public enum InputKind
{
    /// <summary>A file on disk to read.</summary>
    File,

    /// <summary>Standard input ("-").</summary>
    Stdin,

    /// <summary>An input that named nothing readable; <see cref="InputItem.Error"/> says why.</summary>
    Error,
}

/// <summary>One thing to read, found by <see cref="InputExpander"/>: a file path, stdin, or an input that failed.</summary>
/// <param name="Path">The file path; "-" for stdin; the input as given for an error.</param>
public sealed record InputItem(InputKind Kind, string Path, string? Error = null)
{
    public const string StdinName = "-";

    public static InputItem Stdin { get; } = new(InputKind.Stdin, StdinName);

    public static InputItem ForFile(string path) => new(InputKind.File, path);

    public static InputItem Failed(string input, string message) => new(InputKind.Error, input, message);

    public override string ToString() => Kind == InputKind.Error ? $"{Path}: {Error}" : Path;
}
