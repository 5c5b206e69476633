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
            builder.Append(cells[i]);
            if (i < cells.Length - 1)
            {
                builder.Append(' ', widths[i] + 2 - cells[i].Length);
            }
        }

        builder.Append('\n');
    }

    /// <summary>The cell's words joined by single spaces; most cells are so already and are kept as they are (a large timeline's table has a hundred thousand).</summary>
    private static string Flatten(string cell) =>
        IsFlat(cell) ? cell : string.Join(' ', cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsFlat(string cell)
    {
        for (var i = 0; i < cell.Length; i++)
        {
            if (char.IsWhiteSpace(cell[i]) && (cell[i] != ' ' || i == 0 || i == cell.Length - 1 || cell[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static string Fit(string cell, int max) => cell.Length <= max ? cell : string.Concat(cell.AsSpan(0, max - 1), "…");
}
