using System.Diagnostics;
using Chronicle.Entities;
using Chronicle.Entities.Ner;
using Chronicle.Model;
using Chronicle.Segmentation;

namespace Chronicle.Evaluation.Ner;

/// <summary>
/// Scores the recogniser against PER/ORG/LOC gold in IOB1 or IOB2 (UNER or CoNLL files): exact
/// character span and type, micro-averaged. The stage's types map back to the gold scheme as
/// PERSON to PER, ORG to ORG, GPE, LOC and FACILITY to LOC; NORP is left out (the gold files tag
/// nationalities O or MISC), and so are gold MISC spans.
/// </summary>
public static class NerEvaluation
{
    public static IReadOnlyList<string> ScoredTypes { get; } = ["PER", "ORG", "LOC"];

    /// <summary>The gold label an entity type is scored as, or null when it is not scored.</summary>
    public static string? GoldLabel(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Org => "ORG",
        EntityType.Gpe or EntityType.Loc or EntityType.Facility => "LOC",
        _ => null,
    };

    public static NerScores Run(string iobPath, EntityRecognizer recognizer) =>
        Score(Path.GetFileName(iobPath), ConllReader.ReadFile(iobPath), recognizer);

    public static NerScores Score(string name, IEnumerable<NerDocument> documents, EntityRecognizer recognizer)
    {
        var prepared = documents.Select(d => (Document: d, Text: d.ToText())).ToList();
        var predicted = new List<IReadOnlyList<EntityMention>>(prepared.Count);
        var watch = Stopwatch.StartNew();
        foreach (var (_, (text, sentences)) in prepared)
        {
            predicted.Add(recognizer.Recognize(text, sentences));
        }

        watch.Stop();
        var gold = prepared.Select(p => GoldSpans(p.Document, p.Text.Text, p.Text.Sentences)).ToList();
        var scores = Compare(gold, predicted.Select(Scored).ToList());
        return new NerScores(
            name,
            scores,
            prepared.Sum(p => p.Document.Sentences.Count),
            prepared.Sum(p => p.Document.Sentences.Sum(s => s.Words.Count)),
            watch.Elapsed);
    }

    /// <summary>
    /// Scores the recogniser on whole articles against stand-off gold: each text is segmented as the
    /// pipeline segments an article (no zones), so sentence and token boundaries are the system's own.
    /// </summary>
    public static NerScores ScoreTexts(string name, IReadOnlyList<StandoffNerDocument> documents, EntityRecognizer recognizer)
    {
        var segmented = documents.Select(d => Segmenter.Default.Segment(d.Text, [])).ToList();
        var predicted = new List<IReadOnlyList<EntityMention>>(documents.Count);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < documents.Count; i++)
        {
            predicted.Add(recognizer.Recognize(documents[i].Text, segmented[i]));
        }

        watch.Stop();
        var scores = Compare(documents.Select(d => d.Gold).ToList(), predicted.Select(Scored).ToList());
        return new NerScores(name, scores, segmented.Sum(s => s.Count), segmented.Sum(s => s.Sum(x => x.Tokens.Count)), watch.Elapsed);
    }

    /// <summary>
    /// The disagreements with the gold, one line each: "FN" (gold span missed), "FP" (predicted span
    /// not in the gold), with the label, the text of the span and its sentence; for error analysis.
    /// </summary>
    public static IEnumerable<string> Errors(IEnumerable<NerDocument> documents, EntityRecognizer recognizer)
    {
        foreach (var document in documents)
        {
            var (text, sentences) = document.ToText();
            foreach (var line in ErrorLines(text, sentences, GoldSpans(document, text, sentences), recognizer))
            {
                yield return line;
            }
        }
    }

    /// <summary>The disagreements on stand-off gold, as <see cref="Errors(IEnumerable{NerDocument}, EntityRecognizer)"/> gives them, each after its article's path.</summary>
    public static IEnumerable<string> Errors(IEnumerable<StandoffNerDocument> documents, EntityRecognizer recognizer)
    {
        foreach (var document in documents)
        {
            var sentences = Segmenter.Default.Segment(document.Text, []);
            foreach (var line in ErrorLines(document.Text, sentences, document.Gold, recognizer))
            {
                yield return $"{document.Path}\t{line}";
            }
        }
    }

    private static IEnumerable<string> ErrorLines(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<(Span Span, string Label)> goldSpans, EntityRecognizer recognizer)
    {
        var gold = goldSpans.Where(x => ScoredTypes.Contains(x.Label)).ToHashSet();
        var system = Scored(recognizer.Recognize(text, sentences)).ToHashSet();
        var lines = gold.Where(g => !system.Contains(g)).Select(g => ("FN", g))
            .Concat(system.Where(p => !gold.Contains(p)).Select(p => ("FP", p)))
            .OrderBy(e => e.Item2.Span.Start).ThenBy(e => e.Item1, StringComparer.Ordinal);
        foreach (var (kind, (span, label)) in lines)
        {
            var sentence = sentences.FirstOrDefault(s => s.Span.Start <= span.Start && span.End <= s.Span.End);
            var context = sentence is null ? "" : text[sentence.Span.Start..sentence.Span.End];
            yield return $"{kind}\t{label}\t{text[span.Start..span.End]}\t{context}";
        }
    }

    /// <summary>The mentions of a scored type, as (span, gold label).</summary>
    private static IReadOnlyList<(Span Span, string Label)> Scored(IReadOnlyList<EntityMention> mentions) =>
        mentions.Where(m => GoldLabel(m.Type) is not null).Select(m => (m.Span, GoldLabel(m.Type)!)).ToList();

    /// <summary>Per-type counts for gold and predicted (span, label) lists, document by document.</summary>
    public static IReadOnlyList<NerTypeScore> Compare(
        IReadOnlyList<IReadOnlyList<(Span Span, string Label)>> gold,
        IReadOnlyList<IReadOnlyList<(Span Span, string Label)>> predicted)
    {
        var tp = new Dictionary<string, int>();
        var fp = new Dictionary<string, int>();
        var fn = new Dictionary<string, int>();
        for (var d = 0; d < gold.Count; d++)
        {
            var g = gold[d].Where(x => ScoredTypes.Contains(x.Label)).ToHashSet();
            var p = (d < predicted.Count ? predicted[d] : []).Where(x => ScoredTypes.Contains(x.Label)).ToHashSet();
            foreach (var x in p)
            {
                var bucket = g.Contains(x) ? tp : fp;
                bucket[x.Label] = bucket.GetValueOrDefault(x.Label) + 1;
            }

            foreach (var x in g.Where(x => !p.Contains(x)))
            {
                fn[x.Label] = fn.GetValueOrDefault(x.Label) + 1;
            }
        }

        return ScoredTypes.Select(t => new NerTypeScore(t, tp.GetValueOrDefault(t), fp.GetValueOrDefault(t), fn.GetValueOrDefault(t))).ToList();
    }

    /// <summary>The gold entities of a document as character spans of its text.</summary>
    public static IReadOnlyList<(Span Span, string Label)> GoldSpans(NerDocument document, string text, IReadOnlyList<Sentence> sentences)
    {
        var result = new List<(Span, string)>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var tokens = sentences[s].Tokens;
            foreach (var (start, length, type) in BioTags.Spans(document.Sentences[s].Tags))
            {
                result.Add((new Span(tokens[start].Span.Start, tokens[start + length - 1].Span.End), type));
            }
        }

        return result;
    }
}
