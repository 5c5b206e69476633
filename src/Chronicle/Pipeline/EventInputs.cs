using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Events;
using Chronicle.Time;

namespace Chronicle.Pipeline;

/// <summary>
/// Maps the Time and Entities stages' output onto the event extractor's inputs. Participants carry
/// the article-local cluster as their key ("c3"); the timeline replaces it with the resolved entity's
/// id once entities are resolved across articles.
/// </summary>
public static class EventInputs
{
    public static IReadOnlyList<EventTimeMention> Times(IReadOnlyList<Timex> timexes) =>
        timexes
            .Where(t => t.Type is TimexType.Date or TimexType.Time || IsAnchoredPeriod(t))
            .Select(t => new EventTimeMention(
                t.Span,
                t.Value,
                t.Interval?.Earliest,
                t.Interval?.Latest,
                t.Type == TimexType.Duration ? PeriodGranularity(t.Value) : t.Granularity.ToString().ToLowerInvariant(),
                t.Mod))
            .ToList();

    /// <summary>
    /// "For the past several months, X has held talks": a duration counted back (or on) from the
    /// creation time dates its clause's event somewhere inside it.
    /// </summary>
    private static bool IsAnchoredPeriod(Timex t) => t.Type == TimexType.Duration && t.Anchor == "t0" && t.Interval is not null;

    /// <summary>The granularity a period is told in: its unit ("P2M" in months, "PXY" in years, "PT24H" in days).</summary>
    private static string PeriodGranularity(string value) =>
        value.StartsWith("PT", StringComparison.Ordinal) ? "day"
        : value.EndsWith("DE", StringComparison.Ordinal) ? "decade"
        : value.Length == 0 ? "unknown"
        : value[^1] switch
        {
            'D' => "day",
            'W' => "week",
            'M' => "month",
            'Y' => "year",
            _ => "unknown",
        };

    public static IReadOnlyList<EventParticipantMention> Participants(ArticleEntities entities)
    {
        var names = entities.Entities.ToDictionary(e => e.Cluster, e => e.Name);
        return entities.Mentions
            .Select(m => new EventParticipantMention(m.Span, EntityTypeNames.Label(m.Type), LocalKey(m.Cluster), names.GetValueOrDefault(m.Cluster) ?? m.Text))
            .ToList();
    }

    public static string LocalKey(int cluster) => "c" + cluster.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
