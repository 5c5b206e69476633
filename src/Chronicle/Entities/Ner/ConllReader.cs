namespace Chronicle.Entities.Ner;

/// <summary>
/// Reads NER files in the CoNLL family: UNER's IOB2 ("ID FORM TAG - ANNOTATOR", tab-separated, with
/// "# newdoc id" comments) and plain CoNLL ("FORM ... TAG", "-DOCSTART-" between documents), in IOB1
/// or IOB2; tags come back as IOB2. Malformed lines are skipped, never thrown on.
/// </summary>
public static class ConllReader
{
    public static IReadOnlyList<NerDocument> ReadFile(string path) => Read(File.ReadLines(path), Path.GetFileNameWithoutExtension(path));

    public static IReadOnlyList<NerDocument> ReadText(string content, string name = "text") =>
        Read(content.Split('\n'), name);

    public static IReadOnlyList<NerDocument> Read(IEnumerable<string> lines, string name)
    {
        var documents = new List<NerDocument>();
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var documentId = name + "#0";

        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(new NerSentence(words.ToArray(), BioTags.ToIob2(tags)));
                words.Clear();
                tags.Clear();
            }
        }

        void EndDocument(string nextId)
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new NerDocument(documentId, sentences.ToArray()));
                sentences.Clear();
            }

            documentId = nextId;
        }

        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                EndSentence();
                continue;
            }

            if (line.StartsWith('#'))
            {
                const string NewDoc = "# newdoc id =";
                if (line.StartsWith(NewDoc, StringComparison.Ordinal))
                {
                    EndDocument(line[NewDoc.Length..].Trim());
                }

                continue;
            }

            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndDocument(name + "#" + (documents.Count + 1));
                continue;
            }

            string word;
            string tag;
            var columns = line.Split('\t');
            if (columns.Length >= 3 && IsNumber(columns[0]))
            {
                word = columns[1];
                tag = columns[2];
            }
            else
            {
                var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2)
                {
                    continue;
                }

                word = parts[0];
                tag = parts[^1];
            }

            words.Add(word);
            tags.Add(tag);
        }

        EndDocument("");
        return documents;
    }

    private static bool IsNumber(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
