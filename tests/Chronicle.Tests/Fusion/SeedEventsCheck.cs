using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Pipeline;
using Xunit.Abstractions;

namespace Chronicle.Tests.Fusion;

/// <summary>
/// Runs extraction, fusion, conflicts and the evaluation on the seed articles with crude, test-only
/// stand-ins for the Time and Entities stages (capitalised word runs as participants, explicit dates
/// and years as times), to show the whole path runs; the figures it prints are a floor for what the
/// real stages will give.
/// </summary>
public partial class SeedEventsCheck(ITestOutputHelper output)
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly HashSet<string> NotNames = [.. CultureInfo.InvariantCulture.DateTimeFormat.DayNames, "The", "A", "An", "In", "On", "At", "For", "Over", "He", "She", "It", "We", "They", "But", "This", "That", "Since", "After", "Meanwhile", "Similar", "According", "However"];

    [GeneratedRegex(@"\b(?:(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(?:, (\d{4}))?|(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{4}))?|(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})|((?:19|20)\d\d))\b", RegexOptions.NonBacktracking)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b[A-Z][\w\u2019'-]+(?: (?:al-|Abu |bin )?[A-Z][\w\u2019'-]+)*", RegexOptions.NonBacktracking)]
    private static partial Regex NamePattern();

    [SkippableFact]
    public void Seeds_run_end_to_end_and_are_scored()
    {
        SharedData.SkipIfAbsent();
        var analyzer = new ArticleAnalyzer();
        var documents = new List<DocumentEvents>();
        foreach (var path in Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var article = analyzer.Analyze(new RawArticle(path, null, ArticleFormat.Text, File.ReadAllText(path)));
            var date = article.Published.Date;
            var times = Times(article.Text, date);
            var mentions = EventExtractor.Default.Extract(article.Text, article.Sentences, times, Participants(article.Text, times), date);
            documents.Add(new DocumentEvents(Path.GetFileName(path), date, article.Published.Evidence, article.Text, mentions));
            output.WriteLine($"{Path.GetFileName(path)}: date {date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}, {mentions.Count} mentions");
        }

        // Throughput of extraction (tagging included) over the seeds' sentences, best of three after a warm-up.
        var inputs = documents.Select(d => (d.Text, Sentences: analyzer.AnalyzeRawText(new RawArticle(d.DocumentId, null, ArticleFormat.Text, d.Text), d.Text, PublicationDate.Unknown).Sentences)).ToList();
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 4; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var (text, sentences) in inputs)
            {
                _ = EventExtractor.Default.Extract(text, sentences, [], [], null);
            }

            best = run == 0 ? best : (watch.Elapsed < best ? watch.Elapsed : best);
        }

        var sentenceCount = inputs.Sum(i => i.Sentences.Count);
        output.WriteLine($"extraction: {sentenceCount} sentences in {best.TotalMilliseconds:F1} ms ({sentenceCount / best.TotalSeconds:F0} sentences/s)");

        var result = EventFuser.Default.FuseAll(documents);
        var conflicts = ConflictFinder.Default.Find(result.Events);
        using var gold = File.OpenRead(SharedData.Path("gold", "seeds.gold.json"));
        var score = EventEvaluation.Score(EventEvaluation.ReadGold(gold), result.Events, id => id);
        output.WriteLine($"{result.Events.Count} fused events, {result.Events.Count(e => e.Sources.Select(s => s.DocumentId).Distinct().Count() > 1)} cross-document, {conflicts.Count} conflicts ({string.Join(", ", conflicts.GroupBy(c => c.Kind).Select(g => $"{g.Key} {g.Count()}"))}), {result.UndatedConstraints.Count} undated-article constraints");
        output.WriteLine(score.ToString());
        foreach (var e in result.Events.Where(e => e.Sources.Count > 1).Take(15))
        {
            output.WriteLine($"  {e.Id} {e.Type} {e.DateText ?? "?"} {e.Status} actors=[{string.Join(",", e.Actors)}] sources={e.Sources.Count} independent={e.IndependentSources} {e.Salience.Level}");
        }

        foreach (var c in conflicts.Take(10))
        {
            output.WriteLine($"  conflict {c.Kind} {string.Join("/", c.Events)}: {c.Description}");
        }

        Assert.NotEmpty(result.Events);
        Assert.True(score.Found > 0);
    }

    private static List<EventTimeMention> Times(string text, DateOnly? documentDate)
    {
        var times = new List<EventTimeMention>();
        foreach (Match m in DatePattern().Matches(text))
        {
            var g = m.Groups;
            int? year = null, month = null, day = null;
            if (g[1].Success)
            {
                (month, day, year) = (MonthOf(g[1].Value), int.Parse(g[2].Value, CultureInfo.InvariantCulture), g[3].Success ? int.Parse(g[3].Value, CultureInfo.InvariantCulture) : documentDate?.Year);
            }
            else if (g[4].Success)
            {
                (day, month, year) = (int.Parse(g[4].Value, CultureInfo.InvariantCulture), MonthOf(g[5].Value), g[6].Success ? int.Parse(g[6].Value, CultureInfo.InvariantCulture) : documentDate?.Year);
            }
            else if (g[7].Success)
            {
                (month, year) = (MonthOf(g[7].Value), int.Parse(g[8].Value, CultureInfo.InvariantCulture));
            }
            else
            {
                year = int.Parse(g[9].Value, CultureInfo.InvariantCulture);
            }

            if (year is not { } y || day is > 31)
            {
                continue;
            }

            var span = new Span(m.Index, m.Index + m.Length);
            if (month is { } mo && day is { } d && d <= DateTime.DaysInMonth(y, mo))
            {
                var date = new DateOnly(y, mo, d);
                times.Add(new EventTimeMention(span, m.Value, date, date, "day"));
            }
            else if (month is { } only)
            {
                times.Add(new EventTimeMention(span, m.Value, new DateOnly(y, only, 1), new DateOnly(y, only, DateTime.DaysInMonth(y, only)), "month"));
            }
            else
            {
                times.Add(new EventTimeMention(span, m.Value, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), "year"));
            }
        }

        return times;
    }

    private static int MonthOf(string name) => Array.IndexOf(Months, name) + 1;

    private static List<EventParticipantMention> Participants(string text, List<EventTimeMention> times)
    {
        var found = new List<EventParticipantMention>();
        foreach (Match m in NamePattern().Matches(text))
        {
            if (times.Any(t => t.Span.Start < m.Index + m.Length && t.Span.End > m.Index) || Months.Contains(m.Value) || NotNames.Contains(m.Value.Split(' ')[0]))
            {
                continue;
            }

            var before = text[..m.Index].TrimEnd();
            var place = before.EndsWith(" in", StringComparison.Ordinal) || before.EndsWith(" to", StringComparison.Ordinal) || before.EndsWith(" from", StringComparison.Ordinal);
            found.Add(new EventParticipantMention(new Span(m.Index, m.Index + m.Length), place ? "GPE" : "ORG", m.Value.ToLowerInvariant(), m.Value));
        }

        return found;
    }
}
