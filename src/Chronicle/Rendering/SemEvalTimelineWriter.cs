using System.Globalization;
using System.Text;
using Chronicle.Evaluation.SemEval;

namespace Chronicle.Rendering;

/// <summary>
/// Writes a timeline in the SemEval-2015 TimeLine format: the entity on the first line, then one line
/// per event group, ORDINAL TAB ANCHOR TAB EVENT [TAB EVENT ...], with "\n" line ends.
/// </summary>
public static class SemEvalTimelineWriter
{
    public static string Write(SemEvalTimeline timeline)
    {
        var builder = new StringBuilder();
        builder.Append(timeline.Entity).Append('\n');
        foreach (var line in timeline.Lines)
        {
            builder.Append(line.Order.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(line.Anchor);
            foreach (var mention in line.Events)
            {
                builder.Append('\t').Append(mention);
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }
}
