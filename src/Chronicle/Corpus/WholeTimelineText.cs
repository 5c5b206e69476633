using System.Text;
using Chronicle.Rendering;
using Chronicle.Storage;

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

    public static void WriteMarkdown(ICorpusIndexStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var whole = WholeTimeline.Read(store);
        var names = whole.EntityNames();
        var text = new StringBuilder(TimelineRenderers.MarkdownHead);
        whole.ForEachEvent(e =>
        {
            TimelineRenderers.AppendMarkdown(text, e, names);
            Flush(text, output, Chunk);
        });
        TimelineRenderers.AppendMarkdownTail(text, whole.Conflicts, whole.Documents);
        Flush(text, output, 0);
    }

    public static void WriteCsv(ICorpusIndexStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var whole = WholeTimeline.Read(store);
        var names = whole.EntityNames();
        var text = new StringBuilder(TimelineRenderers.CsvHead);
        whole.ForEachEvent(e =>
        {
            TimelineRenderers.AppendCsv(text, e, names);
            Flush(text, output, Chunk);
        });
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
