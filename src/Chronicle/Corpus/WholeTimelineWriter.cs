using Chronicle.Fusion;
using Chronicle.Rendering;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The whole timeline of an indexed store as JSON, written as it is read (<see cref="WholeTimeline"/>):
/// the same bytes as serialising <see cref="CorpusTimeline.Build"/>'s output without a filter, which
/// holds every event at once (about 15 GB at 100,000 articles).
/// </summary>
public static class WholeTimelineWriter
{
    public static void Write(ICorpusIndexStore store, TextWriter output, CorpusIndex? index = null) => Write(WholeTimeline.Read(store, index), output);

    /// <summary>As <see cref="Write(ICorpusIndexStore, TextWriter, CorpusIndex?)"/>, the UTF-8 bytes to a stream.</summary>
    public static void Write(ICorpusIndexStore store, Stream output, CorpusIndex? index = null) => Write(WholeTimeline.Read(store, index), output);

    /// <summary>A timeline read in passes (the whole one, or a large selection) as JSON.</summary>
    public static void Write(WholeTimeline whole, TextWriter output) => ChunkedJsonWriter.WriteTo(output, writer => Write(whole, writer));

    /// <summary>As <see cref="Write(WholeTimeline, TextWriter)"/>, the UTF-8 bytes to a stream.</summary>
    public static void Write(WholeTimeline whole, Stream output) => ChunkedJsonWriter.WriteTo(output, writer => Write(whole, writer));

    /// <summary>
    /// As <see cref="Write(WholeTimeline, Stream)"/>, in the shape <paramref name="options"/> give (an HTTP API's:
    /// its names, layout and escaping), ending where the value does: the bytes of serialising the held
    /// timeline with them.
    /// </summary>
    public static void Write(WholeTimeline whole, Stream output, System.Text.Json.JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new ChunkedJsonWriter(output, options);
        Write(whole, writer, endLine: false);
    }

    /// <summary>
    /// The whole timeline as TimelineJS JSON under <paramref name="title"/>, written as it is read: the bytes of
    /// serialising <see cref="TimelineRenderers.TimelineJs"/> of the whole timeline.
    /// </summary>
    public static void WriteTimelineJs(ICorpusIndexStore store, TextWriter output, string title) => WriteTimelineJs(WholeTimeline.Read(store), output, title);

    /// <summary>As <see cref="WriteTimelineJs(ICorpusIndexStore, TextWriter, string)"/>, for a timeline read in passes (the whole one, or a large selection), with or without the line end.</summary>
    public static void WriteTimelineJs(WholeTimeline whole, TextWriter output, string title, bool endLine = true)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new ChunkedJsonWriter(output);
        var documents = TimelineRenderers.TimelineJsDocuments(whole.Documents);
        var json = writer.Json;
        json.WriteStartObject();
        json.WritePropertyName("title");
        writer.Item(TimelineRenderers.TimelineJsTitle(title, whole.EventCount, whole.Documents.Count));
        writer.StartArray("events");
        whole.ForEachEvent(e =>
        {
            if (TimelineRenderers.TimelineJsEvent(e, documents) is { } slide)
            {
                writer.Item(slide);
            }
        });
        json.WriteEndArray();
        json.WriteEndObject();
        if (endLine)
        {
            writer.EndLine();
        }
        else
        {
            writer.Flush();
        }
    }

    private static void Write(WholeTimeline whole, ChunkedJsonWriter writer, bool endLine = true)
    {
        ArgumentNullException.ThrowIfNull(whole);
        var json = writer.Json;
        void Item<T>(T value) => writer.Item(value);

        json.WriteStartObject();
        TimelineDocumentJson.WriteArray(writer, whole.Documents);
        writer.StartArray(nameof(TimelineOutput.Entities));
        whole.ForEachEntity(Item);
        json.WriteEndArray();
        writer.StartArray(nameof(TimelineOutput.Events));
        whole.WriteEvents(writer);
        json.WriteEndArray();
        writer.StartArray(nameof(TimelineOutput.Conflicts));
        foreach (var c in whole.Conflicts)
        {
            Item(c);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        if (endLine)
        {
            writer.EndLine();
        }
        else
        {
            writer.Flush();
        }
    }
}
