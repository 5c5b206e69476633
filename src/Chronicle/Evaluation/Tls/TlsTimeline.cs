using System.Globalization;

namespace Chronicle.Evaluation.Tls;

/// <summary>One dated entry of a summary timeline: the day and its summary sentences.</summary>
public sealed record TlsEntry(DateOnly Date, IReadOnlyList<string> Sentences);

/// <summary>
/// A timeline summary (a gold timeline of a TLS data set, or a system's): dated entries in date order.
/// <see cref="Problems"/> lists the lines a reader had to skip (a malformed date), so a defect in a
/// gold file is reported rather than silently scored.
/// </summary>
public sealed record TlsTimeline(string Name, IReadOnlyList<TlsEntry> Entries, IReadOnlyList<string> Problems)
{
    private const string BlockSeparator = "--------------------------------";

    public IEnumerable<DateOnly> Dates => Entries.Select(e => e.Date);

    /// <summary>The average number of summary sentences per date (the k of the standard TLS setup), at least 1.</summary>
    public int SentencesPerDate => Entries.Count == 0 ? 1 : Math.Max(1, (int)Math.Round(Entries.Average(e => e.Sentences.Count), MidpointRounding.AwayFromZero));

    /// <summary>
    /// Parses the tilse format: blocks separated by a line of 32 dashes, each a line YYYY-MM-DD then
    /// its summary sentences. <paramref name="dateFixes"/> replaces a date line verbatim before it is
    /// parsed (for a known defect of a data set, stated by the caller). A block whose date does not
    /// parse is skipped and listed in <see cref="Problems"/>; entries of one date are merged.
    /// </summary>
    public static TlsTimeline Parse(string name, string text, IReadOnlyDictionary<string, string>? dateFixes = null)
    {
        var entries = new SortedDictionary<DateOnly, List<string>>();
        var problems = new List<string>();
        var blocks = (text ?? string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal).Split(BlockSeparator);
        foreach (var block in blocks)
        {
            var lines = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var dateLine = dateFixes is not null && dateFixes.TryGetValue(lines[0], out var fixedLine) ? fixedLine : lines[0];
            if (!DateOnly.TryParseExact(dateLine, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add($"{name}: skipped a block whose date line reads \"{lines[0]}\"");
                continue;
            }

            if (!entries.TryGetValue(date, out var sentences))
            {
                entries[date] = sentences = [];
            }

            sentences.AddRange(lines.Skip(1));
        }

        return new TlsTimeline(name, entries.Select(e => new TlsEntry(e.Key, e.Value)).ToList(), problems);
    }
}
