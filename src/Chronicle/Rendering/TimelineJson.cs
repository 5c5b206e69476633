using Chronicle.Timeline;

namespace Chronicle.Rendering;

/// <summary>A timeline as `chronicle timeline --format json` prints it: <see cref="JsonOutput"/>'s bytes and a line end, written an item at a time.</summary>
public static class TimelineJson
{
    public static void Write(TimelineOutput timeline, TextWriter output) => ChunkedJsonWriter.WriteTo(output, writer => Write(timeline, writer));

    /// <summary>As <see cref="Write(TimelineOutput, TextWriter)"/>, the UTF-8 bytes to a stream.</summary>
    public static void Write(TimelineOutput timeline, Stream output) => ChunkedJsonWriter.WriteTo(output, writer => Write(timeline, writer));

    /// <summary>
    /// The bytes of serialising the timeline with <paramref name="options"/> (an HTTP API's, say), to a stream,
    /// without a line end: its events written from the forms the index stored where it has them.
    /// </summary>
    public static void Write(TimelineOutput timeline, Stream output, System.Text.Json.JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using var writer = new ChunkedJsonWriter(output, options);
        Write(timeline, writer, endLine: false);
    }

    private static void Write(TimelineOutput timeline, ChunkedJsonWriter writer, bool endLine = true)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        writer.Json.WriteStartObject();
        TimelineDocumentJson.WriteArray(writer, timeline.Documents);
        writer.Array(nameof(TimelineOutput.Entities), timeline.Entities);
        writer.Array(nameof(TimelineOutput.Events), timeline.Events);
        writer.Array(nameof(TimelineOutput.Conflicts), timeline.Conflicts);
        writer.Json.WriteEndObject();
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
