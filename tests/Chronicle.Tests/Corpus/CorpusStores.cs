using Chronicle.Pipeline;
using Chronicle.Reading;
using Chronicle.Storage;

namespace Chronicle.Tests.Corpus;

/// <summary>Stores filled by the real ingest from a folder of articles, whole or in two parts.</summary>
internal static class CorpusStores
{
    public static IReadOnlyList<InputItem> Inputs(string folder) => InputExpander.Expand([folder]).ToList();

    public static void Ingest(SqliteArticleStore store, IEnumerable<InputItem> inputs) =>
        new IngestRunner(new ArticleReader(), new ArticleAnalyzer()).Run(inputs, store, _ => { }, null);
}
