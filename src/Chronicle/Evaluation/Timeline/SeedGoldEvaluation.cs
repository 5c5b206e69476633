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

        b.Append(c, $"alias clusters found whole (every proper-name variant in one entity): {AliasClustersWhole}/{AliasClusters}\n");
        foreach (var line in AliasLines)
        {
            b.Append("  ").Append(line).Append('\n');
        }

        return b.ToString();
    }
}

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

        return new TimelineGoldResult(documents, inWindow, lines, events, clusters, whole, aliasLines, root.GetProperty("conflicts").GetArrayLength());
    }

    /// <summary>A name rather than a description: starts with a capital, no leading article, no title words.</summary>
    private static bool IsProperName(string alias) =>
        alias.Length > 0 && char.IsUpper(alias[0])
        && !alias.StartsWith("The ", StringComparison.Ordinal)
        && alias.Split(' ').All(w => w.Length == 0 || !char.IsLower(w[0]) || w is "al" or "of" or "for" or "the" or "and" or "bin" or "abu" or "de");
}
