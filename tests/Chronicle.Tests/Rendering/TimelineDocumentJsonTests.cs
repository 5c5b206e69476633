using System.Text;
using System.Text.Json;
using Chronicle.Rendering;
using Chronicle.Timeline;

namespace Chronicle.Tests.Rendering;

public sealed class TimelineDocumentJsonTests
{
    public static TheoryData<TimelineDocument> Documents() =>
    [
        new TimelineDocument("d1", "samples/001.txt", "A title", "An outlet", "2019-01-15", "explicit", ["2019-01-15", "2019-01-15"], "0123456789abcdef", 12),
        new TimelineDocument("d20", "feeds/x.json:3", null, null, null, "unknown", [null, null], "fedcba9876543210", 0),
        new TimelineDocument("d300", "a \"quoted\" <path> & 'more'", "Déjà vu — 日本 😀\t\u0001", "Le Monde", "2018-12-30", "inferred", [null, "2018-12-30"], "00000000000000ff", 40),
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_is_written_as_the_serialiser_writes_it(TimelineDocument document)
    {
        Assert.Equal(JsonOutput.Serialize(document), Written(document, twice: false));
        Assert.Equal(JsonOutput.Serialize(new[] { document, document }), Written(document, twice: true));
        var compact = new JsonSerializerOptions(JsonOutput.Options) { WriteIndented = false };
        using var bytes = new MemoryStream();
        TimelineJson.Write(new TimelineOutput([document, document], [], [], []), bytes, compact);
        Assert.Equal(JsonSerializer.Serialize(new TimelineOutput([document, document], [], [], []), compact), Encoding.UTF8.GetString(bytes.ToArray()));
    }

    private static string Written(TimelineDocument document, bool twice)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var options = JsonOutput.Options;
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = options.WriteIndented, Encoder = options.Encoder, IndentCharacter = options.IndentCharacter, IndentSize = options.IndentSize, NewLine = options.NewLine }))
        {
            if (twice)
            {
                json.WriteStartArray();
                TimelineDocumentJson.Write(json, document);
                TimelineDocumentJson.Write(json, document);
                json.WriteEndArray();
            }
            else
            {
                TimelineDocumentJson.Write(json, document);
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
