using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Chronicle.Storage;

/// <summary>
/// Lists handed to SQL as one JSON array parameter (unpacked there by json_each), written without the
/// serialiser: described by reflection, a list's first serialisation set up every built-in converter,
/// a few hundred methods compiled in each short command.
/// </summary>
internal static class JsonArrays
{
    public static string Of(IEnumerable<string> values) => Write(json =>
    {
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
    });

    public static string Of(IEnumerable<long> values) => Write(json =>
    {
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }
    });

    private static string Write(Action<Utf8JsonWriter> items)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            items(json);
            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
