namespace Chronicle.Entities.Ner;

/// <summary>
/// What a treebank says about a word form (keyed by the hash of its lower-case form): how often it
/// is a proper noun, how often it is written in lower case, and how frequent it is, folded into one
/// class byte. It gives the tagger a prior for capitalised words it never saw in NER data.
/// </summary>
public sealed class WordLexicon
{
    public const byte Unknown = 255;

    private readonly Dictionary<ulong, byte> classes;

    public WordLexicon(IReadOnlyDictionary<ulong, byte> classes)
    {
        this.classes = new Dictionary<ulong, byte>(classes);
    }

    public static WordLexicon Empty { get; } = new(new Dictionary<ulong, byte>());

    public int Count => classes.Count;

    public byte ClassOf(ulong lowerHash) => classes.TryGetValue(lowerHash, out var c) ? c : Unknown;

    /// <summary>The entries in hash order, for writing the model file.</summary>
    public IEnumerable<KeyValuePair<ulong, byte>> Entries => classes.OrderBy(e => e.Key);

    /// <summary>Folds counts into the class byte: proper-noun share (4 levels) x lower-case share (3) x frequency (3).</summary>
    public static byte Classify(int total, int properNoun, int lowerCase)
    {
        var propn = properNoun == 0 ? 0 : properNoun * 10 < total * 3 ? 1 : properNoun * 10 < total * 7 ? 2 : 3;
        var lower = lowerCase == 0 ? 0 : lowerCase * 2 < total ? 1 : 2;
        var frequency = total <= 1 ? 0 : total < 10 ? 1 : 2;
        return (byte)((propn * 3 + lower) * 3 + frequency);
    }

    /// <summary>Builds the lexicon from CoNLL-U files (UPOS in column 4).</summary>
    public static WordLexicon FromConllu(IEnumerable<string> paths)
    {
        var counts = new Dictionary<ulong, (int Total, int Propn, int Lower)>();
        foreach (var path in paths)
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var columns = line.Split('\t');
                if (columns.Length < 4 || columns[0].Contains('-') || columns[0].Contains('.'))
                {
                    continue;
                }

                var form = columns[1];
                var key = FeatureHash.Lower(form);
                var (total, propn, lower) = counts.GetValueOrDefault(key);
                var isLower = form.Any(char.IsLetter) && !form.Any(char.IsUpper);
                counts[key] = (total + 1, propn + (columns[3] == "PROPN" ? 1 : 0), lower + (isLower ? 1 : 0));
            }
        }

        return new WordLexicon(counts.ToDictionary(e => e.Key, e => Classify(e.Value.Total, e.Value.Propn, e.Value.Lower)));
    }
}
