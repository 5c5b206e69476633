using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Corpus;

/// <summary>
/// Events cut down to what the date conflicts between events read of them (<see cref="ConflictFinder.FindBetween"/>):
/// dates, family, type, place, participants, and one source per document with no mention or sentence
/// of its own. A stored event's sources are most of its JSON, and an event read only as another's date
/// partner need not have them.
/// </summary>
internal static class SlimEvents
{
    private static readonly EventMention NoMention = new(string.Empty, default(Span), string.Empty, string.Empty, false, 0, default(Span), [], [], null, null, EventStatus.Occurred, null, EventAttribution.None);

    /// <summary>The event cut down.</summary>
    public static FusedEvent Slim(FusedEvent e) => e with { Sources = Sources(e.Sources.Select(s => s.DocumentId)) };

    /// <summary>
    /// A stored event's JSON read straight into its slim form, with the id its place in the global order
    /// gives it: the reader skips the mentions and sentences rather than building them.
    /// </summary>
    public static FusedEvent Parse(StoredEvent stored)
    {
        var e = EventJsonReader.ReadFusedEventOutline(stored.Utf8Json);
        return e with { Id = EventOrder.Number(stored.Number), Sources = Sources(e.Sources.Select(s => s.DocumentId)) };
    }

    /// <summary>
    /// An event read from the forms the index stores for views (<see cref="StoredEventView"/>, with its head and
    /// documents): everything but its sources whole, with one source per document (an article id) as
    /// <see cref="Slim"/> gives; null when the index stores no such forms for it.
    /// </summary>
    public static FusedEvent? FromView(StoredEventView view) =>
        view is { Head: { } head, Documents: { } documents }
            ? EventJsonReader.ReadFusedEvent(head) with
            {
                Id = EventOrder.Number(view.Number),
                Sources = Sources(StoredJson.Strings(documents)),
            }
            : null;

    /// <summary>Whether the index stores the forms <see cref="FromView"/> reads for the event.</summary>
    public static bool HasForms(StoredEventView view) => view is { Head: not null, Documents: not null };

    private static List<EventSource> Sources(IEnumerable<string> documents) =>
        documents.Distinct(StringComparer.Ordinal).Select(d => new EventSource(d, NoMention, string.Empty)).ToList();
}
