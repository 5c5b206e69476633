using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Chronicle.Rendering;

/// <summary>
/// JSON in <see cref="JsonOutput"/>'s shape written to a text output a megabyte at a time, item by
/// item: the same bytes as serialising the whole value at once, without holding the whole text (a
/// large timeline runs to tens or hundreds of megabytes, twice that as a string).
/// </summary>
public sealed class ChunkedJsonWriter : IDisposable
{
    /// <summary>Buffered JSON is handed to the output once it passes this many bytes.</summary>
    private const int FlushBytes = 1 << 20;

    private readonly TextWriter? text;
    private readonly Stream? bytes;
    private readonly ArrayBufferWriter<byte> buffer = new(FlushBytes * 2);
    private readonly JsonSerializerOptions options;

    /// <summary>Writes to a text output, a megabyte of text at a time.</summary>
    public ChunkedJsonWriter(TextWriter output)
        : this(JsonOutput.Options)
    {
        ArgumentNullException.ThrowIfNull(output);
        text = output;
    }

    /// <summary>Writes the UTF-8 bytes to a stream as they are.</summary>
    public ChunkedJsonWriter(Stream output)
        : this(output, JsonOutput.Options)
    {
    }

    /// <summary>Writes the UTF-8 bytes to a stream in the shape <paramref name="options"/> give (an HTTP API's, say), with their names, layout and escaping.</summary>
    public ChunkedJsonWriter(Stream output, JsonSerializerOptions options)
        : this(options)
    {
        ArgumentNullException.ThrowIfNull(output);
        bytes = output;
    }

    /// <summary>Runs <paramref name="write"/> on a writer to a text output and hands the rest to the output.</summary>
    public static void WriteTo(TextWriter output, Action<ChunkedJsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var writer = new ChunkedJsonWriter(output);
        write(writer);
    }

    /// <summary>As <see cref="WriteTo(TextWriter, Action{ChunkedJsonWriter})"/>, the UTF-8 bytes to a stream.</summary>
    public static void WriteTo(Stream output, Action<ChunkedJsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var writer = new ChunkedJsonWriter(output);
        write(writer);
    }

    private ChunkedJsonWriter(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        Json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = options.WriteIndented,
            Encoder = options.Encoder,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
        });
    }

    /// <summary>The writer for the structure around the items (objects, arrays).</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Starts an array property named as <see cref="JsonOutput"/> names the C# property <paramref name="property"/>.</summary>
    public void StartArray(string property) => Json.WriteStartArray(options.PropertyNamingPolicy?.ConvertName(property) ?? property);

    /// <summary>
    /// An array property of <paramref name="items"/>, each written by the serialiser, or by the items themselves
    /// when they write their own JSON (<see cref="IJsonItems"/>: events from the forms the index stored).
    /// </summary>
    public void Array<T>(string property, IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        StartArray(property);
        if (items is IJsonItems own)
        {
            own.WriteItems(this);
        }
        else
        {
            foreach (var item in items)
            {
                Item(item);
            }
        }

        Json.WriteEndArray();
    }

    /// <summary>Starts a property named as <see cref="JsonOutput"/> names the C# property <paramref name="property"/>; its value is written next.</summary>
    public void StartProperty(string property) => Json.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(property) ?? property);

    /// <summary>Writes one value where the writer stands (an array's next item), handing the output what has piled up.</summary>
    public void Item<T>(T value)
    {
        JsonSerializer.Serialize(Json, value, options);
        if (Json.BytesPending + buffer.WrittenCount >= FlushBytes)
        {
            Flush();
        }
    }

    /// <summary>Writes one value where the writer stands with <paramref name="write"/>, handing the output what has piled up (<see cref="Item{T}"/> for a value written by hand).</summary>
    public void Item<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        write(Json, state);
        if (Json.BytesPending + buffer.WrittenCount >= FlushBytes)
        {
            Flush();
        }
    }

    /// <summary>Hands the output everything written so far (call it after the last item; items break nowhere else, so no character is split).</summary>
    public void Flush()
    {
        Json.Flush();
        if (bytes is not null)
        {
            bytes.Write(buffer.WrittenSpan);
        }
        else
        {
            text!.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        buffer.ResetWrittenCount();
    }

    /// <summary>Ends the output with a line end, as <see cref="TextWriter.WriteLine()"/> does, after flushing.</summary>
    public void EndLine()
    {
        Flush();
        if (bytes is not null)
        {
            bytes.Write(Encoding.UTF8.GetBytes(Environment.NewLine));
            bytes.Flush();
        }
        else
        {
            text!.WriteLine();
        }
    }

    public void Dispose() => Json.Dispose();
}
