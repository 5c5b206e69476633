using System.Buffers;
using System.Text.Unicode;
using System.Text.Json;

namespace Chronicle.Corpus;

/// <summary>
/// A stored shown form (<see cref="ShownEvents.Of"/>) written as the timeline's event, token by token from
/// the stored JSON: its id given, its sources' documents renamed (article id to d1..), its own conflicts
/// left out. The same bytes as <see cref="ShownEvents.Read"/>'s event serialised through the same writer,
/// for the stored form is that event serialised (the same names in the same order), only with another
/// layout and escaping, which the writer gives anew. An entity's thousands of events were parsed into
/// objects, their sentences into strings, only to be serialised back.
/// </summary>
internal static class ShownEventJson
{
    /// <summary>Strings this long are unescaped on the stack; longer ones in a rented buffer.</summary>
    private const int StackBytes = 512;

    public static void Write(Utf8JsonWriter json, ReadOnlySpan<byte> storedForm, string eventId, IReadOnlyDictionary<string, string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(eventId);
        ArgumentNullException.ThrowIfNull(documentIds);
        var reader = new Utf8JsonReader(storedForm);
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isEvent = reader.ValueTextEquals("event"u8);
            reader.Read();
            if (isEvent)
            {
                Event(ref reader, json, eventId, documentIds);
                return;
            }

            reader.Skip();
        }

        throw new JsonException("a stored shown form without its event.");
    }

    private static void Event(ref Utf8JsonReader reader, Utf8JsonWriter json, string eventId, IReadOnlyDictionary<string, string> documentIds)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a stored shown event that is not an object.");
        }

        json.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id"u8);
            var isSources = !isId && reader.ValueTextEquals("sources"u8);
            Token(ref reader, json);
            reader.Read();
            if (isId)
            {
                json.WriteStringValue(eventId);
            }
            else if (isSources && reader.TokenType == JsonTokenType.StartArray)
            {
                Sources(ref reader, json, documentIds);
            }
            else
            {
                Copy(ref reader, json);
            }
        }

        json.WriteEndObject();
    }

    /// <summary>The sources' array, each source's document renamed.</summary>
    private static void Sources(ref Utf8JsonReader reader, Utf8JsonWriter json, IReadOnlyDictionary<string, string> documentIds)
    {
        json.WriteStartArray();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            json.WriteStartObject();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isDocument = reader.ValueTextEquals("document"u8);
                Token(ref reader, json);
                reader.Read();
                if (isDocument && reader.TokenType == JsonTokenType.String)
                {
                    var articleId = reader.GetString()!;
                    json.WriteStringValue(documentIds.GetValueOrDefault(articleId, articleId));
                }
                else
                {
                    Copy(ref reader, json);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The value the reader stands on, whole (an object or array with all it holds).</summary>
    private static void Copy(ref Utf8JsonReader reader, Utf8JsonWriter json)
    {
        var depth = reader.CurrentDepth;
        while (true)
        {
            Token(ref reader, json);
            if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return;
            }

            reader.Read();
        }
    }

    private static void Token(ref Utf8JsonReader reader, Utf8JsonWriter json)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                json.WriteStartObject();
                break;
            case JsonTokenType.EndObject:
                json.WriteEndObject();
                break;
            case JsonTokenType.StartArray:
                json.WriteStartArray();
                break;
            case JsonTokenType.EndArray:
                json.WriteEndArray();
                break;
            case JsonTokenType.PropertyName:
                Text(ref reader, json, name: true);
                break;
            case JsonTokenType.String:
                Text(ref reader, json, name: false);
                break;
            case JsonTokenType.Number when reader.TryGetInt64(out var whole):
                json.WriteNumberValue(whole);
                break;
            case JsonTokenType.Number:
                json.WriteNumberValue(reader.GetDouble());
                break;
            case JsonTokenType.True or JsonTokenType.False:
                json.WriteBooleanValue(reader.GetBoolean());
                break;
            case JsonTokenType.Null:
                json.WriteNullValue();
                break;
            default:
                throw new JsonException($"an unexpected {reader.TokenType} in a stored shown form.");
        }
    }

    /// <summary>A string or name written unescaped, for the writer to escape as its encoder does.</summary>
    private static void Text(ref Utf8JsonReader reader, Utf8JsonWriter json, bool name)
    {
        if (!reader.ValueIsEscaped)
        {
            Put(json, reader.ValueSpan, name);
            return;
        }

        byte[]? rented = null;
        var length = reader.ValueSpan.Length;
        var buffer = length <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = reader.CopyString(buffer);
            if (Utf8.IsValid(buffer[..written]))
            {
                Put(json, buffer[..written], name);
            }
            else
            {
                // An escaped lone surrogate has no UTF-8 form: written from its UTF-16, as the serialiser writes the string.
                var text = reader.GetString()!;
                if (name)
                {
                    json.WritePropertyName(text);
                }
                else
                {
                    json.WriteStringValue(text);
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static void Put(Utf8JsonWriter json, ReadOnlySpan<byte> utf8, bool name)
    {
        if (name)
        {
            json.WritePropertyName(utf8);
        }
        else
        {
            json.WriteStringValue(utf8);
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException($"a stored shown form that does not start with {type}.");
        }
    }
}
