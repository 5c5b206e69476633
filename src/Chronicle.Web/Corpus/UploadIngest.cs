using Chronicle.Pipeline;
using Chronicle.Reading;

namespace Chronicle.Web.Corpus;

/// <summary>One uploaded file: its (already sanitised) name and its bytes.</summary>
public sealed record UploadedFile(string Name, byte[] Bytes);

/// <summary>What became of one uploaded file: one entry per article it held, or one failure.</summary>
public sealed record UploadFileResult(string File, IReadOnlyList<UploadArticleResult> Articles);

/// <summary>The outcome of one article (or of an unreadable file) in an upload.</summary>
public sealed record UploadArticleResult(string Status, string? Id, string? Title, string? Message, IReadOnlyList<string> Warnings);

/// <summary>Every file's results and the counts of the whole upload.</summary>
public sealed record UploadResponse(IReadOnlyList<UploadFileResult> Files, IngestSummary Summary);

/// <summary>
/// Ingests uploaded files through the same reader and pipeline as `chronicle ingest`, one upload at a
/// time (the store has one writer, and an index update waits for it), then invalidates the cached timeline.
/// </summary>
public sealed class UploadIngest(CorpusState corpus, IngestRunner runner, ArticleReader reader)
{
    /// <summary>The folder-like prefix of uploaded articles' origins, so they are told from files ingested by path.</summary>
    public const string OriginPrefix = "upload/";

    private readonly SemaphoreSlim writer = new(1, 1);

    public async Task<UploadResponse> IngestAsync(IReadOnlyList<UploadedFile> files, CancellationToken cancel)
    {
        await writer.WaitAsync(cancel);
        try
        {
            return await Task.Run(() => corpus.Exclusive(() => Ingest(files)), cancel);
        }
        finally
        {
            corpus.Invalidate();
            writer.Release();
        }
    }

    private UploadResponse Ingest(IReadOnlyList<UploadedFile> files)
    {
        var perFile = files.Select(f => (Origin: OriginPrefix + f.Name, Results: new List<UploadArticleResult>())).ToList();
        var byOrigin = new Dictionary<string, List<UploadArticleResult>>(StringComparer.Ordinal);
        foreach (var (origin, results) in perFile)
        {
            byOrigin.TryAdd(origin, results);
        }

        var failedReads = 0;
        var articles = new List<Model.RawArticle>();
        foreach (var file in files)
        {
            using var stream = new MemoryStream(file.Bytes, writable: false);
            foreach (var read in reader.ReadStream(stream, OriginPrefix + file.Name).ToList())
            {
                if (read.Article is { } article)
                {
                    articles.Add(article);
                }
                else
                {
                    failedReads++;
                    ResultsFor(byOrigin, read.Error!.Location).Add(new UploadArticleResult("failed", null, null, read.Error.Message, []));
                }
            }
        }

        var summary = runner.RunArticles(articles, corpus.Store, outcome =>
            ResultsFor(byOrigin, outcome.Location).Add(new UploadArticleResult(
                outcome.Status.ToString().ToLowerInvariant(), outcome.ArticleId, outcome.Title, outcome.Message, outcome.Warnings)));
        return new UploadResponse(
            perFile.Select(f => new UploadFileResult(f.Origin[OriginPrefix.Length..], f.Results)).ToList(),
            summary with { Failed = summary.Failed + failedReads });
    }

    /// <summary>A result's file: locations may carry a line or item suffix ("upload/feed.jsonl:3").</summary>
    private static List<UploadArticleResult> ResultsFor(Dictionary<string, List<UploadArticleResult>> byOrigin, string location)
    {
        if (byOrigin.TryGetValue(location, out var exact))
        {
            return exact;
        }

        var best = byOrigin.Keys.Where(o => location.StartsWith(o, StringComparison.Ordinal)).OrderByDescending(o => o.Length).FirstOrDefault();
        return best is not null ? byOrigin[best] : byOrigin.Values.First();
    }
}
