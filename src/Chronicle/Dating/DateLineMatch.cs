namespace Chronicle.Dating;

/// <summary>What a line that states a date says about the page.</summary>
public enum DateLineKind
{
    /// <summary>A crawler's field written before the text: " date 2018-12-30 " (possibly followed by article text).</summary>
    CrawlerPrefix,

    /// <summary>"Published 16 February 2024", "Posted on ...", "First published ...".</summary>
    Published,

    /// <summary>"Updated 3:14 PM EST, March 2, 2021", "Last modified ...".</summary>
    Updated,

    /// <summary>A line that is only a date ("October 9, 2020"), as pages print under the headline.</summary>
    Dateline,
}

/// <summary>
/// A recognised date line. <see cref="PrefixLength"/> is how many characters of the line (from its
/// start, leading spaces included) are metadata: the whole line, or for a crawler prefix the prefix
/// with the spaces after it, leaving <see cref="Remainder"/> as the rest of the line.
/// </summary>
public sealed record DateLineMatch(DateLineKind Kind, DateOnly Date, string EvidenceText, int PrefixLength, string Remainder)
{
    public bool IsWholeLine => Remainder.Length == 0;

    /// <summary>The evidence-source name used in <see cref="Model.PublicationDate.EvidenceSource"/>.</summary>
    public string EvidenceSource => Kind switch
    {
        DateLineKind.CrawlerPrefix => "crawler-line",
        DateLineKind.Published => "published-line",
        DateLineKind.Updated => "updated-line",
        _ => "dateline",
    };
}
