namespace Chronicle.Entities.Ner;

/// <summary>
/// The training sentences of the second stage of a stacked tagger (see <see cref="NerModel.SecondStage"/>):
/// each sentence's features followed by <see cref="DocumentLabelFeatures"/> over a first model's labels of
/// its article. Those labels come from first models trained without the article (jackknifing over
/// <c>folds</c> parts of the documents), so the second stage learns how far to trust labels as wrong as
/// they are on new text, not the near-perfect labels a model gives the sentences it learnt from.
/// Deterministic for given inputs.
/// </summary>
/// <param name="keep">Whether a sentence trains (the trainer's own filter).</param>
public sealed class StackingTrainer(NerFeatureExtractor extractor, TagScheme scheme, Func<NerSentence, bool> keep)
{
    private const int F = NerFeatureExtractor.FeaturesPerToken;
    private const int D = DocumentLabelFeatures.Count;

    /// <summary>One training sentence of the second stage: its feature rows (n x (F + D)), labels of the scheme, and the document.</summary>
    public sealed record Example(int[] Features, int[] Labels, NerDocument Document);

    /// <summary>The second stage's training sentences, in document order; <paramref name="fitFirst"/> trains a first model on some documents.</summary>
    public List<Example> Examples(IReadOnlyList<NerDocument> training, int folds, Func<IEnumerable<NerDocument>, NerModel> fitFirst, Action<string>? progress)
    {
        var firstLabels = new int[training.Count][][];
        for (var fold = 0; fold < folds; fold++)
        {
            var tagger = new DocumentTagger(fitFirst(training.Where((_, i) => i % folds != fold)), extractor.Gazetteer);
            for (var i = fold; i < training.Count; i += folds)
            {
                var (text, sentences) = training[i].ToText();
                firstLabels[i] = tagger.Tag(text, sentences.Select(s => s.Tokens.Select(t => t.Span).ToArray()).ToList());
            }

            progress?.Invoke($"stacking: first-stage labels of part {fold + 1}/{folds}");
        }

        var examples = new List<Example>();
        for (var i = 0; i < training.Count; i++)
        {
            AddExamples(training[i], firstLabels[i], examples);
        }

        return examples;
    }

    private void AddExamples(NerDocument document, int[][] labels, List<Example> examples)
    {
        var (text, sentences) = document.ToText();
        var spans = sentences.Select(s => s.Tokens.Select(t => t.Span).ToArray()).ToList();
        var casing = DocumentCasing.Build(text, spans);
        var statistics = DocumentLabelStatistics.Build(text, spans, labels);
        for (var s = 0; s < spans.Count; s++)
        {
            if (!keep(document.Sentences[s]))
            {
                continue;
            }

            var n = spans[s].Length;
            var local = new int[n * F];
            extractor.Extract(text, spans[s], casing, local);
            var article = new int[n * D];
            DocumentLabelFeatures.Extract(text, statistics, s, spans[s], labels[s], article);
            var rows = new int[n * (F + D)];
            DocumentTagger.Join(local, article, n, rows);
            examples.Add(new Example(rows, scheme.Encode(document.Sentences[s].Tags), document));
        }
    }
}
