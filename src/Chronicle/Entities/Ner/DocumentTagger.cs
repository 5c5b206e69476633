using System.Buffers;
using Chronicle.Entities.Gazetteers;
using Chronicle.Model;

namespace Chronicle.Entities.Ner;

/// <summary>
/// BIO labels for every sentence of one article: the model tags each sentence; a stacked model's second
/// stage then tags them again with the same features followed by <see cref="DocumentLabelFeatures"/> read
/// from the first stage's labels over the whole article. Immutable and thread-safe.
/// </summary>
public sealed class DocumentTagger
{
    private const int F = NerFeatureExtractor.FeaturesPerToken;
    private const int D = DocumentLabelFeatures.Count;

    private readonly NerModel model;
    private readonly NerFeatureExtractor extractor;

    public DocumentTagger(NerModel model, Gazetteer gazetteer)
    {
        this.model = model;
        extractor = model.CreateExtractor(gazetteer);
    }

    /// <summary>The labels (indices into <see cref="NerLabels.All"/>) of each sentence's tokens.</summary>
    public int[][] Tag(string text, IReadOnlyList<Span[]> sentences)
    {
        var casing = DocumentCasing.Build(text, sentences);
        var labels = new int[sentences.Count][];
        if (model.SecondStage is not { } second)
        {
            for (var s = 0; s < sentences.Count; s++)
            {
                labels[s] = new int[sentences[s].Length];
                TagSentence(text, sentences[s], casing, labels[s]);
            }

            return labels;
        }

        // The first stage's features are kept: the second reads them again, next to the article's.
        var local = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var n = sentences[s].Length;
            local[s] = new int[n * F];
            labels[s] = new int[n];
            extractor.Extract(text, sentences[s], casing, local[s]);
            model.Tag(local[s], n, labels[s]);
        }

        var statistics = DocumentLabelStatistics.Build(text, sentences, labels);
        var result = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var n = sentences[s].Length;
            var document = new int[n * D];
            DocumentLabelFeatures.Extract(text, statistics, s, sentences[s], labels[s], document);
            var rows = new int[n * (F + D)];
            Join(local[s], document, n, rows);
            result[s] = new int[n];
            second.Tag(rows, n, result[s]);
        }

        return result;
    }

    /// <summary>Rows of the sentence's own features followed by the article's, token by token.</summary>
    public static void Join(ReadOnlySpan<int> local, ReadOnlySpan<int> document, int n, Span<int> rows)
    {
        for (var i = 0; i < n; i++)
        {
            local.Slice(i * F, F).CopyTo(rows.Slice(i * (F + D), F));
            document.Slice(i * D, D).CopyTo(rows.Slice((i * (F + D)) + F, D));
        }
    }

    private void TagSentence(string text, Span[] tokens, DocumentCasing casing, int[] labels)
    {
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        var features = ArrayPool<int>.Shared.Rent(n * F);
        try
        {
            extractor.Extract(text, tokens, casing, features.AsSpan(0, n * F));
            model.Tag(features.AsSpan(0, n * F), n, labels);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(features);
        }
    }
}
