using System.Globalization;
using System.Text;
using Chronicle.Fusion;
using Chronicle.Pipeline;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// An event as a timeline shows it, made once when the index stores the event: its shown form
/// (<see cref="TimelineBuilder.ToOutput(FusedEvent)"/>) and its own conflicts (<see cref="ConflictFinder.FindWithin"/>),
/// with its sources' documents left as article ids and each conflict's description cut where it names a
/// document. A view then reads and renames these instead of reading, judging and reshaping every source
/// again: the most mentioned entity of a large store has thousands of events and tens of thousands of
/// sources. The event's id (v1..) and its documents' numbers (d1..) change as articles are added, so
/// neither is kept; a view gives them when it reads.
/// </summary>
public static class ShownEvents
{
    // Noncharacters, which no interchanged text carries: a document's place in a description is
    // marked with them while the description is made, then cut out.
    private const char Open = '\uFDD0';
    private const char Close = '\uFDD1';

    /// <summary>
    /// The distinct documents (article ids) the event's sources cite, in the order of its sources, as
    /// JSON: what a date conflict between events reads of their sources.
    /// </summary>
    public static string Documents(FusedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return AnnotationLayers.Serialize(DistinctArticles(e));
    }

    /// <summary>
    /// The event's shown form and own conflicts as JSON (<see cref="Read"/> reads it); null when one of
    /// its texts holds the marks a description's documents are cut at (it is then shown from its whole JSON).
    /// </summary>
    public static string? Of(FusedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (Marked(e))
        {
            return null;
        }

        var articles = DistinctArticles(e);
        var places = articles.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var marked = EventOrder.RenameDocuments(e, key => string.Concat(Open.ToString(), places[DocumentKeys.ArticleId(key)].ToString(CultureInfo.InvariantCulture), Close.ToString()));
        var own = new List<StoredConflict>();
        foreach (var conflict in ConflictFinder.Default.FindWithin(marked))
        {
            if (Cut(conflict.Description, articles) is not { } cut)
            {
                return null;
            }

            own.Add(new StoredConflict(conflict.Kind, cut.Text, cut.Documents));
        }

        var shown = TimelineBuilder.ToOutput(EventOrder.RenameDocuments(e, DocumentKeys.ArticleId)) with { Id = string.Empty };
        return AnnotationLayers.Serialize(new StoredShown(shown, own));
    }

    /// <summary>Whether a stored form has no own conflicts, told from its end without parsing it (the case of nearly every event).</summary>
    internal static bool HasNoOwn(ReadOnlySpan<byte> utf8Json) => utf8Json.EndsWith("\"own\":[]}"u8);

    /// <summary>The stored form read back (<see cref="Show"/> shows it).</summary>
    internal static StoredShown Parse(ReadOnlySpan<byte> utf8Json) => ViewJsonReader.ReadShownEvent(utf8Json);

    /// <summary>
    /// The stored form read back as the event numbered <paramref name="eventId"/> shows it, its documents
    /// renamed by <paramref name="documentIds"/> (article id to d1..): what <see cref="TimelineBuilder.ToOutput(FusedEvent)"/>
    /// and <see cref="ConflictFinder.FindWithin"/> give for the event renamed so.
    /// </summary>
    public static (TimelineEvent Event, List<EventConflict> Own) Read(ReadOnlySpan<byte> utf8Json, string eventId, IReadOnlyDictionary<string, string> documentIds) =>
        Show(Parse(utf8Json), eventId, documentIds);

    /// <summary>As <see cref="Read"/>'s event, each source's sentence left empty (<see cref="ViewJsonReader.ReadListedEvent"/>).</summary>
    public static TimelineEvent ReadListed(ReadOnlySpan<byte> utf8Json, string eventId, IReadOnlyDictionary<string, string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var listed = ViewJsonReader.ReadListedEvent(utf8Json);
        return listed with
        {
            Id = eventId,
            Sources = listed.Sources.Select(s => s with { Document = documentIds.GetValueOrDefault(s.Document, s.Document) }).ToList(),
        };
    }

    /// <summary>As <see cref="Read"/>, from the form parsed.</summary>
    internal static (TimelineEvent Event, List<EventConflict> Own) Show(StoredShown stored, string eventId, IReadOnlyDictionary<string, string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(documentIds);
        string Doc(string articleId) => documentIds.GetValueOrDefault(articleId, articleId);
        var shown = stored.Event with
        {
            Id = eventId,
            Sources = stored.Event.Sources.Select(s => s with { Document = Doc(s.Document) }).ToList(),
        };
        return (shown, Own(stored.Own, eventId, documentIds));
    }

    /// <summary>As <see cref="Read"/>'s own conflicts, without reading the event.</summary>
    internal static List<EventConflict> ReadOwn(ReadOnlySpan<byte> utf8Json, string eventId, IReadOnlyDictionary<string, string> documentIds) =>
        Own(ViewJsonReader.ReadOwnConflicts(utf8Json), eventId, documentIds);

    private static List<EventConflict> Own(IReadOnlyList<StoredConflict> own, string eventId, IReadOnlyDictionary<string, string> documentIds) =>
        own.Select(c => new EventConflict([eventId], c.Kind, Joined(c, articleId => documentIds.GetValueOrDefault(articleId, articleId)))).ToList();

    private static string Joined(StoredConflict conflict, Func<string, string> doc)
    {
        var text = new StringBuilder(conflict.Text[0]);
        for (var i = 0; i < conflict.Documents.Count; i++)
        {
            text.Append(doc(conflict.Documents[i])).Append(conflict.Text[i + 1]);
        }

        return text.ToString();
    }

    /// <summary>A description cut at its marked documents: the texts around them (one more than the documents) and the documents' article ids.</summary>
    private static (List<string> Text, List<string> Documents)? Cut(string description, IReadOnlyList<string> articles)
    {
        var text = new List<string>();
        var documents = new List<string>();
        var from = 0;
        while (description.IndexOf(Open, from) is var open and >= 0)
        {
            var close = description.IndexOf(Close, open);
            if (close < 0 || !int.TryParse(description.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var place) || place >= articles.Count)
            {
                return null;
            }

            text.Add(description[from..open]);
            documents.Add(articles[place]);
            from = close + 1;
        }

        text.Add(description[from..]);
        return description.IndexOf(Close, from) >= 0 ? null : (text, documents);
    }

    private static List<string> DistinctArticles(FusedEvent e) =>
        e.Sources.Select(s => DocumentKeys.ArticleId(s.DocumentId)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Whether a text a conflict's description may quote holds one of the marks.</summary>
    private static bool Marked(FusedEvent e)
    {
        static bool Has(string? text) => text is not null && (text.Contains(Open, StringComparison.Ordinal) || text.Contains(Close, StringComparison.Ordinal));
        return Has(e.Type) || e.Sources.Any(s =>
            Has(s.Sentence) || Has(s.Mention.Type) || Has(s.Mention.Negation)
            || s.Mention.Actors.Any(p => Has(p.Name)) || s.Mention.Targets.Any(p => Has(p.Name)));
    }

    /// <summary>The stored shape: the shown event (no id, documents as article ids) and its own conflicts.</summary>
    internal sealed record StoredShown(TimelineEvent Event, IReadOnlyList<StoredConflict> Own);

    /// <summary>One own conflict: its kind and its description as the texts around the documents it names.</summary>
    internal sealed record StoredConflict(string Kind, IReadOnlyList<string> Text, IReadOnlyList<string> Documents);
}
