using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Fusion;
using Chronicle.Timeline;

namespace Chronicle.Evaluation.Timeline;

/// <summary>How a timeline built from a set of articles compares with a hand-checked gold file of the same articles.</summary>
public sealed record TimelineGoldResult(
    int Documents,
    int DocumentsInWindow,
    IReadOnlyList<string> DocumentLines,
    EventEvaluationResult Events,
    int AliasClusters,
    int AliasClustersWhole,
    IReadOnlyList<string> AliasLines,
    int GoldConflicts)
{
    /// <summary>The gold conflicts about events, each with its severity and whether a system conflict reports it.</summary>
    public IReadOnlyList<ConflictFinding> Conflicts { get; init; } = [];

    public string Format(bool details = false)
    {
        var b = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        b.Append(c, $"document dates inside the gold window: {DocumentsInWindow}/{Documents}\n");
        foreach (var line in DocumentLines)
        {
            b.Append("  ").Append(line).Append('\n');
        }

        b.Append(c, $"events: {Events}\n");
        foreach (var line in details ? Events.Details : [])
        {
            b.Append("  ").Append(line).Append('\n');
        }

        if (Conflicts.Count > 0)
        {
            var bySeverity = Conflicts.GroupBy(f => f.Severity).OrderBy(g => SeverityRank(g.Key)).Select(g => $"{g.Key} {g.Count(f => f.Reported)}/{g.Count()}");
            b.Append(c, $"conflicts about events reported: {string.Join(", ", bySeverity)} ({GoldConflicts - Conflicts.Count} about entities not scored)\n");
            foreach (var f in details ? Conflicts : [])
            {
                b.Append("  ").Append(f.Reported ? "ok   " : "MISS ").Append(f.Severity).Append(' ').Append(f.About).Append('\n');
            }
        }

        b.Append(c, $"alias clusters found whole (every proper-name variant in one entity): {AliasClustersWhole}/{AliasClusters}\n");
        foreach (var line in AliasLines)
        {
            b.Append("  ").Append(line).Append('\n');
        }

        return b.ToString();
    }

    private static int SeverityRank(string severity) => severity switch { "high" => 0, "medium" => 1, "low" => 2, _ => 3 };
}

/// <summary>One gold conflict about events: what it is about, its severity, and whether the system reports it.</summary>
public sealed record ConflictFinding(string About, string Severity, bool Reported);

/// <summary>
/// Scores a timeline against the gold JSON format of ../shared/gold (documents with publication date
/// windows, events with their mentions, entities with aliases): document dates, event recall, date
/// accuracy, cross-article merges, alias clusters.
/// </summary>
public static class SeedGoldEvaluation
{
    public static TimelineGoldResult Score(string goldPath, TimelineOutput timeline, FusionResult fusion)
    {
        using var stream = File.OpenRead(goldPath);
        using var gold = JsonDocument.Parse(stream);
        var root = gold.RootElement;
        var byFile = timeline.Documents.ToDictionary(d => Path.GetFileName(d.Path), StringComparer.Ordinal);
        var fileOfDocument = timeline.Documents.ToDictionary(d => d.Id, d => Path.GetFileName(d.Path), StringComparer.Ordinal);

        var lines = new List<string>();
        int documents = 0, inWindow = 0;
        foreach (var doc in root.GetProperty("documents").EnumerateArray())
        {
            var file = doc.GetProperty("file").GetString()!;
            var earliest = doc.GetProperty("publication_date_earliest").GetString();
            var latest = doc.GetProperty("publication_date_latest").GetString();
            documents++;
            var found = byFile.GetValueOrDefault(file);
            var ok = found?.Published is { } published
                && string.CompareOrdinal(published, earliest) >= 0 && string.CompareOrdinal(published, latest) <= 0;
            inWindow += ok ? 1 : 0;
            lines.Add($"{(ok ? "ok  " : "MISS")} {file}: {found?.Published ?? "none"} ({found?.PublishedEvidence ?? "absent"}), gold {earliest}..{latest}");
        }

        using var eventsStream = File.OpenRead(goldPath);
        var goldEvents = EventEvaluation.ReadGold(eventsStream);
        var events = EventEvaluation.Score(goldEvents, fusion.Events, id => fileOfDocument.GetValueOrDefault(id, id));

        var aliasLines = new List<string>();
        int clusters = 0, whole = 0;
        var canonicals = root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("canonical").GetString()!).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            var canonical = entity.GetProperty("canonical").GetString()!;
            var all = entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)
                .Where(IsProperName)
                .Distinct(StringComparer.Ordinal)
                .ToList();

            // A titled form ("Deputy Foreign Minister X" for "X") is a role, not a spelling; another
            // gold entity's own name listed here (a capital for its country) is metonymy.
            var names = all
                .Where(a => !all.Any(b => b != a && a.EndsWith(" " + b, StringComparison.Ordinal) && b.Contains(' ', StringComparison.Ordinal)))
                .Where(a => a == canonical || !canonicals.Contains(a))
                .ToList();
            if (names.Count < 2)
            {
                continue;
            }

            clusters++;
            var holder = timeline.Entities.FirstOrDefault(e => names.All(n => e.Name == n || e.Aliases.Contains(n)));
            whole += holder is null ? 0 : 1;
            if (holder is null)
            {
                var split = names.Select(n => timeline.Entities.FirstOrDefault(e => e.Name == n || e.Aliases.Contains(n))?.Id ?? "(none)");
                aliasLines.Add($"split: {string.Join(" / ", names.Zip(split, (n, s) => n + " -> " + s))}");
            }
        }

        return new TimelineGoldResult(documents, inWindow, lines, events, clusters, whole, aliasLines, root.GetProperty("conflicts").GetArrayLength())
        {
            Conflicts = ScoreConflicts(root.GetProperty("conflicts"), events.SystemEventsOf, timeline.Conflicts),
        };
    }

    /// <summary>
    /// A gold conflict between events ("E10 (…) / E6 (…)") is reported when one system conflict names a
    /// system event holding a mention of each; a conflict within one event, when a system conflict
    /// names an event holding one of its mentions. Conflicts that name no gold event (spellings of a
    /// name) are left out.
    /// </summary>
    public static IReadOnlyList<ConflictFinding> ScoreConflicts(JsonElement goldConflicts, IReadOnlyDictionary<string, IReadOnlySet<string>> systemEventsOf, IReadOnlyList<TimelineConflict> system)
    {
        var findings = new List<ConflictFinding>();
        foreach (var conflict in goldConflicts.EnumerateArray())
        {
            var about = conflict.TryGetProperty("about", out var a) ? a.GetString() ?? "" : "";
            var severity = conflict.TryGetProperty("severity", out var sv) ? sv.GetString() ?? "unknown" : "unknown";
            var goldIds = GoldEventIds(about).Where(systemEventsOf.ContainsKey).ToList();
            if (goldIds.Count == 0 || about.Contains("(entity)", StringComparison.Ordinal))
            {
                continue;
            }

            var reported = system.Any(c => goldIds.All(g => c.Events.Any(systemEventsOf[g].Contains)));
            findings.Add(new ConflictFinding(about, severity, reported));
        }

        return findings;
    }

    /// <summary>The gold event ids a conflict's "about" names: "E10 (summit2018) / E6 (talks2017)" gives E10 and E6.</summary>
    private static IEnumerable<string> GoldEventIds(string about)
    {
        foreach (var word in about.Split([' ', '/', ',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 1 && word[0] == 'E' && word.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                yield return word;
            }
        }
    }

    /// <summary>A name rather than a description: starts with a capital, no leading article, no title words.</summary>
    private static bool IsProperName(string alias) =>
        alias.Length > 0 && char.IsUpper(alias[0])
        && !alias.StartsWith("The ", StringComparison.Ordinal)
        && alias.Split(' ').All(w => w.Length == 0 || !char.IsLower(w[0]) || w is "al" or "of" or "for" or "the" or "and" or "bin" or "abu" or "de");
}
