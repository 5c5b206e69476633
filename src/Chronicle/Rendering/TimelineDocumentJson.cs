using System.Text.Json;
using Chronicle.Timeline;

namespace Chronicle.Rendering;

/// <summary>
/// A timeline's document written by hand in <see cref="JsonOutput"/>'s shape: the bytes the serialiser
/// writes for it. A large timeline lists tens of thousands of documents, and each through the serialiser
/// was a call of its own with its own state (a fifth of the entity timeline's writing, 6 MB of it).
/// </summary>
public static class TimelineDocumentJson
{
    /// <summary><see cref="Write"/> as a delegate, made once.</summary>
    public static readonly Action<Utf8JsonWriter, TimelineDocument> Writer = Write;

    /// <summary>The documents as the "documents" array property where <paramref name="writer"/> stands, each written by hand.</summary>
    public static void WriteArray(ChunkedJsonWriter writer, IEnumerable<TimelineDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(documents);
        writer.StartArray(nameof(TimelineOutput.Documents));
        foreach (var document in documents)
        {
            writer.Item(document, Writer);
        }

        writer.Json.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter json, TimelineDocument document)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(document);
        json.WriteStartObject();
        json.WriteString("id"u8, document.Id);
        json.WriteString("path"u8, document.Path);
        json.WriteString("title"u8, document.Title);
        json.WriteString("outlet"u8, document.Outlet);
        json.WriteString("published"u8, document.Published);
        json.WriteString("publishedEvidence"u8, document.PublishedEvidence);
        json.WriteStartArray("publishedRange"u8);
        foreach (var day in document.PublishedRange)
        {
            json.WriteStringValue(day);
        }

        json.WriteEndArray();
        json.WriteString("articleId"u8, document.ArticleId);
        json.WriteNumber("sentences"u8, document.Sentences);
        json.WriteEndObject();
    }
}
