using Chronicle.Evaluation.Ner;
using Chronicle.Model;
using Chronicle.Segmentation;

namespace Chronicle.Entities.Ner;

/// <summary>
/// Turns stand-off annotated articles into tagged training documents, segmented as the pipeline
/// segments them at run time, so the tagger learns on the sentence and token boundaries it will see.
/// A token is inside a name when it lies wholly within the name's span; a name the segmenter splits
/// across sentences opens again (B-) in the next one. Types other than PER, ORG and LOC (MISC) are O.
/// </summary>
public static class StandoffNerCorpus
{
    private static readonly HashSet<string> KeptTypes = ["PER", "ORG", "LOC"];

    public static IReadOnlyList<NerDocument> ToNerDocuments(IEnumerable<StandoffNerDocument> articles) =>
        articles.Select(ToNerDocument).ToList();

    public static NerDocument ToNerDocument(StandoffNerDocument article)
    {
        var names = article.Gold.Where(g => KeptTypes.Contains(g.Label)).OrderBy(g => g.Span.Start).ToArray();
        var sentences = new List<NerSentence>();
        var next = 0;
        foreach (var sentence in Segmenter.Default.Segment(article.Text, []))
        {
            var words = new string[sentence.Tokens.Count];
            var tags = new string[sentence.Tokens.Count];
            (Span Span, string Label)? previous = null;
            for (var i = 0; i < words.Length; i++)
            {
                var token = sentence.Tokens[i].Span;
                words[i] = article.Text[token.Start..token.End];
                while (next < names.Length && names[next].Span.End <= token.Start)
                {
                    next++;
                }

                var inside = next < names.Length && names[next].Span.Start <= token.Start && token.End <= names[next].Span.End;
                tags[i] = !inside ? "O" : (previous == names[next] ? "I-" : "B-") + names[next].Label;
                previous = inside ? names[next] : null;
            }

            sentences.Add(new NerSentence(words, tags));
        }

        return new NerDocument(article.Path, sentences);
    }
}
