using Chronicle.Timeline;

namespace Chronicle.Rendering;

/// <summary>
/// An entity page as `chronicle entity NAME --format json` prints it: <see cref="JsonOutput"/>'s bytes and a line
/// end, written an item at a time, its events from the forms the index stored. Serialised whole, the largest
/// entity of a 100,000-article store (24 MB) took 0.75 s, every event made into objects first.
/// </summary>
public static class EntityPageJson
{
    public static void Write(EntityPage page, TextWriter output) => ChunkedJsonWriter.WriteTo(output, writer => Write(page, writer));

    /// <summary>As <see cref="Write(EntityPage, TextWriter)"/>, the UTF-8 bytes to a stream.</summary>
    public static void Write(EntityPage page, Stream output) => ChunkedJsonWriter.WriteTo(output, writer => Write(page, writer));

    private static void Write(EntityPage page, ChunkedJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(page);
        writer.Json.WriteStartObject();
        writer.StartProperty(nameof(EntityPage.Entity));
        writer.Item(page.Entity);
        writer.Array(nameof(EntityPage.Events), page.Events);
        TimelineDocumentJson.WriteArray(writer, page.Documents);
        writer.Json.WriteEndObject();
        writer.EndLine();
    }
}
