namespace Chronicle.Cleaning;

/// <summary>
/// Scores how much a line standing alone inside the body looks like an inserted link to another
/// article: Title Case over several words, no final punctuation, extra blank lines around it, body
/// paragraphs on both sides. A sentence-case short line in the same place is a subheading and scores low.
/// </summary>
internal sealed class RelatedHeadlineScorer(CleaningLexicon lexicon)
{
    private const double Threshold = 4.5;

    private const double TitleCase = 2.0;
    private const double Long = 1.0;
    private const double NoFinalPunctuation = 1.0;
    private const double FinalPunctuation = -2.0;
    private const double ExtraBlankLines = 1.5;
    private const double BetweenParagraphs = 1.0;
    private const double SentenceCase = -3.0;

    private const int MinWords = 4;
    private const int LongWords = 7;
    private const int MaxWords = 25;
    private const double TitleCaseShare = 0.75;
    private const double SentenceCaseShare = 0.5;

    public void Apply(LineTable table)
    {
        for (var i = table.BodyStart + 1; i < table.LastBody; i++)
        {
            if (!table.IsKept(i) || table.IsCaption(i))
            {
                continue;
            }

            var shape = table.Shapes[i];
            if (shape.Words < MinWords || shape.Words > MaxWords)
            {
                continue;
            }

            if (Score(table, i) >= Threshold)
            {
                table.Remove(i, RemovalReasons.RelatedHeadline);
            }
        }
    }

    private double Score(LineTable table, int i)
    {
        var shape = table.Shapes[i];
        var share = shape.TitleShare(lexicon);
        var score = 0.0;
        if (share >= TitleCaseShare)
        {
            score += TitleCase;
        }
        else if (share < SentenceCaseShare)
        {
            score += SentenceCase;
        }

        if (shape.Words >= LongWords)
        {
            score += Long;
        }

        score += shape.EndsSentence ? FinalPunctuation : NoFinalPunctuation;

        if (shape.BlankBefore >= 2 || shape.BlankAfter >= 2)
        {
            score += ExtraBlankLines;
        }

        var previous = table.PreviousKept(i);
        var next = table.NextKept(i);
        if (previous >= 0 && next >= 0 && BodyLayout.IsParagraph(table, previous) && BodyLayout.IsParagraph(table, next))
        {
            score += BetweenParagraphs;
        }

        return score;
    }
}
