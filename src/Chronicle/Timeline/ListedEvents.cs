namespace Chronicle.Timeline;

/// <summary>
/// A timeline's events for a listing that prints none of their sentences (the CLI's table): events still in the
/// forms the index stored are read without them. Every other field is as the timeline gives it.
/// </summary>
public static class ListedEvents
{
    public static IReadOnlyList<TimelineEvent> Of(IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events is Corpus.ShownEventList shown ? shown.Listed() : events;
    }
}
