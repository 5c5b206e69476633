using Chronicle.Fusion;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// Stored events as a view reads them (<see cref="StoredEventView"/>): in outline from their heads and
/// documents, and as the timeline shows them from their stored shown forms (<see cref="ShownEvents"/>),
/// which spares reading, judging and reshaping their sources. An event the index keeps no such forms
/// for (stored before it kept them, or one whose text holds the marks they are cut at) is read whole
/// and shown from that.
/// </summary>
internal sealed class EventViews
{
    private readonly IReadOnlyList<StoredEventView> views;
    private readonly Dictionary<long, FusedEvent> whole;

    public EventViews(ICorpusIndexStore store, IReadOnlyList<StoredEventView> views, bool shown)
    {
        this.views = views;
        var rows = views.Where(v => !SlimEvents.HasForms(v) || (shown && v.Shown is null)).Select(v => v.Row).ToList();
        whole = rows.Count == 0 ? [] : CorpusTimeline.ParseAll(store.ReadEventsByRow(rows), CorpusTimeline.Parse).ToDictionary(e => CorpusTimeline.Number(e.Id));
    }

    /// <summary>The events with one source per document (<see cref="SlimEvents.Slim"/>), in the views' order.</summary>
    public List<FusedEvent> Outlines() =>
        CorpusTimeline.ParseAll(views, v => whole.TryGetValue(v.Number, out var e) ? SlimEvents.Slim(e) : SlimEvents.FromView(v)!);

    /// <summary>
    /// Each event's own conflicts (<see cref="ConflictFinder.FindWithin"/>) in the views' order, their documents
    /// renamed by <paramref name="documentIds"/>; only the stored forms that hold some are parsed.
    /// </summary>
    public List<EventConflict> Own(IReadOnlyDictionary<string, string> documentIds)
    {
        var own = new List<EventConflict>();
        foreach (var view in views)
        {
            if (whole.TryGetValue(view.Number, out var e))
            {
                own.AddRange(ConflictFinder.Default.FindWithin(CorpusTimeline.Renamed(e, documentIds)));
            }
            else if (!ShownEvents.HasNoOwn(view.Shown!))
            {
                own.AddRange(ShownEvents.ReadOwn(view.Shown!, EventOrder.Number(view.Number), documentIds));
            }
        }

        return own;
    }

    /// <summary>
    /// Each event as the timeline shows it, in the views' order: its stored shown form, or its shown form
    /// made from its whole JSON with its documents renamed by <paramref name="documentIds"/> (article id to d1..).
    /// <see cref="Own"/> gives their own conflicts.
    /// </summary>
    public List<ShownEvent> Shown(IReadOnlyDictionary<string, string> documentIds) =>
        views.Select(v => whole.TryGetValue(v.Number, out var e)
                ? new ShownEvent(EventOrder.Number(v.Number), null, TimelineBuilder.ToOutput(CorpusTimeline.Renamed(e, documentIds)))
                : new ShownEvent(EventOrder.Number(v.Number), v.Shown!, null))
            .ToList();

    /// <summary>As <see cref="Shown"/>, as a list of the events that writes them as JSON from their stored forms (<see cref="ShownEventList"/>).</summary>
    public ShownEventList ShownList(IReadOnlyDictionary<string, string> documentIds) => new(Shown(documentIds), documentIds);
}
