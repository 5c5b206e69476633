using System.Text;
using Chronicle.Rendering;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The whole timeline of an indexed store as Markdown or CSV, written as it is read
/// (<see cref="WholeTimeline"/>): the bytes <see cref="TimelineRenderers"/> give for
/// <see cref="CorpusTimeline.Build"/>'s output without a filter, which holds every event at once.
/// </summary>
public static class WholeTimelineText
{
    /// <summary>How much text is gathered before it is written.</summary>
    private const int Chunk = 1 << 20;

    public static void WriteMarkdown(ICorpusIndexStore store, TextWriter output) => WriteMarkdown(WholeTimeline.Read(store), output);

    public static void WriteCsv(ICorpusIndexStore store, TextWriter output) => WriteCsv(WholeTimeline.Read(store), output);

    /// <summary>A timeline read in passes (the whole one, or a large selection) as Markdown.</summary>
    public static void WriteMarkdown(WholeTimeline whole, TextWriter output) =>
        Write(whole, output, TimelineRenderers.MarkdownHead, TimelineRenderers.AppendMarkdown, (text, w) => TimelineRenderers.AppendMarkdownTail(text, w.Conflicts, w.Documents));

    /// <summary>A timeline read in passes (the whole one, or a large selection) as CSV.</summary>
    public static void WriteCsv(WholeTimeline whole, TextWriter output) =>
        Write(whole, output, TimelineRenderers.CsvHead, TimelineRenderers.AppendCsv, (_, _) => { });

    /// <summary>The head, each event as it is read, then the tail, a megabyte of text at a time.</summary>
    private static void Write(WholeTimeline whole, TextWriter output, string head, Action<StringBuilder, TimelineEvent, IReadOnlyDictionary<string, string>> append, Action<StringBuilder, WholeTimeline> tail)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(output);
        var names = whole.EntityNames();
        var text = new StringBuilder(head);
        whole.ForEachEvent(e =>
        {
            append(text, e, names);
            Flush(text, output, Chunk);
        });
        tail(text, whole);
        Flush(text, output, 0);
    }

    private static void Flush(StringBuilder text, TextWriter output, int atLeast)
    {
        if (text.Length >= atLeast)
        {
            output.Write(text);
            text.Clear();
        }
    }
}
