using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>
/// Checks an article before it is written, so that bad data is refused one article at a time and never
/// costs the rest of its batch (or anything stored before): every span inside the text, sentences
/// indexed 0.. in order, known enum values, a sane id.
/// </summary>
public static class ArticleValidator
{
    public const int MaxIdLength = 128;

    /// <summary>Why the article cannot be stored, or null when it can.</summary>
    public static string? Problem(Article? article)
    {
        if (article is null)
        {
            return "the article is null";
        }

        if (string.IsNullOrEmpty(article.Id) || article.Id.Length > MaxIdLength || article.Id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "the id is empty, too long or contains spaces";
        }

        if (article.Origin is null || article.Text is null || article.Zones is null || article.Removed is null
            || article.Published is null || article.Sentences is null || article.Warnings is null)
        {
            return "a required field (origin, text, zones, removed, published, sentences, warnings) is null";
        }

        if (!Enum.IsDefined(article.Format))
        {
            return $"unknown format {(int)article.Format}";
        }

        var length = article.Text.Length;
        foreach (var zone in article.Zones)
        {
            if (zone is null || !Enum.IsDefined(zone.Kind) || !Inside(zone.Span, length))
            {
                return "a zone is null, of unknown kind or outside the text";
            }
        }

        if (article.Removed.Any(r => r is null || r.Text is null || r.Reason is null))
        {
            return "a removed-text entry is null or lacks its text or reason";
        }

        if (article.Warnings.Any(w => w is null))
        {
            return "a warning is null";
        }

        var published = article.Published;
        if (!Enum.IsDefined(published.Evidence)
            || (published.Earliest is { } earliest && published.Latest is { } latest && earliest > latest))
        {
            return "the publication date has an unknown evidence kind or an empty interval";
        }

        for (var n = 0; n < article.Sentences.Count; n++)
        {
            var sentence = article.Sentences[n];
            if (sentence is null || sentence.Tokens is null)
            {
                return $"sentence {n} is null";
            }

            if (sentence.Index != n)
            {
                return $"sentence {n} has index {sentence.Index}; indices must run 0, 1, 2...";
            }

            if (!Inside(sentence.Span, length))
            {
                return $"sentence {n} lies outside the text";
            }

            foreach (var token in sentence.Tokens)
            {
                if (!Inside(token.Span, length) || !Enum.IsDefined(token.Kind))
                {
                    return $"a token of sentence {n} lies outside the text or has an unknown kind";
                }
            }
        }

        return null;
    }

    private static bool Inside(Span span, int length) => span.Start >= 0 && span.Start <= span.End && span.End <= length;
}
