namespace Chronicle.Syntax;

/// <summary>One CoNLL-U sentence: the syntactic words' forms, lemmas and UPOS tags, and the document it is in ("# newdoc id", null before any).</summary>
public sealed record ConlluSentence(IReadOnlyList<string> Forms, IReadOnlyList<string> Lemmas, IReadOnlyList<UPos> Tags)
{
    public string? Document { get; init; }
}

/// <summary>Reads the integer-ID lines of a CoNLL-U file (multiword ranges and empty nodes skipped).</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        const string NewDocument = "# newdoc id =";
        var forms = new List<string>();
        var lemmas = new List<string>();
        var tags = new List<UPos>();
        string? document = null;
        while (true)
        {
            var line = reader.ReadLine()?.TrimEnd('\r');
            if (line is null || line.Length == 0)
            {
                if (forms.Count > 0)
                {
                    yield return new ConlluSentence(forms.ToArray(), lemmas.ToArray(), tags.ToArray()) { Document = document };
                    forms.Clear();
                    lemmas.Clear();
                    tags.Clear();
                }

                if (line is null)
                {
                    yield break;
                }

                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith(NewDocument, StringComparison.Ordinal))
                {
                    document = line[NewDocument.Length..].Trim();
                }

                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 4 || cols[0].Contains('-') || cols[0].Contains('.'))
            {
                continue;
            }

            forms.Add(cols[1]);
            lemmas.Add(cols[2]);
            tags.Add(Enum.TryParse<UPos>(cols[3], out var tag) ? tag : UPos.X);
        }
    }

    public static IReadOnlyList<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader).ToList();
    }
}
