namespace Chronicle.Cli.Output;

/// <summary>The output formats a command may offer.</summary>
public enum OutputFormat
{
    Table,
    Json,
    Md,
    Text,
    Timeml,
    Csv,
    Timelinejs,
    Semeval,
}

public static class OutputFormats
{
    public static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();
}
