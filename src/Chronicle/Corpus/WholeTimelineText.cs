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

    public static void WriteMarkdown(ICorpusIndexStore store, TextWriter output) =>
        Write(store, output, TimelineRenderers.MarkdownHead, TimelineRenderers.AppendMarkdown, (text, whole) => TimelineRenderers.AppendMarkdownTail(text, whole.Conflicts, whole.Documents));

    public static void WriteCsv(ICorpusIndexStore store, TextWriter output) =>
        Write(store, output, TimelineRenderers.CsvHead, TimelineRenderers.AppendCsv, (_, _) => { });

    /// <summary>The head, each event as it is read, then the tail, a megabyte of text at a time.</summary>
    private static void Write(ICorpusIndexStore store, TextWriter output, string head, Action<StringBuilder, TimelineEvent, IReadOnlyDictionary<string, string>> append, Action<StringBuilder, WholeTimeline> tail)
    {
        ArgumentNullException.ThrowIfNull(output);
        var whole = WholeTimeline.Read(store);
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
