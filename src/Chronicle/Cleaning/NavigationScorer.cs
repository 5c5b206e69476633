namespace Chronicle.Cleaning;

/// <summary>
/// Scores how much a kept line looks like a menu or navigation item, from its features: short,
/// bulleted, a menu word or section name, no sentence punctuation, outside the body, in a run of
/// short lines. A line whose score reaches the threshold is navigation.
/// </summary>
internal sealed class NavigationScorer(CleaningLexicon lexicon)
{
    private const double Threshold = 3.0;

    private const double ShortBullet = 2.0;
    private const double MenuWord = 2.0;
    private const double ShortWithoutPunctuation = 1.0;
    private const double OutsideBody = 1.5;
    private const double InShortLineRun = 1.5;
    private const double SentenceEnd = -2.0;
    private const double BetweenBodyParagraphs = -1.5;

    /// <summary>A menu item has at most this many words.</summary>
    private const int MaxItemWords = 3;

    /// <summary>Lines in a menu run have at most this many words.</summary>
    private const int MaxRunLineWords = 4;

    /// <summary>A run of this many adjacent short lines is a menu.</summary>
    private const int MinRunLength = 3;

    public void Apply(LineTable table)
    {
        var runLengths = MeasureShortRuns(table);
        for (var i = 0; i < table.Count; i++)
        {
            if (!table.IsKept(i) || table.IsCaption(i) || i == table.Headline)
            {
                continue;
            }

            if (Score(table, i, runLengths[i]) >= Threshold)
            {
                table.Remove(i, lexicon.SocialNetworks.Contains(table.Shapes[i].Key) ? RemovalReasons.ShareWidget : RemovalReasons.Navigation);
            }
        }
    }

    private double Score(LineTable table, int i, int runLength)
    {
        var shape = table.Shapes[i];
        var score = 0.0;
        var isShort = shape.Words <= MaxItemWords;
        if (shape.IsBullet && isShort)
        {
            score += ShortBullet;
        }

        if (lexicon.NavigationWords.Contains(shape.Key) || lexicon.SocialNetworks.Contains(shape.Key))
        {
            score += MenuWord;
        }

        if (isShort && !shape.EndsSentence)
        {
            score += ShortWithoutPunctuation;
        }

        if (!table.InBodyCore(i))
        {
            score += OutsideBody;
        }
        else if (IsBetweenParagraphs(table, i))
        {
            score += BetweenBodyParagraphs;
        }

        if (runLength >= MinRunLength)
        {
            score += InShortLineRun;
        }

        if (shape.EndsSentence)
        {
            score += SentenceEnd;
        }

        return score;
    }

    private static bool IsBetweenParagraphs(LineTable table, int i)
    {
        var previous = table.PreviousKept(i);
        var next = table.NextKept(i);
        return previous >= 0 && next >= 0 && BodyLayout.IsParagraph(table, previous) && BodyLayout.IsParagraph(table, next);
    }

    /// <summary>For each line, the length of the run of adjacent (no blank line between) short non-sentence lines it is in.</summary>
    private static int[] MeasureShortRuns(LineTable table)
    {
        var lengths = new int[table.Count];
        var i = 0;
        while (i < table.Count)
        {
            if (!IsRunLine(table.Shapes[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < table.Count && IsRunLine(table.Shapes[end]))
            {
                end++;
            }

            for (var j = i; j < end; j++)
            {
                lengths[j] = end - i;
            }

            i = end;
        }

        return lengths;
    }

    private static bool IsRunLine(LineShape shape) =>
        !shape.IsBlank && shape.Words <= MaxRunLineWords && !shape.EndsSentence;
}
