namespace Chronicle.Entities.Ner;

/// <summary>The BIO labels the tagger predicts and which label may follow which.</summary>
public static class NerLabels
{
    public static IReadOnlyList<string> All { get; } = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    public const int Count = 7;

    /// <summary>The entity types, in label order (label 1+2k is B-, 2+2k is I-).</summary>
    public static IReadOnlyList<string> Types { get; } = ["PER", "ORG", "LOC"];

    public static int IndexOf(string tag)
    {
        for (var i = 0; i < Count; i++)
        {
            if (All[i] == tag)
            {
                return i;
            }
        }

        return 0;
    }

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    public static bool IsBegin(int label) => label % 2 == 1;

    /// <summary>0 PER, 1 ORG, 2 LOC; -1 for O.</summary>
    public static int TypeOf(int label) => label == 0 ? -1 : (label - 1) / 2;

    /// <summary>I-X may only follow B-X or I-X (IOB2).</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous > 0 && TypeOf(previous) == TypeOf(label));

    public static bool AllowedFirst(int label) => !IsInside(label);
}
