namespace Chronicle.Cli.Output;

/// <summary>Escapes text for a Markdown table cell or paragraph.</summary>
public static class Markdown
{
    public static string Cell(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal);
}
