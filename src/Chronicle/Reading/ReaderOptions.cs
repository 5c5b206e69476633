using Chronicle.Model;

namespace Chronicle.Reading;

/// <summary>The reader's settings, with their defaults in one place.</summary>
/// <param name="MaxBytes">Inputs larger than this are refused without being read (the CLI's --max-size).</param>
/// <param name="Format">When set, every input is read as this format instead of detecting it (for stdin mostly).</param>
public sealed record ReaderOptions(long MaxBytes = ReaderOptions.DefaultMaxBytes, ArticleFormat? Format = null)
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    public static ReaderOptions Default { get; } = new();
}
