using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Chronicle.Model;
using Chronicle.Time;

namespace Chronicle.Evaluation.Timex;

/// <summary>
/// Reads the TIMEX3 gold of a CAT XML document (the NewsReader MEANTIME format: a Document of token
/// elements with sentence numbers, and Markables whose TIMEX3s list the tokens they cover) into a
/// <see cref="TimeMlDocument"/>, so that the TempEval-3 scorer runs on it as on TimeML.
/// <list type="bullet">
/// <item>The creation time is the TIMEX3 whose functionInDocument is CREATION_TIME; its tokens (the
/// dateline) are left out of the text and it is not gold, as TimeML keeps the DCT outside TEXT.</item>
/// <item>The text is the annotated part only: the sentences up to the last one that holds any markable
/// (MEANTIME annotates an article's title and first sentences, not the rest).</item>
/// <item>Tokens are joined by a space, sentences by a line break; no space goes before closing
/// punctuation and clitics ("," "." "'s" "n't") or after opening brackets; `` and '' become ".</item>
/// <item>A TIMEX3 with no tokens (an implicit time the annotators added) is not gold.</item>
/// </list>
/// A malformed document gives an empty one; nothing here throws on bad input.
/// </summary>
public static class CatTimexDocument
{
    public static TimeMlDocument Load(string path) => Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));

    /// <summary>Whether the file's root element is a CAT Document (read from its first bytes only).</summary>
    public static bool IsCat(string path)
    {
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "Document";
        }
        catch (XmlException)
        {
            return false;
        }
    }

    public static TimeMlDocument Parse(string xml, string fallbackId = "")
    {
        XElement root;
        try
        {
            root = XDocument.Parse(xml).Root ?? new XElement("Document");
        }
        catch (XmlException)
        {
            return new TimeMlDocument(fallbackId, null, "", []);
        }

        var docId = (string?)root.Attribute("doc_id") ?? fallbackId;
        var tokens = root.Elements("token")
            .Select(t => (Id: (string?)t.Attribute("t_id") ?? "", Sentence: ParseInt((string?)t.Attribute("sentence")), Text: t.Value))
            .ToList();
        var markables = root.Element("Markables")?.Elements().ToList() ?? [];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            index.TryAdd(tokens[i].Id, i);
        }

        List<int> Positions(XElement m) => m.Elements("token_anchor")
            .Select(a => index.TryGetValue((string?)a.Attribute("t_id") ?? "", out var p) ? p : -1)
            .Where(p => p >= 0)
            .Order()
            .ToList();

        // The annotated part: up to the last sentence any markable touches.
        var lastSentence = -1;
        foreach (var m in markables)
        {
            foreach (var p in Positions(m))
            {
                lastSentence = Math.Max(lastSentence, tokens[p].Sentence);
            }
        }

        DateOnly? dct = null;
        var skip = new HashSet<int>();
        var gold = new List<(List<int> Positions, XElement Element)>();
        foreach (var timex in markables.Where(m => m.Name.LocalName == "TIMEX3"))
        {
            var positions = Positions(timex);
            if ((string?)timex.Attribute("functionInDocument") == "CREATION_TIME")
            {
                var value = (string?)timex.Attribute("value") ?? "";
                if (dct is null && value.Length >= 10
                    && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    dct = parsed;
                }

                skip.UnionWith(positions);
            }
            else if (positions.Count > 0)
            {
                gold.Add((positions, timex));
            }
        }

        var sb = new StringBuilder();
        var starts = new int[tokens.Count];
        var ends = new int[tokens.Count];
        var previousSentence = int.MinValue;
        var previous = "";
        var quoteOpen = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (_, sentence, raw) = tokens[i];
            if (sentence > lastSentence || skip.Contains(i))
            {
                starts[i] = ends[i] = sb.Length;
                continue;
            }

            var text = raw is "``" or "''" ? "\"" : raw;
            var opening = raw == "``" || (raw == "\"" && !quoteOpen);
            var closing = raw == "''" || (raw == "\"" && quoteOpen);
            if (opening || closing)
            {
                quoteOpen = opening;
            }

            if (sb.Length > 0)
            {
                sb.Append(sentence != previousSentence ? "\n"
                    : closing || NoSpaceBefore(raw) || NoSpaceAfter(previous) ? ""
                    : " ");
            }

            starts[i] = sb.Length;
            sb.Append(text);
            ends[i] = sb.Length;
            previousSentence = sentence;
            previous = opening ? "``" : raw;
        }

        var fullText = sb.ToString();
        var timexes = new List<Chronicle.Time.Timex>();
        foreach (var (positions, element) in gold)
        {
            var first = positions[0];
            var last = positions[^1];
            if (tokens[last].Sentence > lastSentence || ends[last] <= starts[first])
            {
                continue;
            }

            var span = new Span(starts[first], ends[last]);
            timexes.Add(new Chronicle.Time.Timex(
                span,
                fullText[span.Start..span.End],
                Chronicle.Time.Timex.ParseType((string?)element.Attribute("type")) ?? TimexType.Date,
                (string?)element.Attribute("value") ?? "",
                NullIfEmpty((string?)element.Attribute("mod")),
                NullIfEmpty((string?)element.Attribute("anchorTimeID")),
                null)
            { Tid = "t" + ((string?)element.Attribute("m_id") ?? "") });
        }

        timexes.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return new TimeMlDocument(docId, dct, fullText, timexes);
    }

    private static bool NoSpaceBefore(string token) =>
        token is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "}" or "%" or "''" or "”" or "’"
            or "'s" or "'S" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m" or "...";

    private static bool NoSpaceAfter(string token) => token is "(" or "[" or "{" or "``" or "“" or "$";

    private static int ParseInt(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
