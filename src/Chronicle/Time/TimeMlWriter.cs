using System.Globalization;
using System.Text;

namespace Chronicle.Time;

/// <summary>
/// Writes a text and its TIMEX3s as a TempEval-3 style TimeML document: DOCID, a DCT element with the
/// creation time as TIMEX3 t0, and the text with inline TIMEX3 tags, all XML-escaped.
/// </summary>
public static class TimeMlWriter
{
    public static string Write(string text, IReadOnlyList<Timex> timexes, DateOnly? dct, string docId = "")
    {
        text ??= "";
        var sb = new StringBuilder(text.Length + timexes.Count * 80 + 512);
        sb.Append("<?xml version=\"1.0\" ?>\n");
        sb.Append("<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n");
        sb.Append("<DOCID>");
        Escape(sb, docId, false);
        sb.Append("</DOCID>\n\n");
        if (dct is { } d)
        {
            var value = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            sb.Append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").Append(value)
              .Append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").Append(value).Append("</TIMEX3></DCT>\n\n");
        }

        sb.Append("<TEXT>");
        var position = 0;
        foreach (var t in timexes.Where(t => t.Span.Start >= 0 && t.Span.End <= text.Length && t.Span.Start < t.Span.End).OrderBy(t => t.Span.Start))
        {
            if (t.Span.Start < position)
            {
                continue; // overlapping expressions cannot both be inline tags; keep the first
            }

            Escape(sb, text.AsSpan(position, t.Span.Start - position), false);
            sb.Append("<TIMEX3 tid=\"");
            Escape(sb, t.Tid, true);
            sb.Append("\" type=\"").Append(Timex.TypeName(t.Type)).Append("\" value=\"");
            Escape(sb, t.Value, true);
            sb.Append('"');
            if (t.Mod is not null)
            {
                sb.Append(" mod=\"");
                Escape(sb, t.Mod, true);
                sb.Append('"');
            }

            var relative = t.Anchor is not null;
            sb.Append(" temporalFunction=\"").Append(relative ? "true" : "false").Append("\" functionInDocument=\"NONE\"");
            if (relative && t.Anchor!.StartsWith('t'))
            {
                sb.Append(" anchorTimeID=\"");
                Escape(sb, t.Anchor, true);
                sb.Append('"');
            }

            sb.Append('>');
            Escape(sb, text.AsSpan(t.Span.Start, t.Span.Length), false);
            sb.Append("</TIMEX3>");
            position = t.Span.End;
        }

        Escape(sb, text.AsSpan(position), false);
        sb.Append("</TEXT>\n\n</TimeML>\n");
        return sb.ToString();
    }

    private static void Escape(StringBuilder sb, ReadOnlySpan<char> s, bool attribute)
    {
        foreach (var c in s)
        {
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '"' when attribute:
                    sb.Append("&quot;");
                    break;
                default:
                    // Characters XML 1.0 cannot carry at all are dropped.
                    if (c >= 0x20 || c is '\t' or '\n' or '\r')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }
    }
}
