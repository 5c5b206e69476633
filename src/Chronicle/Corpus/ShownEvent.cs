using Chronicle.Rendering;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// One event as the timeline shows it: its id (v1..) and either the shown form the index stored for it,
/// written as JSON as it is (<see cref="ShownEventJson"/>) and built as an object only when read as one,
/// or, for an event read whole, its shown form made.
/// </summary>
internal readonly record struct ShownEvent(string Id, byte[]? Stored, TimelineEvent? Ready)
{
    /// <summary>The event as an object, its documents renamed by <paramref name="documentIds"/> (article id to d1..).</summary>
    public TimelineEvent Build(IReadOnlyDictionary<string, string> documentIds) =>
        Ready ?? ShownEvents.Read(Stored!, Id, documentIds).Event;

    /// <summary>As <see cref="Build"/>, each source's sentence left empty where the event is still in its stored form.</summary>
    public TimelineEvent Listed(IReadOnlyDictionary<string, string> documentIds) =>
        Ready ?? ShownEvents.ReadListed(Stored!, Id, documentIds);

    /// <summary>The event as the next item of the array <paramref name="writer"/> stands in: the bytes of serialising <see cref="Build"/>'s object.</summary>
    public void Write(ChunkedJsonWriter writer, IReadOnlyDictionary<string, string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Ready is { } ready)
        {
            writer.Item(ready);
        }
        else
        {
            writer.Item((Stored: Stored!, Id, documentIds), static (json, x) => ShownEventJson.Write(json, x.Stored, x.Id, x.documentIds));
        }
    }
}
