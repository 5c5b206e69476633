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
            .Where(t => t.Type is TimexType.Date or TimexType.Time)
            .Select(t => new EventTimeMention(
                t.Span,
                t.Value,
                t.Interval?.Earliest,
                t.Interval?.Latest,
                t.Granularity.ToString().ToLowerInvariant(),
                t.Mod))
            .ToList();

    public static IReadOnlyList<EventParticipantMention> Participants(ArticleEntities entities)
    {
        var names = entities.Entities.ToDictionary(e => e.Cluster, e => e.Name);
        return entities.Mentions
            .Select(m => new EventParticipantMention(m.Span, EntityTypeNames.Label(m.Type), LocalKey(m.Cluster), names.GetValueOrDefault(m.Cluster) ?? m.Text))
            .ToList();
    }

    public static string LocalKey(int cluster) => "c" + cluster.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
