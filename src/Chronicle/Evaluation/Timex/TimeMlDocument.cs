using System.Globalization;
using System.Text;
using Chronicle.Model;
using Chronicle.Time;

namespace Chronicle.Evaluation.Timex;

/// <summary>
/// A TempEval-3 TimeML document: its id, creation time, the plain text of its TEXT element (the text of
/// EVENT and SIGNAL tags kept, the tags dropped, XML entities decoded) and its gold TIMEX3s with offsets
/// into that text.
/// </summary>
public sealed record TimeMlDocument(string DocId, DateOnly? Dct, string Text, IReadOnlyList<Chronicle.Time.Timex> Timexes)
{
    public static TimeMlDocument Load(string path) => Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));

    /// <summary>Reads TimeML from a string; a malformed document gives what could be read.</summary>
    public static TimeMlDocument Parse(string xml, string fallbackId = "")
    {
        var docId = Between(xml, "<DOCID>", "</DOCID>")?.Trim() ?? fallbackId;
        DateOnly? dct = null;
        var dctElement = Between(xml, "<DCT>", "</DCT>");
        if (dctElement is not null && Attribute(dctElement, "value") is { } dctValue && dctValue.Length >= 10
            && DateOnly.TryParseExact(dctValue[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            dct = parsed;
        }

        var open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var close = xml.LastIndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            return new TimeMlDocument(docId, dct, "", []);
        }

        var (text, timexes) = ReadText(xml, open + "<TEXT>".Length, close);
        return new TimeMlDocument(docId, dct, text, timexes);
    }

    private static (string Text, List<Chronicle.Time.Timex> Timexes) ReadText(string xml, int from, int to)
    {
        var sb = new StringBuilder(to - from);
        var timexes = new List<Chronicle.Time.Timex>();
        var openStart = -1;
        string? openTag = null;
        var i = from;
        while (i < to)
        {
            var c = xml[i];
            if (c == '<')
            {
                var end = xml.IndexOf('>', i);
                if (end < 0 || end >= to)
                {
                    break;
                }

                var tag = xml.AsSpan(i + 1, end - i - 1);
                if (tag.StartsWith("TIMEX3"))
                {
                    openStart = sb.Length;
                    openTag = tag.ToString();
                }
                else if (tag.StartsWith("/TIMEX3") && openTag is not null)
                {
                    var text = sb.ToString(openStart, sb.Length - openStart);
                    timexes.Add(new Chronicle.Time.Timex(
                        new Span(openStart, sb.Length),
                        text,
                        Chronicle.Time.Timex.ParseType(Attribute(openTag, "type")) ?? TimexType.Date,
                        Attribute(openTag, "value") ?? "",
                        Attribute(openTag, "mod"),
                        Attribute(openTag, "anchorTimeID"),
                        null)
                    { Tid = Attribute(openTag, "tid") ?? "" });
                    openTag = null;
                }

                i = end + 1;
            }
            else if (c == '&')
            {
                var semi = xml.IndexOf(';', i);
                if (semi > i && semi - i <= 8 && semi < to)
                {
                    sb.Append(Entity(xml.AsSpan(i + 1, semi - i - 1)) ?? xml.Substring(i, semi - i + 1));
                    i = semi + 1;
                }
                else
                {
                    sb.Append(c);
                    i++;
                }
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return (sb.ToString(), timexes);
    }

    private static string? Entity(ReadOnlySpan<char> name) => name switch
    {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ when name.Length > 1 && name[0] == '#' => NumericEntity(name[1..]),
        _ => null,
    };

    private static string? NumericEntity(ReadOnlySpan<char> digits)
    {
        var ok = digits.Length > 1 && (digits[0] == 'x' || digits[0] == 'X')
            ? int.TryParse(digits[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code);
        return ok && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null;
    }

    private static string? Between(string s, string open, string close)
    {
        var a = s.IndexOf(open, StringComparison.Ordinal);
        if (a < 0)
        {
            return null;
        }

        var b = s.IndexOf(close, a + open.Length, StringComparison.Ordinal);
        return b < 0 ? null : s.Substring(a + open.Length, b - a - open.Length);
    }

    /// <summary>The value of name="..." in a tag's text.</summary>
    internal static string? Attribute(string tag, string name)
    {
        var key = " " + name + "=\"";
        var a = tag.IndexOf(key, StringComparison.Ordinal);
        if (a < 0)
        {
            return null;
        }

        a += key.Length;
        var b = tag.IndexOf('"', a);
        return b < 0 ? null : tag[a..b];
    }
}
