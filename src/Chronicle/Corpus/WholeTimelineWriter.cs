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
    public static void Write(ICorpusIndexStore store, TextWriter output, CorpusIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new ChunkedJsonWriter(output);
        Write(store, writer, index);
    }

    /// <summary>As <see cref="Write(ICorpusIndexStore, TextWriter, CorpusIndex?)"/>, the UTF-8 bytes to a stream.</summary>
    public static void Write(ICorpusIndexStore store, Stream output, CorpusIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new ChunkedJsonWriter(output);
        Write(store, writer, index);
    }

    private static void Write(ICorpusIndexStore store, ChunkedJsonWriter writer, CorpusIndex? index)
    {
        var whole = WholeTimeline.Read(store, index);
        var json = writer.Json;
        void Item<T>(T value) => writer.Item(value);

        json.WriteStartObject();
        writer.StartArray(nameof(TimelineOutput.Documents));
        foreach (var d in whole.Documents)
        {
            Item(d);
        }

        json.WriteEndArray();
        writer.StartArray(nameof(TimelineOutput.Entities));
        whole.ForEachEntity(Item);
        json.WriteEndArray();
        writer.StartArray(nameof(TimelineOutput.Events));
        whole.ForEachEvent(Item);
        json.WriteEndArray();
        writer.StartArray(nameof(TimelineOutput.Conflicts));
        foreach (var c in whole.Conflicts)
        {
            Item(c);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        writer.EndLine();
    }
}
