using System.Globalization;

namespace Chronicle.Corpus;

/// <summary>
/// The name a document goes by inside fusion: a string whose ordinal order is the timeline's document
/// order (dated before undated, then date, origin, id) and which, unlike "d7", does not change when
/// other articles are added. Fusion processes documents in this order; the timeline prints d1.. instead.
/// </summary>
public static class DocumentKeys
{
    private const char Separator = '\u0001';

    public static string Of(string articleId, string origin, DateOnly? published) =>
        string.Concat(
            published is { } date ? "0" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "1",
            Separator.ToString(),
            origin,
            Separator.ToString(),
            articleId);

    /// <summary>The article id inside a key (the key itself when it is not one).</summary>
    public static string ArticleId(string key)
    {
        var at = key.LastIndexOf(Separator);
        return at < 0 ? key : key[(at + 1)..];
    }
}
