using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Chronicle.Model;

namespace Chronicle.Reading;

/// <summary>One sentence of a TimeML article as the file numbers it (<c>&lt;s id="N"&gt;</c>), its tokens joined by spaces.</summary>
public sealed record GivenSentence(string Id, string Text);

/// <summary>
/// A TimeML article (TempEval, SemEval-2015 TimeLine): DOCID, the creation time (DCT), the headline
/// (EXTRAINFO) and the sentences of TEXT with the ids the file gives them. Inline annotation tags
/// (EVENT, TIMEX3, SIGNAL) are dropped and their text kept: Chronicle reads the text, not the gold.
/// </summary>
public sealed record TimeMlArticle(string DocId, string? Dct, string? Title, IReadOnlyList<GivenSentence> Sentences)
{
    /// <summary>The id the headline gets when it is read as a sentence (the task's CAT files number it 0).</summary>
    public const string TitleSentenceId = "0";

    /// <summary>The headline first (as sentence "0" when it has text), then the TEXT sentences in file order.</summary>
    public IReadOnlyList<GivenSentence> SentencesWithTitle =>
        string.IsNullOrWhiteSpace(Title) || Sentences.Any(s => s.Id == TitleSentenceId) ? Sentences : [new GivenSentence(TitleSentenceId, Title.Trim()), .. Sentences];

    /// <summary>The creation day, when the DCT starts with one.</summary>
    public DateOnly? DctDay =>
        Dct is { Length: >= 10 } value && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>
/// Reads TimeML files. The ordinary readers hand <c>.tml</c> files (and XML whose root is TimeML) here;
/// the article's text is its sentences one per line, so that sentence boundaries survive as line
/// breaks, and the DCT becomes the stated publication date.
/// </summary>
public static class TimeMlArticleReader
{
    /// <summary>Whether <paramref name="text"/> read from <paramref name="origin"/> is TimeML.</summary>
    public static bool IsTimeMl(string origin, string text)
    {
        if (string.Equals(Path.GetExtension(origin ?? string.Empty), ".tml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var head = text.AsSpan(0, Math.Min(text.Length, 512));
        return head.TrimStart().StartsWith("<", StringComparison.Ordinal) && head.Contains("<TimeML", StringComparison.Ordinal);
    }

    /// <summary>Parses a TimeML document; null with a message when it is not well-formed TimeML.</summary>
    public static TimeMlArticle? Parse(string xml, string fallbackId, out string? error)
    {
        error = null;
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 1024 };
            using var reader = XmlReader.Create(new StringReader(xml ?? string.Empty), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            error = "not well-formed TimeML: " + ex.Message;
            return null;
        }

        var root = document.Root;
        if (root is null || root.Name.LocalName != "TimeML")
        {
            error = "not TimeML (no <TimeML> root element)";
            return null;
        }

        var docId = Clean(root.Element("DOCID")?.Value) ?? fallbackId;
        var dctTimex = root.Element("DCT")?.Element("TIMEX3");
        var dct = Clean(dctTimex?.Attribute("value")?.Value) ?? Clean(root.Element("DCT")?.Value);
        var title = Clean(root.Element("EXTRAINFO")?.Value) ?? Clean(root.Element("TITLE")?.Value);
        var body = root.Element("TEXT");
        var sentences = new List<GivenSentence>();
        if (body is not null)
        {
            var given = body.Elements("s").ToList();
            if (given.Count > 0)
            {
                for (var i = 0; i < given.Count; i++)
                {
                    var id = Clean(given[i].Attribute("id")?.Value) ?? (i + 1).ToString(CultureInfo.InvariantCulture);
                    sentences.Add(new GivenSentence(id, Flatten(given[i].Value)));
                }
            }
            else
            {
                // TimeML without sentence elements: its lines are the nearest thing to given boundaries.
                var lines = body.Value.Split('\n').Select(Flatten).Where(l => l.Length > 0).ToList();
                sentences.AddRange(lines.Select((line, i) => new GivenSentence((i + 1).ToString(CultureInfo.InvariantCulture), line)));
            }
        }

        return new TimeMlArticle(docId, dct, title, sentences);
    }

    /// <summary>The article as the ordinary pipeline reads it: title, DCT, and one sentence per line.</summary>
    public static ReadResult Read(string xml, string origin)
    {
        var article = Parse(xml, Path.GetFileNameWithoutExtension(origin ?? string.Empty), out var error);
        if (article is null)
        {
            return ReadResult.Fail(origin ?? string.Empty, null, error ?? "not TimeML");
        }

        var text = string.Join('\n', article.Sentences.Select(s => s.Text));
        return ReadResult.Ok(new RawArticle(origin ?? string.Empty, null, ArticleFormat.Text, text, Title: article.Title, PublishedRaw: article.Dct));
    }

    /// <summary>
    /// The text the given-sentence analysis runs on (sentences joined by line breaks) and each
    /// sentence's span in it, in the order of <paramref name="sentences"/>.
    /// </summary>
    public static (string Text, IReadOnlyList<Span> Spans) Join(IReadOnlyList<GivenSentence> sentences)
    {
        var builder = new StringBuilder();
        var spans = new List<Span>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            var start = builder.Length;
            builder.Append(sentence.Text);
            spans.Add(new Span(start, builder.Length));
        }

        return (builder.ToString(), spans);
    }

    private static string? Clean(string? value)
    {
        var flat = value is null ? string.Empty : Flatten(value);
        return flat.Length == 0 ? null : flat;
    }

    /// <summary>Whitespace runs (the file's line breaks inside a sentence included) become one space.</summary>
    private static string Flatten(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
