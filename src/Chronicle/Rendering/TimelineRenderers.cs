using System.Globalization;
using System.Text;
using Chronicle.Timeline;

namespace Chronicle.Rendering;

/// <summary>The timeline in the text formats users paste elsewhere: Markdown, CSV and TimelineJS3 JSON.</summary>
public static class TimelineRenderers
{
    public static string Markdown(TimelineOutput timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var names = timeline.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var b = new StringBuilder(MarkdownHead);
        foreach (var e in timeline.Events)
        {
            AppendMarkdown(b, e, names);
        }

        AppendMarkdownTail(b, timeline.Conflicts, timeline.Documents);
        return b.ToString();
    }

    /// <summary>What a Markdown timeline starts with.</summary>
    public const string MarkdownHead = "# Timeline\n\n";

    /// <summary>One event's Markdown section, its participants named by <paramref name="names"/> (entity id to name).</summary>
    public static void AppendMarkdown(StringBuilder b, TimelineEvent e, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(names);
        b.Append(CultureInfo.InvariantCulture, $"## {e.Date ?? "undated"}{(e.End is { } end ? " to " + end : "")} — {e.Type.ToLowerInvariant().Replace('_', ' ')} ({e.Status})\n\n");
        b.Append(e.Summary).Append("\n\n");
        var who = string.Join(", ", e.Actors.Select(a => names.GetValueOrDefault(a, a)));
        var whom = string.Join(", ", e.Targets.Select(a => names.GetValueOrDefault(a, a)));
        if (who.Length + whom.Length > 0)
        {
            b.Append(CultureInfo.InvariantCulture, $"*Who:* {who}{(whom.Length > 0 ? " → " + whom : "")}");
            b.Append(e.Location is { } place ? $" · *Where:* {names.GetValueOrDefault(place, place)}" : "").Append("\n\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"Sources ({e.IndependentSources} independent):\n\n");
        foreach (var source in e.Sources)
        {
            b.Append(CultureInfo.InvariantCulture, $"- {source.Document}: “{Flatten(source.Sentence)}”\n");
        }

        b.Append('\n');
    }

    /// <summary>What follows a Markdown timeline's events: its conflicts and its sources.</summary>
    public static void AppendMarkdownTail(StringBuilder b, IReadOnlyList<TimelineConflict> conflicts, IEnumerable<TimelineDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(conflicts);
        ArgumentNullException.ThrowIfNull(documents);
        if (conflicts.Count > 0)
        {
            b.Append("## Conflicts between sources\n\n");
            foreach (var c in conflicts)
            {
                b.Append(CultureInfo.InvariantCulture, $"- **{c.Kind}** ({string.Join(", ", c.Events)}): {Flatten(c.Description)}\n");
            }

            b.Append('\n');
        }

        b.Append("## Sources\n\n| id | published | evidence | outlet | title |\n|---|---|---|---|---|\n");
        foreach (var d in documents)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {d.Id} | {d.Published ?? "?"} | {d.PublishedEvidence} | {Cell(d.Outlet)} | {Cell(d.Title ?? d.Path)} |\n");
        }
    }

    public static string Csv(TimelineOutput timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var names = timeline.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var b = new StringBuilder(CsvHead);
        foreach (var e in timeline.Events)
        {
            AppendCsv(b, e, names);
        }

        return b.ToString();
    }

    /// <summary>A CSV timeline's header row.</summary>
    public const string CsvHead = "id,date,granularity,type,status,actors,targets,location,independent_sources,documents,summary\r\n";

    /// <summary>One event's CSV row, its participants named by <paramref name="names"/> (entity id to name).</summary>
    public static void AppendCsv(StringBuilder b, TimelineEvent e, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(names);
        string[] cells =
        [
            e.Id, e.Date ?? "", e.Granularity, e.Type, e.Status,
            string.Join("; ", e.Actors.Select(a => names.GetValueOrDefault(a, a))),
            string.Join("; ", e.Targets.Select(a => names.GetValueOrDefault(a, a))),
            e.Location is { } l ? names.GetValueOrDefault(l, l) : "",
            e.IndependentSources.ToString(CultureInfo.InvariantCulture),
            string.Join(" ", e.Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal)),
            e.Summary,
        ];
        b.Append(string.Join(',', cells.Select(CsvCell))).Append("\r\n");
    }

    /// <summary>TimelineJS3's JSON: one slide per dated event, with its sources in the text.</summary>
    public static object TimelineJs(TimelineOutput timeline, string title)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var documents = TimelineJsDocuments(timeline.Documents);
        var events = timeline.Events.Select(e => TimelineJsEvent(e, documents)).OfType<object>().ToList();
        return new { title = TimelineJsTitle(title, timeline.Events.Count, timeline.Documents.Count), events };
    }

    /// <summary>The documents by id, as <see cref="TimelineJsEvent"/> names a source by its outlet or title.</summary>
    public static Dictionary<string, TimelineDocument> TimelineJsDocuments(IEnumerable<TimelineDocument> documents) =>
        documents.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The TimelineJS title slide.</summary>
    public static object TimelineJsTitle(string title, int events, int documents) =>
        new { text = new { headline = System.Net.WebUtility.HtmlEncode(title), text = $"{events} events from {documents} articles" } };

    /// <summary>One event as a TimelineJS slide; null for an event without a first day, which TimelineJS cannot place.</summary>
    public static object? TimelineJsEvent(TimelineEvent e, IReadOnlyDictionary<string, TimelineDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(documents);
        if (e.Earliest is null)
        {
            return null;
        }

        return new
        {
            start_date = JsDate(e.Earliest, e.Granularity),
            end_date = e.Latest is { } latest && latest != e.Earliest && (e.Granularity is "day" || e.End is not null) ? JsDate(latest, e.End is null ? "day" : e.Granularity) : null,
            text = new
            {
                headline = e.Type.ToLowerInvariant().Replace('_', ' ') + (e.Status == "occurred" ? "" : $" ({e.Status})"),
                text = System.Net.WebUtility.HtmlEncode(e.Summary) + "<br/><small>Sources: "
                    + string.Join("; ", e.Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal)
                        .Select(d => System.Net.WebUtility.HtmlEncode(documents.TryGetValue(d, out var doc) ? (doc.Outlet ?? doc.Title ?? doc.Path) : d)))
                    + "</small>",
            },
            group = e.Type,
            unique_id = e.Id,
        };
    }

    private static object JsDate(string iso, string granularity)
    {
        var parts = iso.Split('-');
        var year = parts[0];
        return granularity switch
        {
            "year" or "decade" or "century" => new Dictionary<string, string> { ["year"] = year },
            "month" or "season" or "quarter" => new Dictionary<string, string> { ["year"] = year, ["month"] = parts[1].TrimStart('0') },
            _ => new Dictionary<string, string> { ["year"] = year, ["month"] = parts[1].TrimStart('0'), ["day"] = parts[2].TrimStart('0') },
        };
    }

    private static string CsvCell(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Cell(string? text) => Flatten(text ?? "").Replace("|", "\\|", StringComparison.Ordinal);
}
