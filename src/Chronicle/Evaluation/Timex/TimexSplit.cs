using Chronicle.Resources;

namespace Chronicle.Evaluation.Timex;

/// <summary>Which part of a TimeML corpus an evaluation runs on.</summary>
public enum CorpusPart
{
    /// <summary>The part rules are developed on.</summary>
    Dev,

    /// <summary>The held-out part, for reporting only.</summary>
    Test,

    /// <summary>Every .tml file of the folder.</summary>
    All,

    /// <summary>The part models learn from (stand-off NER training articles; TBAQ has none).</summary>
    Train,
}

/// <summary>
/// The fixed dev/test split of TBAQ-cleaned (TimeBank + AQUAINT), made once: a file is test when the
/// FNV-1a hash of its file name is divisible by 5, else dev (204 dev, 52 test). The list ships as
/// Evaluation/Timex/Resources/tbaq-split.txt so the split never drifts.
/// </summary>
public static class TimexSplit
{
    private static readonly Lazy<Dictionary<string, CorpusPart>> Parts = new(() =>
        ResourceFiles.ReadDataLines("Evaluation/Timex/Resources/tbaq-split.txt")
            .Select(line => line.Split('\t'))
            .ToDictionary(f => Path.GetFileName(f[1]), f => f[0] == "test" ? CorpusPart.Test : CorpusPart.Dev, StringComparer.Ordinal));

    /// <summary>The part of a file by the listed split; files not listed belong to neither (null).</summary>
    public static CorpusPart? PartOf(string fileName) => Parts.Value.TryGetValue(Path.GetFileName(fileName), out var part) ? part : null;

    /// <summary>The split's rule itself, for corpora other than the listed one.</summary>
    public static CorpusPart PartByHash(string fileName)
    {
        var h = 0x811c9dc5u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(fileName)))
        {
            h = (h ^ b) * 0x01000193u;
        }

        return h % 5 == 0 ? CorpusPart.Test : CorpusPart.Dev;
    }

    /// <summary>
    /// The .tml files of a folder (recursively) in the given part, by path order. Files the split does
    /// not list (another corpus) are all taken for Test and All, none for Dev.
    /// </summary>
    public static IReadOnlyList<string> Files(string folder, CorpusPart part) =>
        Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Where(f => part == CorpusPart.All || (PartOf(f) ?? CorpusPart.Test) == part)
            .ToList();
}
