using System.Text.Json;
using Chronicle.Evaluation.Timeline;
using Chronicle.Timeline;

namespace Chronicle.Tests.Evaluation;

public class ConflictScoringTests
{
    private static readonly Dictionary<string, IReadOnlySet<string>> SystemEventsOf = new(StringComparer.Ordinal)
    {
        ["E1"] = new HashSet<string> { "v1" },
        ["E2"] = new HashSet<string> { "v2", "v5" },
        ["E3"] = new HashSet<string> { "v3" },
    };

    private static JsonElement Gold() => JsonDocument.Parse("""
        [
          {"about": "E1 (first) / E2 (second)", "severity": "high"},
          {"about": "E3 (third)", "severity": "medium"},
          {"about": "Tomas Vell (entity)", "severity": "low"},
          {"about": "E9 (not in the gold events)", "severity": "low"}
        ]
        """).RootElement;

    [Fact]
    public void A_conflict_between_events_is_reported_by_a_system_conflict_naming_an_event_of_each()
    {
        var findings = SeedGoldEvaluation.ScoreConflicts(Gold(), SystemEventsOf, [new TimelineConflict(["v5", "v1"], "date", "")]);
        Assert.Equal(2, findings.Count);
        Assert.True(Assert.Single(findings, f => f.Severity == "high").Reported);
        Assert.False(Assert.Single(findings, f => f.Severity == "medium").Reported);
    }

    [Fact]
    public void A_conflict_within_one_event_is_reported_by_any_system_conflict_on_it()
    {
        var findings = SeedGoldEvaluation.ScoreConflicts(Gold(), SystemEventsOf, [new TimelineConflict(["v3"], "status", ""), new TimelineConflict(["v1"], "date", "")]);
        Assert.True(Assert.Single(findings, f => f.Severity == "medium").Reported);
        Assert.False(Assert.Single(findings, f => f.Severity == "high").Reported);
    }
}
