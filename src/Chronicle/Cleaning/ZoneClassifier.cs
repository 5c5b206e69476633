using Chronicle.Model;

namespace Chronicle.Cleaning;

/// <summary>
/// Says what part of the article each kept line is: headline, caption, standfirst (a sentence above
/// the body), subheading (a short line without final punctuation), a dateline stub, or body.
/// </summary>
internal static class ZoneClassifier
{
    /// <summary>A subheading is a short line; a longer unpunctuated line is still body text.</summary>
    private const int MaxSubheadingWords = 15;

    /// <summary>Above the body, an unpunctuated line of this many words after the headline describes a picture.</summary>
    private const int MinDescriptionWords = 6;

    private const int MaxDatelineWords = 8;

    public static ZoneKind Classify(LineTable table, int i)
    {
        var shape = table.Shapes[i];
        if (i == table.Headline)
        {
            return ZoneKind.Headline;
        }

        if (table.IsCaption(i))
        {
            return ZoneKind.Caption;
        }

        if (IsDatelineStub(shape))
        {
            return ZoneKind.Dateline;
        }

        if (i < table.BodyStart)
        {
            if (shape.EndsSentence)
            {
                return ZoneKind.Standfirst;
            }

            return table.Headline >= 0 && i > table.Headline && shape.Words >= MinDescriptionWords
                ? ZoneKind.Caption
                : ZoneKind.Subheading;
        }

        return !shape.EndsSentence && shape.Words <= MaxSubheadingWords ? ZoneKind.Subheading : ZoneKind.Body;
    }

    /// <summary>"WASHINGTON —", "LAGOS, March 3 (Reuters) -": a place and agency line ending with a dash.</summary>
    private static bool IsDatelineStub(LineShape shape)
    {
        var content = shape.Content;
        return shape.Words <= MaxDatelineWords && content.Length > 2
            && content[^1] is '—' or '–' or '-' && char.IsWhiteSpace(content[^2])
            && char.IsUpper(content[0]);
    }
}
