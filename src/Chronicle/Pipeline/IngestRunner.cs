using Chronicle.Model;
using Chronicle.Reading;
using Chronicle.Storage;

namespace Chronicle.Pipeline;

/// <summary>
/// Reads inputs, analyses articles in parallel and stores them through one batching writer.
/// Files are the unit of parallel work (a file is bounded by the reader's size limit, so holding
/// one file's articles is bounded too); results come back in input order so reports are deterministic.
/// A failure in one input never stops the others, and each batch is its own transaction, so
/// whatever was stored before a failure or a crash stays stored.
/// </summary>
public sealed class IngestRunner
{
    private readonly ArticleReader reader;
    private readonly ArticleAnalyzer analyzer;
    private readonly IngestOptions options;

    public IngestRunner(ArticleReader reader, ArticleAnalyzer analyzer, IngestOptions? options = null)
    {
        this.reader = reader;
        this.analyzer = analyzer;
        this.options = options ?? new IngestOptions();
    }

    /// <summary>
    /// Runs the ingest, calling <paramref name="report"/> for every outcome in input order and
    /// <paramref name="inputDone"/> after each input (for progress).
    /// </summary>
    public IngestSummary Run(IEnumerable<InputItem> inputs, IArticleStore store, Action<IngestOutcome> report, Action? inputDone) =>
        Store(AnalyseInParallel(inputs), store, report, inputDone);

    /// <summary>Analyses and stores articles already read (benchmarks, the HTTP upload).</summary>
    public IngestSummary RunArticles(IEnumerable<RawArticle> articles, IArticleStore store, Action<IngestOutcome> report, Action<Article>? analysed = null) =>
        Store(
            InOrderedChunks(articles, raw =>
            {
                var result = AnalyseOne(raw);
                if (result.Article is { } article)
                {
                    analysed?.Invoke(article);
                }

                return (IReadOnlyList<AnalysisResult>)[result];
            }),
            store,
            report,
            null);

    private IngestSummary Store(IEnumerable<IReadOnlyList<AnalysisResult>> analysed, IArticleStore store, Action<IngestOutcome> report, Action? inputDone)
    {
        int added = 0, duplicates = 0, failed = 0, warnings = 0;
        var pending = new List<Article>(options.BatchSize);

        void Flush()
        {
            if (pending.Count == 0)
            {
                return;
            }

            var outcomes = store.AddBatch(pending);
            for (var i = 0; i < pending.Count; i++)
            {
                var article = pending[i];
                var outcome = outcomes[i];
                switch (outcome.Status)
                {
                    case StoreStatus.Added:
                        added++;
                        break;
                    case StoreStatus.Duplicate:
                        duplicates++;
                        break;
                    default:
                        failed++;
                        break;
                }

                warnings += article.Warnings.Count;
                var status = outcome.Status switch
                {
                    StoreStatus.Added => IngestStatus.Added,
                    StoreStatus.Duplicate => IngestStatus.Duplicate,
                    _ => IngestStatus.Failed,
                };
                report(new IngestOutcome(status, article.Origin, article.Id, article.Title, outcome.Reason) { Warnings = article.Warnings });
            }

            pending.Clear();
        }

        foreach (var fileResults in analysed)
        {
            foreach (var result in fileResults)
            {
                if (result.Error is { } error)
                {
                    Flush();
                    failed++;
                    report(IngestOutcome.Failed(error));
                    continue;
                }

                pending.Add(result.Article!);
                if (pending.Count >= options.BatchSize)
                {
                    Flush();
                }
            }

            inputDone?.Invoke();
        }

        Flush();
        return new IngestSummary(added, duplicates, failed, warnings);
    }

    /// <summary>Reads and analyses every input, yielding per-input results in input order.</summary>
    public IEnumerable<IReadOnlyList<AnalysisResult>> AnalyseInParallel(IEnumerable<InputItem> items) =>
        InOrderedChunks(items, ReadAndAnalyse);

    /// <summary>
    /// Runs <paramref name="work"/> over the items on all cores, yielding results in input order.
    /// Items go in chunks, and the next chunk is analysed while the caller stores the current one, so
    /// analysis and writing overlap but at most two chunks are ever held: memory stays flat however
    /// large the corpus (an unbounded ordered PLINQ merge let analysis run ahead of the writer).
    /// </summary>
    private IEnumerable<TResult> InOrderedChunks<T, TResult>(IEnumerable<T> items, Func<T, TResult> work)
    {
        using var source = items.GetEnumerator();
        var current = StartChunk(source, work);
        while (current is not null)
        {
            var next = StartChunk(source, work);
            foreach (var result in current.GetAwaiter().GetResult())
            {
                yield return result;
            }

            current = next;
        }
    }

    private Task<TResult[]>? StartChunk<T, TResult>(IEnumerator<T> source, Func<T, TResult> work)
    {
        var chunk = new List<T>(options.ChunkSize);
        while (chunk.Count < options.ChunkSize && source.MoveNext())
        {
            chunk.Add(source.Current);
        }

        if (chunk.Count == 0)
        {
            return null;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.DegreeOfParallelism };
        return Task.Run(() =>
        {
            var results = new TResult[chunk.Count];
            Parallel.For(0, chunk.Count, parallel, i => results[i] = work(chunk[i]));
            return results;
        });
    }

    private IReadOnlyList<AnalysisResult> ReadAndAnalyse(InputItem item)
    {
        var results = new List<AnalysisResult>();
        foreach (var read in reader.Read(item))
        {
            if (read.Error is { } error)
            {
                results.Add(new AnalysisResult(null, error));
                continue;
            }

            results.Add(AnalyseOne(read.Article!));
        }

        return results;
    }

    private AnalysisResult AnalyseOne(RawArticle raw)
    {
        try
        {
            return new AnalysisResult(analyzer.Analyze(raw), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in one stage must cost one article, never the batch: report it with its location.
            return new AnalysisResult(null, new ReadError(raw.Origin, raw.Line, $"analysis failed: {ex.GetType().Name}: {ex.Message}"));
        }
    }
}

/// <summary>One analysed article or the error that stopped it.</summary>
public sealed record AnalysisResult(Article? Article, ReadError? Error);

/// <summary>Defaults of an ingest run, in one place.</summary>
public sealed record IngestOptions
{
    public int BatchSize { get; init; } = 256;

    public int DegreeOfParallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Inputs analysed together; two chunks at most are in memory at once.</summary>
    public int ChunkSize { get; init; } = 64;
}
