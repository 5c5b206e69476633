using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Chronicle.Pipeline;

/// <summary>
/// What the hand-written readers of stored JSON share (<see cref="EventJsonReader"/>, <see cref="Corpus.ViewJsonReader"/>):
/// reading from UTF-8 or from text, objects property by property, lists, strings and ISO days, as the
/// serializer with <see cref="AnnotationLayers"/>' options writes them.
/// </summary>
internal static class JsonReading
{
    internal delegate T ReadOne<T>(ref Utf8JsonReader reader);

    internal static T FromUtf8<T>(ReadOnlySpan<byte> utf8Json, ReadOne<T> read)
    {
        var reader = new Utf8JsonReader(utf8Json);
        reader.Read();
        return read(ref reader);
    }

    /// <summary>Reads <paramref name="json"/> encoded to UTF-8 in a pooled buffer, as the serializer does with text.</summary>
    internal static T FromText<T>(string json, ReadOne<T> read)
    {
        ArgumentNullException.ThrowIfNull(json);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            return FromUtf8(buffer.AsSpan(0, Encoding.UTF8.GetBytes(json, buffer)), read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>An ISO day (yyyy-MM-dd), as the serializer writes a <see cref="DateOnly"/>; null for a JSON null.</summary>
    internal static DateOnly? Date(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = r.ValueSpan;
        if (!r.ValueIsEscaped && text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text[..4]) is var year and > 0 && Digits(text.Slice(5, 2)) is var month and >= 1 and <= 12
            && Digits(text.Slice(8, 2)) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return DateOnly.ParseExact(r.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The number the ASCII digits spell, or -1 when one is not a digit.</summary>
    private static int Digits(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }

    internal static List<string>? Strings(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var list = new List<string>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            list.Add(r.GetString()!);
        }

        return list;
    }

    internal static List<T>? List<T>(ref Utf8JsonReader r, ReadOne<T> one)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var list = new List<T>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            list.Add(one(ref r));
        }

        return list;
    }

    /// <summary>Moves to the object's next property name; false at its end.</summary>
    internal static bool NextProperty(ref Utf8JsonReader r) => r.Read() && r.TokenType == JsonTokenType.PropertyName;

    internal static void Skip(ref Utf8JsonReader r)
    {
        r.Read();
        r.Skip();
    }
}
