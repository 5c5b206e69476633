using Chronicle.Evaluation.SemEval;
using Chronicle.Reading;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Rendering;

/// <summary>
/// Turns Chronicle's timeline (already filtered to one entity) into the SemEval-2015 TimeLine shape:
/// one line per event with every mention of it, ordinals rising with the date (events of one date
/// share an ordinal, so they are SIMULTANEOUS), undated events at ordinal 0 with an unknown anchor.
/// A mention is "DOC-SENTENCE-TRIGGER": DOC the leading number of the article's file name (a TimeML
/// DOCID such as 16844) or else its timeline id (d3), SENTENCE the id the TimeML file gives the sentence
/// (its &lt;s id&gt;, found by the sentence's text when the source is a .tml file that can still be read),
/// else the line of the article's clean text the sentence starts on, TRIGGER the trigger with "_" for
/// spaces.
/// </summary>
public static class SemEvalTimelineConverter
{
    public const string UnknownAnchor = "XXXX-XX-XX";

    public static SemEvalTimeline Convert(TimelineOutput timeline, string entity, IArticleStore store)
    {
        var lineStarts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var given = new Dictionary<string, IReadOnlyList<GivenSentence>>(StringComparer.Ordinal);
        foreach (var document in timeline.Documents)
        {
            labels[document.Id] = DocumentLabel(document);
            if (GivenSentences(document.Path) is { } sentences)
            {
                given[document.Id] = sentences;
            }

            var text = store.GetArticle(document.ArticleId)?.Text ?? string.Empty;
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            lineStarts[document.Id] = starts;
        }

        string MentionId(TimelineSource source)
        {
            var starts = lineStarts.GetValueOrDefault(source.Document) ?? [0];
            var index = starts.BinarySearch(source.Start);
            var line = (index >= 0 ? index + 1 : ~index).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (given.TryGetValue(source.Document, out var sentences))
            {
                var flat = Flatten(source.Sentence);
                line = sentences.FirstOrDefault(g => g.Text == flat)?.Id ?? sentences.FirstOrDefault(g => g.Text.Contains(flat, StringComparison.Ordinal))?.Id ?? line;
            }

            var trigger = string.Join('_', source.Trigger.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return $"{labels.GetValueOrDefault(source.Document, source.Document)}-{line}-{trigger}";
        }

        var lines = new List<SemEvalTimelineLine>();
        var order = 0;
        string? previous = null;
        foreach (var e in timeline.Events.OrderBy(e => e.Date is null ? 0 : 1))
        {
            var mentions = e.Sources.Select(MentionId).Distinct(StringComparer.Ordinal).ToList();
            if (mentions.Count == 0)
            {
                continue;
            }

            if (e.Date is null)
            {
                lines.Add(new SemEvalTimelineLine(0, UnknownAnchor, mentions));
                continue;
            }

            if (e.Date != previous)
            {
                order++;
                previous = e.Date;
            }

            lines.Add(new SemEvalTimelineLine(order, e.Date, mentions));
        }

        return new SemEvalTimeline(entity, lines);
    }

    private static IReadOnlyList<GivenSentence>? GivenSentences(string path)
    {
        try
        {
            return path.EndsWith(".tml", StringComparison.OrdinalIgnoreCase) && File.Exists(path)
                ? TimeMlArticleReader.Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path), out _)?.Sentences
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string DocumentLabel(TimelineDocument document)
    {
        var name = Path.GetFileName(document.Path);
        var digits = name.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 ? name[..digits] : document.Id;
    }
}
