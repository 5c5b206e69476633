using Chronicle.Model;

namespace Chronicle.Reading;

/// <summary>What reading produced for one article: exactly one of an article or an error.</summary>
public sealed record ReadResult
{
    private ReadResult(RawArticle? article, ReadError? error)
    {
        Article = article;
        Error = error;
    }

    public RawArticle? Article { get; }

    public ReadError? Error { get; }

    public bool IsOk => Article is not null;

    public static ReadResult Ok(RawArticle article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    public static ReadResult Fail(ReadError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));

    public static ReadResult Fail(string origin, int? line, string message) => new(null, new ReadError(origin, line, message));

    public override string ToString() => Article is { } article ? $"{article.Location}: {article.Format} article" : Error!.ToString();
}
