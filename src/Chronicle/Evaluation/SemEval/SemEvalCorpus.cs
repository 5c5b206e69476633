using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Reading;

namespace Chronicle.Evaluation.SemEval;

/// <summary>
/// One TimeML article analysed with its given sentences: the analysed article and, for each of its
/// sentences, the sentence id the file gave it (a long given sentence cut in pieces keeps its id).
/// </summary>
public sealed record SemEvalDocument(TimeMlArticle Source, Article Article, IReadOnlyList<string> SentenceIds);

/// <summary>Reads and analyses a folder of TimeML articles (the task's Track A input: raw text, gold tags ignored).</summary>
public static class SemEvalCorpus
{
    public static IReadOnlyList<SemEvalDocument> Load(string directory, ArticleAnalyzer analyzer) =>
        Directory.EnumerateFiles(directory, "*.tml")
            .Order(StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(path => Analyse(path, File.ReadAllText(path), analyzer))
            .OfType<SemEvalDocument>()
            .ToList();

    /// <summary>Analyses one TimeML text; null when it is not TimeML.</summary>
    public static SemEvalDocument? Analyse(string origin, string xml, ArticleAnalyzer analyzer)
    {
        var source = TimeMlArticleReader.Parse(xml, Path.GetFileNameWithoutExtension(origin), out _);
        if (source is null)
        {
            return null;
        }

        // The task's text is TEXT; the headline (EXTRAINFO) stays the title and is not searched for events.
        var given = source.Sentences;
        var (text, spans) = TimeMlArticleReader.Join(given);
        var published = source.DctDay is { } day ? PublicationDate.ExplicitDay(day, source.Dct!, "TimeML DCT") : PublicationDate.Unknown;
        var raw = new RawArticle(origin, null, ArticleFormat.Text, text, Title: source.Title, PublishedRaw: source.Dct);
        var article = analyzer.AnalyzeGivenSentences(raw, text, spans, published);
        var ids = article.Sentences
            .Select(s => IdAt(spans, given, s.Span.Start))
            .ToList();
        return new SemEvalDocument(source, article, ids);
    }

    private static string IdAt(IReadOnlyList<Span> spans, IReadOnlyList<GivenSentence> given, int offset)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            if (offset >= spans[i].Start && offset <= spans[i].End)
            {
                return given[i].Id;
            }
        }

        return "";
    }
}
