using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Time;

namespace Chronicle.Evaluation.Tls;

/// <summary>A sentence of the corpus that refers to a day: by a day-precise date in it, or as its article's lead on the day it was published.</summary>
public sealed record DatedSentence(DateOnly Date, int Article, int Index, string Text, bool Stated);

/// <summary>
/// What timeline summarisation keeps of each analysed article: the sentences that refer to a day
/// (a day-precise DATE expression, resolved against the publication date) and the article's
/// publication day. Fed one article at a time, so a corpus streams through without being held.
/// </summary>
public sealed class DateReferences
{
    /// <summary>How many first sentences of an article stand for its publication day when they state no date.</summary>
    public const int LeadSentences = 2;

    private readonly List<DatedSentence> sentences = [];
    private readonly List<DateOnly?> published = [];

    public IReadOnlyList<DatedSentence> Sentences => sentences;

    public IReadOnlyList<DateOnly?> Published => published;

    public int Articles => published.Count;

    /// <summary>Adds a sentence dated by other means than the pipeline's (a caller's own dating, or a test).</summary>
    public void Add(DatedSentence sentence) => sentences.Add(sentence);

    public void Add(Article article)
    {
        var index = published.Count;
        published.Add(article.Published.Date);
        var timexes = AnnotationLayers.ReadTimexes(article)
            .Where(t => t.Type == TimexType.Date && t.Interval is { Granularity: Granularity.Day })
            .ToList();
        foreach (var sentence in article.Sentences)
        {
            var text = article.Text.Substring(sentence.Span.Start, sentence.Span.Length).Trim();
            var days = timexes
                .Where(t => t.Span.Start >= sentence.Span.Start && t.Span.End <= sentence.Span.End)
                .Select(t => t.Interval!.Earliest)
                .Distinct()
                .ToList();
            foreach (var day in days)
            {
                sentences.Add(new DatedSentence(day, index, sentence.Index, text, Stated: true));
            }

            if (days.Count == 0 && sentence.Index < LeadSentences && article.Published.Date is { } day0)
            {
                sentences.Add(new DatedSentence(day0, index, sentence.Index, text, Stated: false));
            }
        }
    }
}
