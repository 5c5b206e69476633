namespace Chronicle.Cleaning;

/// <summary>The machine-readable reasons the cleaner records on <see cref="Model.RemovedText"/>.</summary>
public static class RemovalReasons
{
    public const string Navigation = "navigation";
    public const string Breadcrumb = "breadcrumb";
    public const string ShareWidget = "share-widget";
    public const string ReadTime = "read-time";
    public const string ReadMore = "read-more";
    public const string RelatedHeadline = "related-headline";
    public const string RelatedHeadlinesList = "related-headlines-list";
    public const string CommentCounter = "comment-counter";
    public const string RepeatedHeadline = "repeated-headline";
    public const string PhotoCredit = "photo-credit";
    public const string Metadata = "metadata";
    public const string SectionLabel = "section-label";
    public const string SourceLine = "source-line";
    public const string Byline = "byline";
    public const string EmptyBullet = "empty-bullet";
}
