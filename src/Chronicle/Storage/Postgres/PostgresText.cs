using Chronicle.Model;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// PostgreSQL's text type holds no NUL character and only well-formed UTF-8: an article with either in
/// any field is refused on its own (like any invalid article) instead of failing its whole batch.
/// </summary>
internal static class PostgresText
{
    public static string? Problem(Article article)
    {
        var fields = new[]
        {
            article.Id, article.Origin, article.Title, article.Outlet, article.Author, article.Url, article.Text,
            article.Published.EvidenceText, article.Published.EvidenceSource,
        }
        .Concat(article.Warnings)
        .Concat(article.Removed.SelectMany(r => new[] { r.Text, r.Reason }))
        .Concat(article.Layers.SelectMany(l => new[] { l.Key, l.Value }));
        return fields.All(CanHold) ? null : "a field holds a NUL character or a lone UTF-16 surrogate, which PostgreSQL text cannot store";
    }

    public static bool CanHold(string? value)
    {
        if (value is null)
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
