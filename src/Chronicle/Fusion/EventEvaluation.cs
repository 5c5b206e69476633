using System.Text;
using System.Text.Json;

namespace Chronicle.Fusion;

/// <summary>One gold event: its id, date at a granularity (null when unknown), its mentions (file and quote), and for a "range" the end (null: open).</summary>
public sealed record GoldEvent(string Id, string? Date, string Granularity, IReadOnlyList<(string File, string Quote)> Mentions, string? EndDate = null);

/// <summary>The figures of <see cref="EventEvaluation"/>.</summary>
public sealed record EventEvaluationResult(
    int GoldEvents, int Found, double Recall,
    int DatedFound, int DateCorrect, double DateAccuracy,
    int GoldPairs, int LinkedGoldPairs, double MergeRecall,
    int SystemPairs, int PureSystemPairs, double MergePurity)
{
    /// <summary>One line per gold event: its date, and per mention the system events that hold it with their dates.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>The system events holding a mention of each gold event, by gold id.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> SystemEventsOf { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    public override string ToString() =>
        $"event recall {Found}/{GoldEvents} = {Recall:P1}; date accuracy {DateCorrect}/{DatedFound} = {DateAccuracy:P1}; " +
        $"merge recall {LinkedGoldPairs}/{GoldPairs} = {MergeRecall:P1}; merge purity {PureSystemPairs}/{SystemPairs} = {MergePurity:P1}";
}

/// <summary>
/// Scores fused events against gold events with mentions (the shape of the gold file's "events"):
/// a gold mention is matched by a system source in the same file whose trigger is in the quote and
/// whose sentence contains the quote, loosely (normalised text containment either way, or 70% of the quote's content words in the sentence),
/// and, where the quote holds several triggers, only by those of events dated as the gold event is (when one is);
/// recall of gold events; date accuracy at the gold granularity (for a "range", the system interval inside it); merge recall and purity over pairs of
/// gold mentions in different files.
/// </summary>
public static class EventEvaluation
{
    /// <summary>Reads the "events" array of a gold JSON file (id, date, date_granularity, mentions[file, quote]).</summary>
    public static IReadOnlyList<GoldEvent> ReadGold(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var events = new List<GoldEvent>();
        if (!doc.RootElement.TryGetProperty("events", out var array))
        {
            return events;
        }

        foreach (var e in array.EnumerateArray())
        {
            var mentions = e.TryGetProperty("mentions", out var ms)
                ? ms.EnumerateArray().Select(m => (Str(m, "file") ?? "", Str(m, "quote") ?? "")).ToList()
                : [];
            events.Add(new GoldEvent(Str(e, "id") ?? "", Str(e, "date"), Str(e, "date_granularity") ?? "unknown", mentions, Str(e, "end_date")));
        }

        return events;
    }

    /// <param name="documentFile">Maps a system document id to the gold's file name.</param>
    public static EventEvaluationResult Score(IReadOnlyList<GoldEvent> gold, IReadOnlyList<FusedEvent> system, Func<string, string> documentFile)
    {
        // Which system events contain each gold mention.
        var sourceSentences = system.Select(e => e.Sources.Select(s => (File: documentFile(s.DocumentId), Sentence: Normalise(s.Sentence), Trigger: Normalise(s.Mention.TriggerText))).ToList()).ToList();
        // Which sources (event, source) hold each gold mention: the sentence holds the quote and the quote
        // holds the trigger, so a sentence that reports several events matches each gold mention only through
        // its own trigger.
        var matched = new List<(int Gold, string File, int Length, List<(int Event, int Source)> Sources)>();
        foreach (var (g, gi) in gold.Select((g, i) => (g, i)))
        {
            foreach (var (file, quote) in g.Mentions)
            {
                var q = Normalise(quote);
                var sources = new List<(int Event, int Source)>();
                for (var s = 0; s < system.Count; s++)
                {
                    for (var k = 0; k < sourceSentences[s].Count; k++)
                    {
                        var x = sourceSentences[s][k];
                        if (x.File == file && Matches(x.Sentence, q) && (" " + q + " ").Contains(" " + x.Trigger + " ", StringComparison.Ordinal))
                        {
                            sources.Add((s, k));
                        }
                    }
                }

                matched.Add((gi, file, q.Length, sources));
            }
        }

        // Where the quotes of two gold events overlap on one trigger, the trigger is the mention of the gold
        // event whose date the event has ("consultations in 2019 and 2017" quoted for each year's meeting); when
        // that does not tell, of the more specific quote: the one that holds fewer triggers, then the shorter
        // ("had been invited" quoted for the invitation, "had been invited and accepted" for the acceptance).
        bool Dated(int gi, int h) => gold[gi].Date is { } date && DatedAsGold(system[h], gold[gi], date);
        bool Loses((int Gold, string File, int Length, List<(int Event, int Source)> Sources) m, (int Event, int Source) src) =>
            matched.Any(o => o.Gold != m.Gold && o.File == m.File && o.Sources.Contains(src)
                && (Dated(o.Gold, src.Event) != Dated(m.Gold, src.Event)
                    ? Dated(o.Gold, src.Event)
                    : o.Sources.Count < m.Sources.Count || (o.Sources.Count == m.Sources.Count && o.Length < m.Length)));
        var mentionEvents = new List<(int Gold, string File, HashSet<int> System)>();
        foreach (var m in matched)
        {
            var hits = m.Sources.Where(src => !Loses(m, src)).Select(src => src.Event).ToHashSet();
            if (hits.Count > 1 && gold[m.Gold].Date is not null && hits.Where(h => Dated(m.Gold, h)).ToList() is { Count: > 0 } dated)
            {
                // A quote that holds several triggers ("announced a meeting between X and Y") is the gold
                // event's mention through the events dated as the gold event is, when some are.
                hits.IntersectWith(dated);
            }

            mentionEvents.Add((m.Gold, m.File, hits));
        }

        var details = new List<string>();
        var systemEventsOf = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var found = 0;
        int datedFound = 0, dateCorrect = 0;
        for (var gi = 0; gi < gold.Count; gi++)
        {
            var hits = mentionEvents.Where(m => m.Gold == gi).SelectMany(m => m.System).Distinct().ToList();
            systemEventsOf[gold[gi].Id] = hits.Select(h => system[h].Id).ToHashSet(StringComparer.Ordinal);
            var dateOk = false;
            if (hits.Count > 0)
            {
                found++;
                if (gold[gi].Date is { } date)
                {
                    datedFound++;
                    dateOk = hits.Any(h => DatedAsGold(system[h], gold[gi], date));
                    dateCorrect += dateOk ? 1 : 0;
                }
            }

            details.Add(Detail(gold[gi], hits.Count == 0 ? "MISS" : gold[gi].Date is null || dateOk ? "ok  " : "DATE", mentionEvents.Where(m => m.Gold == gi), system));
        }

        int goldPairs = 0, linked = 0, systemPairs = 0, pure = 0;
        for (var a = 0; a < mentionEvents.Count; a++)
        {
            for (var b = a + 1; b < mentionEvents.Count; b++)
            {
                var (ga, fa, sa) = mentionEvents[a];
                var (gb, fb, sb) = mentionEvents[b];
                if (fa == fb)
                {
                    continue;
                }

                var together = sa.Overlaps(sb);
                if (ga == gb)
                {
                    goldPairs++;
                    linked += together ? 1 : 0;
                }

                if (together)
                {
                    systemPairs++;
                    pure += ga == gb ? 1 : 0;
                }
            }
        }

        return new EventEvaluationResult(
            gold.Count, found, Ratio(found, gold.Count),
            datedFound, dateCorrect, Ratio(dateCorrect, datedFound),
            goldPairs, linked, Ratio(linked, goldPairs),
            systemPairs, pure, Ratio(pure, systemPairs))
        { Details = details, SystemEventsOf = systemEventsOf };
    }

    private static bool DatedAsGold(FusedEvent e, GoldEvent gold, string date) =>
        gold.Granularity == "range" ? WithinRange(e, date, gold.EndDate) : AtGranularity(e, gold.Granularity) == date;

    private static string Detail(GoldEvent gold, string verdict, IEnumerable<(int Gold, string File, HashSet<int> System)> mentions, IReadOnlyList<FusedEvent> system)
    {
        var b = new StringBuilder();
        b.Append(verdict).Append(' ').Append(gold.Id).Append(" gold ").Append(gold.Date ?? "undated").Append(" (").Append(gold.Granularity).Append(')');
        foreach (var (_, file, hits) in mentions)
        {
            b.Append(" | ").Append(file.Length > 3 ? file[..3] : file).Append(": ");
            b.Append(hits.Count == 0 ? "-" : string.Join(", ", hits.Order().Select(h => $"{system[h].Id} {system[h].Type} {system[h].DateText ?? "undated"}")));
        }

        return b.ToString();
    }

    /// <summary>The system event's date written at the gold's granularity ("2007", "2018-01", "2018-12-21").</summary>
    public static string? AtGranularity(FusedEvent e, string granularity)
    {
        if (e.Earliest is not { } d || e.Granularity == "unknown" || FusionDates.Rank(e.Granularity) > FusionDates.Rank(granularity == "unknown" ? "year" : granularity))
        {
            return null;
        }

        return granularity switch
        {
            "day" => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            "month" => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            _ => d.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// For a gold range (an ongoing or loosely bounded event: "2018-11-28" to "2018-12-18", or open-ended):
    /// the system's whole interval lies inside it, the start's and end's own granularity taken in full.
    /// </summary>
    public static bool WithinRange(FusedEvent e, string start, string? end)
    {
        if (e.Earliest is not { } earliest || e.Latest is not { } latest || e.Granularity == "unknown" || Bounds(start) is not { } from)
        {
            return false;
        }

        var to = end is null ? (DateOnly?)null : Bounds(end)?.Latest;
        return earliest >= from.Earliest && (to is null || latest <= to);
    }

    /// <summary>The days a partial ISO date ("2018", "2018-11", "2018-11-28") covers.</summary>
    private static (DateOnly Earliest, DateOnly Latest)? Bounds(string iso)
    {
        var parts = iso.Split('-');
        var c = System.Globalization.CultureInfo.InvariantCulture;
        if (parts.Length is < 1 or > 3 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, c, out var year) || year is < 1 or > 9999)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (!int.TryParse(parts[1], System.Globalization.NumberStyles.None, c, out var month) || month is < 1 or > 12)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        }

        return int.TryParse(parts[2], System.Globalization.NumberStyles.None, c, out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? (new DateOnly(year, month, day), new DateOnly(year, month, day))
            : null;
    }

    private static bool Matches(string sentence, string quote)
    {
        if (sentence.Length == 0 || quote.Length == 0)
        {
            return false;
        }

        if (sentence.Contains(quote, StringComparison.Ordinal) || (sentence.Length >= 20 && quote.Contains(sentence, StringComparison.Ordinal)))
        {
            return true;
        }

        // Loosely: most of the quote's content words (four letters or more) in the sentence.
        var words = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).ToArray();
        var inSentence = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return words.Length >= 2 && words.Count(inSentence.Contains) >= 0.7 * words.Length;
    }

    private static string Normalise(string s)
    {
        var b = new StringBuilder(s.Length);
        var space = true;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                b.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                b.Append(' ');
                space = true;
            }
        }

        return b.ToString().TrimEnd();
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
