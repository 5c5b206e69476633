using System.Globalization;
using Chronicle.Model;

namespace Chronicle.Reading;

/// <summary>
/// Reads files and streams into raw articles: checks the size, decodes the bytes, works out the
/// format and hands the text to the reader for that format. Total: every problem, whatever the
/// input, comes back as a <see cref="ReadError"/> naming the file (and line or item), never as an exception.
/// </summary>
public sealed class ArticleReader(ReaderOptions options)
{
    public ArticleReader()
        : this(ReaderOptions.Default)
    {
    }

    public ReaderOptions Options { get; } = options ?? ReaderOptions.Default;

    /// <summary>Reads one input found by <see cref="InputExpander"/>; stdin comes from <paramref name="openStdin"/> (the console by default).</summary>
    public IEnumerable<ReadResult> Read(InputItem item, Func<Stream>? openStdin = null) => item.Kind switch
    {
        InputKind.File => ReadFile(item.Path),
        InputKind.Stdin => ReadStdin(openStdin ?? Console.OpenStandardInput),
        _ => [ReadResult.Fail(item.Path, null, item.Error ?? "cannot be read")],
    };

    /// <summary>Expands the inputs (files, directories, globs, "-") and reads each in turn, lazily.</summary>
    public IEnumerable<ReadResult> ReadAll(IEnumerable<string> inputs, Func<Stream>? openStdin = null) =>
        InputExpander.Expand(inputs).SelectMany(item => Read(item, openStdin));

    public IEnumerable<ReadResult> ReadFile(string path) => Guard(path ?? string.Empty, () => ReadFileUnguarded(path ?? string.Empty));

    public IEnumerable<ReadResult> ReadStream(Stream stream, string origin) =>
        Guard(origin ?? InputItem.StdinName, () => ReadStreamUnguarded(stream, origin ?? InputItem.StdinName));

    /// <summary>"25 MB", "12.5 KB", "300 bytes".</summary>
    internal static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        1 => "1 byte",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    private IEnumerable<ReadResult> ReadStdin(Func<Stream> openStdin) =>
        Guard(InputItem.StdinName, () =>
        {
            using var stream = openStdin();
            // The bytes are read here, before the stream closes; the results are produced lazily from them.
            return ReadStreamUnguarded(stream, InputItem.StdinName);
        });

    private IEnumerable<ReadResult> ReadFileUnguarded(string path)
    {
        if (path.Length == 0)
        {
            return [ReadResult.Fail(path, null, "empty path")];
        }

        if (Directory.Exists(path))
        {
            return [ReadResult.Fail(path, null, "is a directory")];
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return [ReadResult.Fail(path, null, "no such file or directory")];
        }

        // Refuse before reading: a 2 GB dump should cost a stat, not a read.
        if (info.Length > Options.MaxBytes)
        {
            return [ReadResult.Fail(path, null, $"file is {FormatSize(info.Length)}, over the {FormatSize(Options.MaxBytes)} limit (--max-size)")];
        }

        byte[]? bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.SequentialScan);
            bytes = ReadBounded(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, null, ex is UnauthorizedAccessException ? "permission denied" : "cannot read: " + ex.Message)];
        }

        return bytes is null
            ? [ReadResult.Fail(path, null, $"file is over the {FormatSize(Options.MaxBytes)} limit (--max-size)")]
            : ReadBytes(bytes, path);
    }

    private IEnumerable<ReadResult> ReadStreamUnguarded(Stream stream, string origin)
    {
        if (stream is null)
        {
            return [ReadResult.Fail(origin, null, "no input stream")];
        }

        byte[]? bytes;
        try
        {
            bytes = ReadBounded(stream);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            return [ReadResult.Fail(origin, null, "cannot read: " + ex.Message)];
        }

        return bytes is null
            ? [ReadResult.Fail(origin, null, $"input is over the {FormatSize(Options.MaxBytes)} limit (--max-size)")]
            : ReadBytes(bytes, origin);
    }

    /// <summary>The stream's bytes, or null as soon as it proves longer than the limit.</summary>
    private byte[]? ReadBounded(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > Options.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private IEnumerable<ReadResult> ReadBytes(byte[] bytes, string origin)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.IsText)
        {
            return [ReadResult.Fail(origin, null, decoded.Error!)];
        }

        // TimeML is XML that the sniffing would take for a feed or a page; its own reader keeps its sentences and DCT.
        IEnumerable<ReadResult> results = Options.Format is null && TimeMlArticleReader.IsTimeMl(origin, decoded.Text)
            ? [TimeMlArticleReader.Read(decoded.Text, origin)]
            : Dispatch(decoded.Text, origin, Options.Format ?? FormatDetector.Detect(origin, decoded.Text));
        return decoded.Warnings.Count == 0 ? results : results.Select(result => WithWarnings(result, decoded.Warnings));
    }

    private static IEnumerable<ReadResult> Dispatch(string text, string origin, ArticleFormat format)
    {
        switch (format)
        {
            case ArticleFormat.Markdown:
                var (plain, title) = MarkdownConverter.Convert(text);
                return [ReadResult.Ok(new RawArticle(origin, null, ArticleFormat.Markdown, plain, Title: title))];
            case ArticleFormat.Html:
                return [HtmlArticleReader.Read(text, origin)];
            case ArticleFormat.Json:
                return JsonArticleReader.ReadJson(text, origin);
            case ArticleFormat.JsonLines:
                return JsonArticleReader.ReadLines(text, origin);
            case ArticleFormat.Rss or ArticleFormat.Atom:
                return FeedReader.Read(text, origin);
            default:
                return [ReadResult.Ok(new RawArticle(origin, null, ArticleFormat.Text, text))];
        }
    }

    private static ReadResult WithWarnings(ReadResult result, IReadOnlyList<string> warnings) =>
        result.Article is { } article ? ReadResult.Ok(article with { Warnings = [.. warnings, .. article.Warnings] }) : result;

    /// <summary>
    /// Runs a reader and turns any exception it throws, while starting or in the middle of its
    /// results, into one final error: the results before it still count.
    /// </summary>
    private static IEnumerable<ReadResult> Guard(string origin, Func<IEnumerable<ReadResult>> read)
    {
        IEnumerator<ReadResult>? enumerator = null;
        ReadResult? failure = null;
        try
        {
            enumerator = read().GetEnumerator();
        }
#pragma warning disable CA1031 // The reader's contract is totality: an unexpected failure is reported, never thrown.
        catch (Exception ex)
        {
            failure = Unexpected(origin, ex);
        }

        if (enumerator is null)
        {
            yield return failure!;
            yield break;
        }

        using (enumerator)
        {
            while (true)
            {
                ReadResult current;
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        yield break;
                    }

                    current = enumerator.Current;
                }
                catch (Exception ex)
                {
                    failure = Unexpected(origin, ex);
                    break;
                }
#pragma warning restore CA1031

                yield return current;
            }
        }

        yield return failure;
    }

    private static ReadResult Unexpected(string origin, Exception ex) =>
        ReadResult.Fail(origin, null, $"cannot be read ({ex.GetType().Name}: {ex.Message})");
}
