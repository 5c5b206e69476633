using Chronicle.Evaluation.Ner;
using Chronicle.Syntax;

namespace Chronicle.Entities.Ner;

/// <summary>A treebank sentence: its words and their universal part-of-speech tags.</summary>
public sealed record PosSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);

/// <summary>A treebank document (a "# newdoc id" block of a CoNLL-U file).</summary>
public sealed record PosDocument(string Id, IReadOnlyList<PosSentence> Sentences);

/// <summary>
/// Silver training data: treebank text in the test's domain (UD English-EWT train, web text) tagged
/// by a recogniser trained on the gold data, with the treebank's proper-noun tags fixing what the
/// recogniser cannot see. A mention with no proper noun in it is dropped (the treebank says it is no
/// name: "Unlike", "Today"), its edges are trimmed to proper nouns and grown over adjacent proper
/// nouns ("Shaikh" before "Abdullah al-Ani"), so names keep whole boundaries. Proper nouns the
/// recogniser left out stay O: they are mostly days, months, products and other names the gold
/// scheme does not count. Deterministic.
/// </summary>
public static class SilverCorpus
{
    /// <summary>Reads a CoNLL-U file into documents of (form, UPOS) sentences; multiword-token and empty-node lines are skipped.</summary>
    public static IReadOnlyList<PosDocument> ReadConllu(string path)
    {
        var documents = new List<(string Id, List<PosSentence> Sentences)>();
        var unnamed = Path.GetFileNameWithoutExtension(path) + "#0";
        foreach (var sentence in ConlluReader.ReadFile(path))
        {
            var id = sentence.Document ?? unnamed;
            if (documents.Count == 0 || documents[^1].Id != id)
            {
                documents.Add((id, []));
            }

            documents[^1].Sentences.Add(new PosSentence(sentence.Forms, sentence.Tags.Select(t => t.ToString()).ToArray()));
        }

        return documents.Select(d => new PosDocument(d.Id, d.Sentences)).ToList();
    }

    /// <summary>The documents tagged PER/ORG/LOC by <paramref name="recognizer"/>, corrected by the proper-noun tags.</summary>
    public static IReadOnlyList<NerDocument> Label(IReadOnlyList<PosDocument> documents, EntityRecognizer recognizer)
    {
        var result = new List<NerDocument>(documents.Count);
        foreach (var document in documents)
        {
            var plain = new NerDocument(document.Id, document.Sentences.Select(s => new NerSentence(s.Words, s.Words.Select(_ => "O").ToArray())).ToArray());
            var (text, sentences) = plain.ToText();
            var labels = document.Sentences.Select(s => new string[s.Words.Count]).ToArray();
            foreach (var row in labels)
            {
                Array.Fill(row, "O");
            }

            foreach (var mention in recognizer.Recognize(text, sentences))
            {
                if (NerEvaluation.GoldLabel(mention.Type) is not { } type)
                {
                    continue;
                }

                var s = SentenceOf(sentences, mention.Span.Start);
                if (s < 0)
                {
                    continue;
                }

                var tokens = sentences[s].Tokens;
                var first = -1;
                var last = -1;
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (tokens[i].Span.Start >= mention.Span.Start && tokens[i].Span.End <= mention.Span.End)
                    {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }

                if (first >= 0)
                {
                    Place(document.Sentences[s].Tags, labels[s], first, last, type);
                }
            }

            result.Add(new NerDocument(document.Id + "#silver", document.Sentences.Select((x, i) => new NerSentence(x.Words, labels[i])).ToArray()));
        }

        return result;
    }

    /// <summary>Trims the span to proper nouns, grows it over adjacent free proper nouns, and writes B-/I- labels; no proper noun: nothing.</summary>
    private static void Place(IReadOnlyList<string> pos, string[] labels, int first, int last, string type)
    {
        while (first <= last && pos[first] != "PROPN")
        {
            first++;
        }

        while (last >= first && pos[last] != "PROPN")
        {
            last--;
        }

        if (first > last)
        {
            return;
        }

        while (first > 0 && pos[first - 1] == "PROPN" && labels[first - 1] == "O")
        {
            first--;
        }

        while (last + 1 < labels.Length && pos[last + 1] == "PROPN" && labels[last + 1] == "O")
        {
            last++;
        }

        for (var i = first; i <= last; i++)
        {
            if (labels[i] != "O")
            {
                return;
            }
        }

        labels[first] = "B-" + type;
        for (var i = first + 1; i <= last; i++)
        {
            labels[i] = "I-" + type;
        }
    }

    private static int SentenceOf(IReadOnlyList<Model.Sentence> sentences, int offset)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            if (offset >= sentences[s].Span.Start && offset < sentences[s].Span.End)
            {
                return s;
            }
        }

        return -1;
    }
}
