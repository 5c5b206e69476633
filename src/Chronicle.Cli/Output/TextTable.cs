using System.Text;

namespace Chronicle.Cli.Output;

/// <summary>
/// A plain, deterministic text table (the same bytes whatever the terminal), with cells cut to a
/// column's maximum width so long titles do not wrap the whole table.
/// </summary>
public sealed class TextTable
{
    private readonly string[] headers;
    private readonly int[] maxWidths;
    private readonly List<string[]> rows = [];

    public TextTable(params (string Header, int MaxWidth)[] columns)
    {
        headers = columns.Select(c => c.Header).ToArray();
        maxWidths = columns.Select(c => c.MaxWidth).ToArray();
    }

    public void Add(params string?[] cells) =>
        rows.Add(cells.Select((c, i) => Fit(Flatten(c ?? ""), maxWidths[i])).ToArray());

    public string Render()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var builder = new StringBuilder();
        AppendRow(builder, headers, widths);
        AppendRow(builder, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            AppendRow(builder, row, widths);
        }

        return builder.ToString();
    }

    private static void AppendRow(StringBuilder builder, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            builder.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        builder.Append('\n');
    }

    private static string Flatten(string cell) => string.Join(' ', cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Fit(string cell, int max) => cell.Length <= max ? cell : string.Concat(cell.AsSpan(0, max - 1), "…");
}
