namespace Chronicle.Cleaning;

/// <summary>
/// The input lines with their shapes and what the cleaner has decided about each so far: removed
/// (and why), caption, headline. The working state of one <see cref="ArticleCleaner.Clean"/> call.
/// </summary>
internal sealed class LineTable
{
    public LineTable(IReadOnlyList<string> rawLines)
    {
        Shapes = new LineShape[rawLines.Count];
        for (var i = 0; i < rawLines.Count; i++)
        {
            Shapes[i] = LineShape.Create(i + 1, rawLines[i]);
        }

        Reasons = new string?[Shapes.Length];
        CaptionDescription = new int[Shapes.Length];
        Array.Fill(CaptionDescription, -1);
        PhraseReasons = new string?[Shapes.Length];
        Prefixes = new string?[Shapes.Length];
        PrefixLabels = new string?[Shapes.Length];
        MeasureBlankLines();
    }

    public LineShape[] Shapes { get; }

    public int Count => Shapes.Length;

    /// <summary>Why each line was removed; null while it is kept.</summary>
    public string?[] Reasons { get; }

    /// <summary>For a caption line, the length of its description before the credit; -1 otherwise.</summary>
    public int[] CaptionDescription { get; }

    /// <summary>A furniture phrase the line contains (decided on later, by where the line stands).</summary>
    public string?[] PhraseReasons { get; }

    /// <summary>The crawler prefix cut from each line, as it was; null where none was cut.</summary>
    public string?[] Prefixes { get; }

    /// <summary>A trailing section label removed with a line's crawler prefix ("WORLD").</summary>
    public string?[] PrefixLabels { get; }

    public int Headline { get; set; } = -1;

    /// <summary>Index of the first line of the article body (two body paragraphs in a row), or Count.</summary>
    public int BodyStart { get; set; }

    /// <summary>Index of the last body paragraph, or -1.</summary>
    public int LastBody { get; set; } = -1;

    public bool IsKept(int i) => !Shapes[i].IsBlank && Reasons[i] is null;

    public bool IsCaption(int i) => CaptionDescription[i] >= 0;

    public void Remove(int i, string reason)
    {
        if (Reasons[i] is null && !Shapes[i].IsBlank)
        {
            Reasons[i] = reason;
        }
    }

    /// <summary>
    /// How far the neighbour searches look: the rules ask about a line's near neighbours, and the
    /// bound keeps a page of thousands of removed lines linear.
    /// </summary>
    private const int NeighbourReach = 64;

    /// <summary>The next kept line after i (within reach), or -1.</summary>
    public int NextKept(int i)
    {
        for (var j = i + 1; j < Count && j <= i + NeighbourReach; j++)
        {
            if (IsKept(j))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The kept line before i (within reach), or -1.</summary>
    public int PreviousKept(int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - NeighbourReach; j--)
        {
            if (IsKept(j))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Inside the article body: at or after its first paragraph and not after its last.</summary>
    public bool InBodyCore(int i) => i >= BodyStart && i <= LastBody;

    /// <summary>Replaces a line's shape (after a prefix was cut from it), keeping its blank-line counts.</summary>
    public void Reshape(int i, string rest)
    {
        var shape = LineShape.Create(i + 1, rest);
        shape.BlankBefore = Shapes[i].BlankBefore;
        shape.BlankAfter = Shapes[i].BlankAfter;
        Shapes[i] = shape;
    }

    private void MeasureBlankLines()
    {
        var blanks = 0;
        for (var i = 0; i < Count; i++)
        {
            if (Shapes[i].IsBlank)
            {
                blanks++;
                continue;
            }

            Shapes[i].BlankBefore = blanks;
            blanks = 0;
        }

        blanks = 0;
        for (var i = Count - 1; i >= 0; i--)
        {
            if (Shapes[i].IsBlank)
            {
                blanks++;
                continue;
            }

            Shapes[i].BlankAfter = blanks;
            blanks = 0;
        }
    }
}
