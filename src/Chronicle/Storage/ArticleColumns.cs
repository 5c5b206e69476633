using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>The SQL type family of an articles column; each store maps it to its own type.</summary>
internal enum ColumnKind
{
    Text,
    Date,
    Integer,
}

/// <summary>One column of the articles table and how an article fills it.</summary>
internal sealed record ArticleColumn(string Name, ColumnKind Kind, Func<Article, object?> Value);

/// <summary>
/// The articles table's columns in one list, so that both stores write an article the same way (SQLite
/// one row per command, PostgreSQL one array per column for a whole batch).
/// </summary>
internal static class ArticleColumns
{
    public static IReadOnlyList<ArticleColumn> All { get; } =
    [
        new("id", ColumnKind.Text, a => a.Id),
        new("origin", ColumnKind.Text, a => a.Origin),
        new("format", ColumnKind.Text, a => a.Format.ToString()),
        new("title", ColumnKind.Text, a => a.Title),
        new("outlet", ColumnKind.Text, a => a.Outlet),
        new("author", ColumnKind.Text, a => a.Author),
        new("url", ColumnKind.Text, a => a.Url),
        new("text", ColumnKind.Text, a => a.Text),
        new("published", ColumnKind.Date, a => a.Published.Date),
        new("published_evidence", ColumnKind.Text, a => StoredValues.EvidenceName(a.Published.Evidence)),
        new("published_earliest", ColumnKind.Date, a => a.Published.Earliest),
        new("published_latest", ColumnKind.Date, a => a.Published.Latest),
        new("evidence_text", ColumnKind.Text, a => a.Published.EvidenceText),
        new("evidence_source", ColumnKind.Text, a => a.Published.EvidenceSource),
        new("zones", ColumnKind.Text, a => StoredJson.Zones(a.Zones)),
        new("removed", ColumnKind.Text, a => StoredJson.Removed(a.Removed)),
        new("warnings", ColumnKind.Text, a => StoredJson.Strings(a.Warnings)),
        new("sentence_count", ColumnKind.Integer, a => a.Sentences.Count),
    ];

    /// <summary>The column names, comma-separated, for an INSERT.</summary>
    public static string Names { get; } = string.Join(", ", All.Select(c => c.Name));

    /// <summary>One parameter name per column (@c0, @c1...).</summary>
    public static string[] Parameters { get; } = All.Select((_, n) => "@c" + n).ToArray();
}
