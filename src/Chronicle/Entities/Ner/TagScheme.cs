namespace Chronicle.Entities.Ner;

/// <summary>
/// The label set the tagger decodes with. BIO (O, B-X, I-X) is what the recogniser reads; BILOU
/// adds L-X (last word of a name) and U-X (a one-word name), so the tagger learns where names end
/// and which words stand alone (Ratinov and Roth 2009), and is mapped back to BIO after decoding.
/// Immutable.
/// </summary>
public sealed class TagScheme
{
    private readonly bool[] allowed;
    private readonly bool[] allowedFirst;
    private readonly bool[] allowedLast;
    private readonly int[] toBio;
    private readonly int[][] predecessors;

    private TagScheme(string name, IReadOnlyList<string> labels)
    {
        Name = name;
        Labels = labels;
        var n = labels.Count;
        allowed = new bool[n * n];
        allowedFirst = new bool[n];
        allowedLast = new bool[n];
        toBio = new int[n];
        for (var l = 0; l < n; l++)
        {
            var (prefix, type) = Split(labels[l]);
            allowedFirst[l] = prefix is 'O' or 'B' or 'U';
            allowedLast[l] = name == "BIO" || prefix is 'O' or 'L' or 'U';
            toBio[l] = prefix switch
            {
                'B' or 'U' => NerLabels.IndexOf("B-" + type),
                'I' or 'L' => NerLabels.IndexOf("I-" + type),
                _ => 0,
            };
            for (var p = 0; p < n; p++)
            {
                var (previous, previousType) = Split(labels[p]);
                var open = previous is 'B' or 'I';
                allowed[p * n + l] = name == "BIO"
                    ? prefix != 'I' || (open && previousType == type)
                    : open ? prefix is 'I' or 'L' && previousType == type : prefix is 'O' or 'B' or 'U';
            }
        }

        predecessors = Enumerable.Range(0, n).Select(l => Enumerable.Range(0, n).Where(p => allowed[p * n + l]).ToArray()).ToArray();
    }

    public static TagScheme Bio { get; } = new("BIO", NerLabels.All);

    public static TagScheme Bilou { get; } = new("BILOU", ["O", "B-PER", "I-PER", "L-PER", "U-PER", "B-ORG", "I-ORG", "L-ORG", "U-ORG", "B-LOC", "I-LOC", "L-LOC", "U-LOC"]);

    public string Name { get; }

    public IReadOnlyList<string> Labels { get; }

    public int Count => Labels.Count;

    /// <summary>The scheme named (case-insensitive) "BIO" or "BILOU"; null otherwise.</summary>
    public static TagScheme? Named(string? name) =>
        string.Equals(name, "BIO", StringComparison.OrdinalIgnoreCase) ? Bio
        : string.Equals(name, "BILOU", StringComparison.OrdinalIgnoreCase) ? Bilou
        : null;

    /// <summary>The scheme whose labels these are, in order; null when none.</summary>
    public static TagScheme? Of(IReadOnlyList<string> labels) =>
        new[] { Bio, Bilou }.FirstOrDefault(s => s.Labels.SequenceEqual(labels, StringComparer.Ordinal));

    public bool Allowed(int previous, int label) => allowed[previous * Count + label];

    /// <summary>The labels that may precede <paramref name="label"/>, in ascending order.</summary>
    public ReadOnlySpan<int> Predecessors(int label) => predecessors[label];

    public bool AllowedFirst(int label) => allowedFirst[label];

    public bool AllowedLast(int label) => allowedLast[label];

    /// <summary>The BIO label (index into <see cref="NerLabels.All"/>) of a label of this scheme.</summary>
    public int ToBio(int label) => toBio[label];

    /// <summary>IOB2 tags as label indices of this scheme (other types: O).</summary>
    public int[] Encode(IReadOnlyList<string> tags)
    {
        var result = new int[tags.Count];
        foreach (var (start, length, type) in BioTags.Spans(tags))
        {
            if (!NerLabels.Types.Contains(type))
            {
                continue;
            }

            for (var i = start; i < start + length; i++)
            {
                var prefix = this == Bio
                    ? (i == start ? "B-" : "I-")
                    : length == 1 ? "U-" : i == start ? "B-" : i == start + length - 1 ? "L-" : "I-";
                result[i] = IndexOf(prefix + type);
            }
        }

        return result;
    }

    private int IndexOf(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
        {
            if (Labels[i] == label)
            {
                return i;
            }
        }

        return 0;
    }

    private static (char Prefix, string Type) Split(string label) =>
        label.Length > 2 && label[1] == '-' ? (label[0], label[2..]) : ('O', "");
}
