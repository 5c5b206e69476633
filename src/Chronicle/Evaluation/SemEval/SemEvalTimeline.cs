using System.Globalization;

namespace Chronicle.Evaluation.SemEval;

/// <summary>
/// One line of a SemEval-2015 TimeLine file: an ordinal (equal ordinals are simultaneous, 0 marks
/// events that cannot be placed in time), a time anchor ("2010-06-07", "2006-03", "XXXX-XX-XX") and
/// the event mentions ("docid-sentence-trigger") it lists.
/// </summary>
public sealed record SemEvalTimelineLine(int Order, string Anchor, IReadOnlyList<string> Events);

/// <summary>The timeline of one target entity, in the task's format.</summary>
public sealed record SemEvalTimeline(string Entity, IReadOnlyList<SemEvalTimelineLine> Lines)
{
    /// <summary>The file name the task gives an entity's timeline: lower case, spaces as "_", ".txt".</summary>
    public static string FileName(string entity) =>
        string.Join('_', (entity ?? string.Empty).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + ".txt";

    /// <summary>
    /// Parses a timeline file: the first non-empty line names the entity; each further line is
    /// ORDINAL TAB ANCHOR TAB EVENT [TAB EVENT ...]. Lines that do not have that shape are skipped
    /// (total: any text gives a timeline, possibly empty).
    /// </summary>
    public static SemEvalTimeline Parse(string text)
    {
        var lines = (text ?? string.Empty).Split('\n');
        string? entity = null;
        var parsed = new List<SemEvalTimelineLine>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (entity is null)
            {
                entity = line.Trim();
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 3 || !int.TryParse(fields[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var order))
            {
                continue;
            }

            var events = fields.Skip(2).Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
            if (events.Count > 0)
            {
                parsed.Add(new SemEvalTimelineLine(order, fields[1].Trim(), events));
            }
        }

        return new SemEvalTimeline(entity ?? string.Empty, parsed);
    }

    /// <summary>Every timeline file (*.txt) of a folder, by entity, in file-name order.</summary>
    public static IReadOnlyList<SemEvalTimeline> LoadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(File.ReadAllText(path)))
            .Where(t => t.Entity.Length > 0)
            .ToList();
}
