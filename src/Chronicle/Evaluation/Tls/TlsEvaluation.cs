using System.Diagnostics;
using System.Globalization;
using System.Text;
using Chronicle.Model;
using Chronicle.Pipeline;

namespace Chronicle.Evaluation.Tls;

/// <summary>The scores of one (topic, gold timeline) pair.</summary>
public sealed record TlsResult(string Topic, string Timeline, IReadOnlyList<DateOnly> GoldDates, Prf Dates, Prf ConcatRouge1, Prf ConcatRouge2, Prf AgreementRouge1, Prf AgreementRouge2, TlsTimeline System);

/// <summary>All pairs of a run, macro-averaged, with the corpus size and the time taken.</summary>
public sealed record TlsReport(IReadOnlyList<TlsResult> Results, IReadOnlyList<string> Problems, int Articles, TimeSpan Elapsed)
{
    /// <summary>Each system timeline's days, marked "+" where the gold has the day, then the gold days it missed.</summary>
    public string FormatDates()
    {
        var builder = new StringBuilder();
        foreach (var r in Results)
        {
            var gold = r.GoldDates.ToHashSet();
            builder.AppendLine($"{r.Topic} / {r.Timeline}:");
            builder.AppendLine("  chosen: " + string.Join(' ', r.System.Dates.Select(d => (gold.Contains(d) ? "+" : "-") + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            builder.AppendLine("  missed: " + string.Join(' ', r.GoldDates.Except(r.System.Dates).Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        return builder.ToString();
    }

    public string Format()
    {
        var builder = new StringBuilder();
        builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Timeline summarisation: {Results.Count} gold timelines, {Articles} articles, {Elapsed.TotalSeconds:0.0} s ({(Elapsed.TotalSeconds == 0 ? 0 : Articles / Elapsed.TotalSeconds):0.0} articles/s)"));
        foreach (var problem in Problems)
        {
            builder.AppendLine("  note: " + problem);
        }

        builder.AppendLine("  topic / timeline                              dates  Date-F1  concat R1  R2      agree R1  R2");
        foreach (var r in Results)
        {
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Topic + " / " + r.Timeline,-45} {r.GoldDates.Count,5}  {r.Dates.F1,7:0.000}  {r.ConcatRouge1.F1,9:0.000}  {r.ConcatRouge2.F1,6:0.000}  {r.AgreementRouge1.F1,8:0.000}  {r.AgreementRouge2.F1,6:0.000}"));
        }

        if (Results.Count > 0)
        {
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {"macro average",-45} {"",5}  {Results.Average(r => r.Dates.F1),7:0.000}  {Results.Average(r => r.ConcatRouge1.F1),9:0.000}  {Results.Average(r => r.ConcatRouge2.F1),6:0.000}  {Results.Average(r => r.AgreementRouge1.F1),8:0.000}  {Results.Average(r => r.AgreementRouge2.F1),6:0.000}"));
        }

        return builder.ToString();
    }
}

/// <summary>
/// Timeline summarisation on a Timeline17-style folder: each topic (a folder with InputDocs/DATE/*.txt,
/// the folder's date being the publication date, and timelines/*.txt gold timelines in the tilse
/// format) is analysed once, streaming; then for each gold timeline the summariser picks as many days
/// in the gold's span as the gold has, with as many sentences per day as the gold's average, and the
/// result is scored by Date-F1 and ROUGE-1/2 (concat and agreement).
/// </summary>
public static class TlsEvaluation
{
    public static TlsReport Run(string dataDirectory, ArticleAnalyzer analyzer, IReadOnlyDictionary<string, string>? dateFixes = null, SummariserOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var summariser = new TimelineSummariser(options ?? SummariserOptions.Default);
        var results = new List<TlsResult>();
        var problems = new List<string>();
        var articles = 0;
        foreach (var topic in Topics(dataDirectory))
        {
            var references = new DateReferences();
            foreach (var article in Analyse(topic, analyzer))
            {
                references.Add(article);
            }

            articles += references.Articles;
            var name = Path.GetFileName(topic);
            foreach (var goldPath in Directory.EnumerateFiles(Path.Combine(topic, "timelines"), "*.txt").Order(StringComparer.Ordinal))
            {
                var gold = TlsTimeline.Parse(Path.GetFileName(goldPath), File.ReadAllText(goldPath), dateFixes);
                problems.AddRange(gold.Problems.Select(p => name + "/" + p));
                if (gold.Entries.Count == 0)
                {
                    continue;
                }

                var system = summariser.Summarise(name, references, gold.Entries[0].Date, gold.Entries[^1].Date, gold.Entries.Count, gold.SentencesPerDate);
                results.Add(new TlsResult(
                    name,
                    gold.Name,
                    gold.Dates.ToList(),
                    TlsScores.DateF1(system.Dates, gold.Dates),
                    TlsScores.ConcatRouge(system, gold, 1),
                    TlsScores.ConcatRouge(system, gold, 2),
                    TlsScores.AgreementRouge(system, gold, 1),
                    TlsScores.AgreementRouge(system, gold, 2),
                    system));
            }
        }

        return new TlsReport(results, problems, articles, watch.Elapsed);
    }

    /// <summary>The topic folders: the folder itself when it holds InputDocs, else its (or its topics/ folder's) subfolders that do.</summary>
    public static IReadOnlyList<string> Topics(string dataDirectory)
    {
        if (Directory.Exists(Path.Combine(dataDirectory, "InputDocs")))
        {
            return [dataDirectory];
        }

        var root = Directory.Exists(Path.Combine(dataDirectory, "topics")) ? Path.Combine(dataDirectory, "topics") : dataDirectory;
        return Directory.EnumerateDirectories(root)
            .Where(d => Directory.Exists(Path.Combine(d, "InputDocs")) && Directory.Exists(Path.Combine(d, "timelines")))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The topic's articles analysed in parallel, in a fixed order, without holding the corpus.</summary>
    private static IEnumerable<Article> Analyse(string topic, ArticleAnalyzer analyzer) =>
        Directory.EnumerateDirectories(Path.Combine(topic, "InputDocs"))
            .Order(StringComparer.Ordinal)
            .SelectMany(day => Directory.EnumerateFiles(day).Order(StringComparer.Ordinal).Select(file => (Day: Path.GetFileName(day), File: file)))
            .AsParallel()
            .AsOrdered()
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(x => analyzer.Analyze(new RawArticle(x.File, null, ArticleFormat.Text, File.ReadAllText(x.File), PublishedRaw: x.Day)));
}
