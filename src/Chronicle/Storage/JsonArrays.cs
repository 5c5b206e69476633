using System.Globalization;
using System.Text;

namespace Chronicle.Storage;

/// <summary>
/// Lists handed to SQL as one JSON array parameter (unpacked there by json_each), written by hand: the
/// serialiser described by reflection set up every built-in converter, and even its writer set up an
/// encoder's tables and compiled its methods in each short command (30 ms for a timeline's 15,800 ids).
/// Only what JSON requires is escaped: quotes, backslashes, control characters, and UTF-16 surrogates
/// (as \u escapes, which json_each joins back into their character).
/// </summary>
internal static class JsonArrays
{
    public static string Of(IEnumerable<string> values)
    {
        var json = new StringBuilder("[");
        foreach (var value in values)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append('"');
            var clean = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c is '"' or '\\' or < ' ' || char.IsSurrogate(c))
                {
                    json.Append(value, clean, i - clean);
                    json.Append(c switch
                    {
                        '"' => "\\\"",
                        '\\' => "\\\\",
                        _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                    });
                    clean = i + 1;
                }
            }

            json.Append(value, clean, value.Length - clean).Append('"');
        }

        return json.Append(']').ToString();
    }

    public static string Of(IEnumerable<long> values)
    {
        var json = new StringBuilder("[");
        foreach (var value in values)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        return json.Append(']').ToString();
    }
}
