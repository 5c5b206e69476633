using Chronicle.Evaluation.Timex;
using Chronicle.Model;
using Chronicle.Reading;

namespace Chronicle.Benchmarks;

/// <summary>One folder of source articles for the benchmark corpus, with its size in words.</summary>
public sealed record BenchSource(string Path, IReadOnlyList<RawArticle> Articles)
{
    public long Words => Articles.Sum(a => (long)Text.WordCount.Of(a.Text));
}

/// <summary>
/// Reads the benchmark's source folders: TimeML files (.tml, the text with its creation time as the
/// stated date) and anything the article reader reads. <see cref="Interleave"/> takes them in turn,
/// so a corpus of any size draws on every folder.
/// </summary>
public static class BenchSources
{
    public static IReadOnlyList<BenchSource> Load(IEnumerable<string> paths)
    {
        var reader = new ArticleReader();
        var sources = new List<BenchSource>();
        foreach (var path in paths)
        {
            var timeMl = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                : [];
            var articles = timeMl.Count > 0
                ? timeMl.Select(ReadTimeMl).ToList()
                : reader.ReadAll(ArticleFolders(path)).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
            sources.Add(new BenchSource(path, articles));
        }

        return sources;
    }

    /// <summary>The sources' articles taken one from each source in turn (a source that runs out drops out).</summary>
    public static IReadOnlyList<RawArticle> Interleave(IReadOnlyList<BenchSource> sources)
    {
        var result = new List<RawArticle>();
        var longest = sources.Select(s => s.Articles.Count).DefaultIfEmpty(0).Max();
        for (var i = 0; i < longest; i++)
        {
            foreach (var source in sources.Where(s => i < s.Articles.Count))
            {
                result.Add(source.Articles[i]);
            }
        }

        return result;
    }

    /// <summary>
    /// A timeline-summarisation corpus keeps its articles in InputDocs folders beside the reference
    /// timelines and keyword lists, which are not articles: read only those folders where there are any.
    /// </summary>
    private static List<string> ArticleFolders(string path)
    {
        var inputDocs = Directory.Exists(path)
            ? Directory.EnumerateDirectories(path, "InputDocs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        return inputDocs.Count > 0 ? inputDocs : [path];
    }

    private static RawArticle ReadTimeMl(string file)
    {
        var doc = TimeMlDocument.Load(file);
        var date = doc.Dct?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new RawArticle(file, null, ArticleFormat.Text, doc.Text, PublishedRaw: date);
    }
}
