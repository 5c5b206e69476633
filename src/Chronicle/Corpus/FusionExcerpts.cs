using Chronicle.Events;
using Chronicle.Fusion;

namespace Chronicle.Corpus;

/// <summary>
/// An article's document for fusion without its whole text: its mentions' sentences and the words
/// before their triggers and times, with the whole text's syndication signature. A document whose
/// rules would read differently from the excerpts (a walk back past what is kept) keeps its whole text,
/// so fusion's output does not depend on which it was given.
/// </summary>
public static class FusionExcerpts
{
    /// <summary>How far before a trigger the definite-noun rule may read (four words back).</summary>
    private const int BeforeTrigger = 64;

    /// <summary>How far before a time the late-in-the-day rule may read ("late on").</summary>
    private const int BeforeTime = 32;

    /// <summary>The document with excerpts in place of its whole text, or as it was where they would not do.</summary>
    public static DocumentEvents Excerpted(DocumentEvents whole)
    {
        ArgumentNullException.ThrowIfNull(whole);
        var text = whole.Text ?? string.Empty;
        var excerpts = new TextExcerpts(text, whole.Mentions.SelectMany(Ranges));
        var excerpted = whole with { Text = string.Empty, Excerpts = excerpts, Signature = whole.Signature ?? SyndicationSignature.Of(text) };
        return whole.Mentions.All(m => ReadsAlike(whole, excerpted, m)) ? excerpted : whole with { Signature = excerpted.Signature };
    }

    private static IEnumerable<(int Start, int End)> Ranges(EventMention m)
    {
        yield return (m.SentenceSpan.Start, m.SentenceSpan.End);
        yield return (m.Trigger.Start - BeforeTrigger, m.Trigger.End);
        if (m.Time?.Span is { } time)
        {
            yield return (time.Start - BeforeTime, time.End);
        }
    }

    private static bool ReadsAlike(DocumentEvents whole, DocumentEvents excerpted, EventMention m) =>
        EventFuser.RefersBack(whole, m) == EventFuser.RefersBack(excerpted, m)
        && EventFuser.Interval(whole, m) == EventFuser.Interval(excerpted, m)
        && PartialDate.Of(whole, m) == PartialDate.Of(excerpted, m)
        && EventFuser.SentenceText(FusionText.Of(whole), m.SentenceSpan) == EventFuser.SentenceText(FusionText.Of(excerpted), m.SentenceSpan);
}
