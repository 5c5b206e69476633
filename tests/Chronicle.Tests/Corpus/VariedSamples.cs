using Chronicle.Benchmarks;
using Chronicle.Corpus;
using Chronicle.Pipeline;
using Chronicle.Reading;
using Chronicle.Storage;

namespace Chronicle.Tests.Corpus;

/// <summary>Stores of the varied sample corpus (years shifted, names swapped, paragraphs reordered), indexed in steps.</summary>
internal static class VariedSamples
{
    private static readonly string Samples = System.IO.Path.Combine(SharedData.RepoRoot, "samples");

    public static CorpusVariator Variator() => new(BenchSources.Interleave(BenchSources.Load([Samples])));

    /// <summary>Ingests the first <paramref name="count"/> articles of the varied sample corpus.</summary>
    public static void Ingest(SqliteArticleStore store, int count) =>
        new IngestRunner(new ArticleReader(), new ArticleAnalyzer()).RunArticles(Variator().Generate(count), store, _ => { });

    /// <summary>
    /// Ingests the first articles of the varied sample corpus and indexes them with <paramref name="first"/>,
    /// then adds each step's articles and updates the index with <paramref name="then"/>.
    /// </summary>
    public static List<CorpusIndexUpdate> IndexInSteps(SqliteArticleStore store, CorpusIndex first, CorpusIndex then, int count, params (int Count, int Start)[] steps)
    {
        var runner = new IngestRunner(new ArticleReader(), new ArticleAnalyzer());
        var variator = Variator();
        runner.RunArticles(variator.Generate(count), store, _ => { });
        first.Update(store);
        var updates = new List<CorpusIndexUpdate>();
        foreach (var (added, start) in steps)
        {
            runner.RunArticles(variator.Generate(added, start), store, _ => { });
            updates.Add(then.Update(store));
        }

        return updates;
    }

    /// <summary>Every stored event's sort key and JSON, in order (block numbers and row ids aside).</summary>
    public static List<string> StoredEvents(SqliteArticleStore store) =>
        store.ReadBlockEvents(store.ReadMentionLinks().Select(m => m.Block).Distinct().ToList())
            .Select(e => e.SortKey + "\t" + e.Json).Order(StringComparer.Ordinal).ToList();
}
