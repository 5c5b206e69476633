using System.Globalization;
using Chronicle.Evaluation.Timex;
using Chronicle.Model;

namespace Chronicle.Evaluation.Ner;

/// <summary>One article of a stand-off NER gold: its text, read from the data folder, and its gold spans.</summary>
public sealed record StandoffNerDocument(string Path, CorpusPart Part, string Text, IReadOnlyList<(Span Span, string Label)> Gold);

/// <summary>
/// Reads NER gold kept apart from the texts it annotates, for articles whose licence lets us read them
/// but not ship them. The gold names each article by its path under a data folder and gives character
/// spans into its text, with the surface each span must cover, so a changed or different text is found
/// at once instead of scoring against shifted spans.
/// <code>
/// @doc&lt;TAB&gt;dev|test|train&lt;TAB&gt;text|timeml&lt;TAB&gt;relative/path
/// start&lt;TAB&gt;end&lt;TAB&gt;PER|ORG|LOC|MISC&lt;TAB&gt;surface
/// </code>
/// A "text" article is the file as it is; a "timeml" article is the plain text of its TEXT element, as
/// <see cref="TimeMlDocument"/> reads it. Each article belongs to the part rules may be developed on
/// (dev), to the part held apart for reporting (test) or to a training corpus (train). Blank lines and lines starting with '#' are comments.
/// </summary>
public static class StandoffNerGold
{
    /// <summary>The news gold that ships with the library (articles of ../shared/data).</summary>
    public const string NewsResource = "Evaluation/Ner/Resources/news-ner-gold.tsv";

    /// <summary>The news articles annotated for training, none of them in the gold.</summary>
    public const string NewsTrainingResource = "Entities/Ner/Resources/news-ner-train.tsv";

    /// <summary>BBC articles annotated once, for evaluation and rule tuning only (all dev), none of them in the gold.</summary>
    public const string NewsBbcResource = "Evaluation/Ner/Resources/news-ner-bbc.tsv";

    private static readonly string[] Labels = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>Reads the shipped news gold against the data folder that holds its articles.</summary>
    public static IReadOnlyList<StandoffNerDocument> LoadNews(string dataRoot) => Load(NewsResource, dataRoot);

    /// <summary>Reads the shipped news training annotation against the data folder that holds its articles.</summary>
    public static IReadOnlyList<StandoffNerDocument> LoadNewsTraining(string dataRoot) => Load(NewsTrainingResource, dataRoot);

    /// <summary>The articles a shipped stand-off file names, by path, without reading them.</summary>
    public static IReadOnlyList<string> ArticlePaths(string resource) =>
        Resources.ResourceFiles.ReadDataLines(resource)
            .Where(line => line.StartsWith("@doc\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t')[^1])
            .ToList();

    /// <summary>Reads a shipped stand-off file (one of the resource names above) against the data folder that holds its articles.</summary>
    public static IReadOnlyList<StandoffNerDocument> Load(string resource, string dataRoot)
    {
        using var reader = new StreamReader(Resources.ResourceFiles.Open(resource));
        return Read(ReadLines(reader), resource, dataRoot);
    }

    /// <summary>
    /// Reads a gold file's lines (named <paramref name="goldName"/> in errors) and the texts they point
    /// to under <paramref name="dataRoot"/>. A malformed line, a missing text or a span whose text is not
    /// its surface throws <see cref="InvalidDataException"/> naming the gold line and the text file.
    /// </summary>
    public static IReadOnlyList<StandoffNerDocument> Read(IEnumerable<string> lines, string goldName, string dataRoot)
    {
        var documents = new List<StandoffNerDocument>();
        string? path = null;
        var part = CorpusPart.Dev;
        string text = "";
        var gold = new List<(Span, string)>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields[0] == "@doc")
            {
                if (fields.Length != 4 || fields[1] is not ("dev" or "test" or "train") || fields[2] is not ("text" or "timeml"))
                {
                    throw new InvalidDataException($"{goldName}:{number}: a document line is \"@doc<TAB>dev|test|train<TAB>text|timeml<TAB>path\", not \"{line}\".");
                }

                if (path is not null)
                {
                    documents.Add(new StandoffNerDocument(path, part, text, gold.ToArray()));
                    gold.Clear();
                }

                path = fields[3];
                part = fields[1] switch { "test" => CorpusPart.Test, "train" => CorpusPart.Train, _ => CorpusPart.Dev };
                text = ReadText(System.IO.Path.Combine(dataRoot, path), fields[2], goldName, number);
                continue;
            }

            if (path is null)
            {
                throw new InvalidDataException($"{goldName}:{number}: a span comes before any \"@doc\" line.");
            }

            gold.Add(ParseSpan(fields, text, path, goldName, number));
        }

        if (path is not null)
        {
            documents.Add(new StandoffNerDocument(path, part, text, gold.ToArray()));
        }

        return documents;
    }

    private static (Span, string) ParseSpan(string[] fields, string text, string path, string goldName, int number)
    {
        if (fields.Length != 4
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || !Labels.Contains(fields[2]))
        {
            throw new InvalidDataException($"{goldName}:{number}: a span line is \"start<TAB>end<TAB>PER|ORG|LOC|MISC<TAB>surface\", not \"{string.Join('\t', fields)}\".");
        }

        if (end <= start || end > text.Length || !text.AsSpan(start, end - start).SequenceEqual(fields[3]))
        {
            var found = end > start && end <= text.Length ? $"\"{text[start..end]}\"" : $"nothing (the text has {text.Length} characters)";
            throw new InvalidDataException($"{goldName}:{number}: {path} has {found} at {start}-{end}, not \"{fields[3]}\"; the gold was made on another version of the text.");
        }

        return (new Span(start, end), fields[2]);
    }

    private static string ReadText(string file, string kind, string goldName, int number)
    {
        if (!File.Exists(file))
        {
            throw new InvalidDataException($"{goldName}:{number}: the article {file} does not exist; pass the data folder that holds it.");
        }

        return kind == "timeml" ? TimeMlDocument.Load(file).Text : File.ReadAllText(file);
    }

    private static IEnumerable<string> ReadLines(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
