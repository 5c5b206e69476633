namespace Chronicle.Evaluation.Timex;

/// <summary>
/// The gold documents of a folder, in either format it may hold: TimeML (.tml files, TempEval-3 and
/// TBAQ-cleaned) or, when it has no .tml file, CAT XML (.xml files whose root is a Document, as in
/// NewsReader MEANTIME).
/// </summary>
public static class TimexCorpus
{
    /// <summary>
    /// The documents of the part, by path order. TimeML files follow <see cref="TimexSplit.Files"/>. A CAT
    /// corpus is not split: Test and All take every document, Dev none (as for any unlisted TimeML corpus).
    /// A CAT document whose file name was already read in another subfolder is skipped (MEANTIME ships
    /// the same articles twice, intra-doc_annotation and intra_cross-doc_annotation, with the same TIMEX3s):
    /// the first by path order counts.
    /// </summary>
    public static IReadOnlyList<(string Path, TimeMlDocument Doc)> Load(string folder, CorpusPart part)
    {
        var tml = TimexSplit.Files(folder, part);
        if (tml.Count > 0 || Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Any())
        {
            return tml.Select(f => (f, TimeMlDocument.Load(f))).ToList();
        }

        return part == CorpusPart.Dev ? [] : CatFiles(folder).Select(f => (f, CatTimexDocument.Load(f))).ToList();
    }

    /// <summary>The CAT documents of a folder (recursively), by path order, one per file name.</summary>
    public static IReadOnlyList<string> CatFiles(string folder)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Where(f => CatTimexDocument.IsCat(f) && seen.Add(Path.GetFileName(f)))
            .ToList();
    }
}
