using System.Buffers;
using System.Runtime.CompilerServices;
using Chronicle.Model;
using Chronicle.Resources;

namespace Chronicle.Syntax;

/// <summary>
/// Greedy left-to-right averaged-perceptron part-of-speech tagger (UPOS). Immutable and thread-safe;
/// total over any input (an empty sentence gives no tags).
/// </summary>
public sealed class PosTagger
{
    public const string ModelResource = "Syntax/Resources/pos-model.bin";
    private static readonly Lazy<PosTagger> DefaultTagger = new(() =>
    {
        using var stream = ResourceFiles.Open(ModelResource);
        return new PosTagger(PosModel.Load(stream));
    });

    private readonly PosModel model;

    public PosTagger(PosModel model) => this.model = model;

    /// <summary>The tagger with the model shipped in the assembly (trained on UD English EWT).</summary>
    public static PosTagger Default => DefaultTagger.Value;

    /// <summary>One tag per token of <paramref name="sentence"/>, in token order.</summary>
    public UPos[] Tag(string text, Sentence sentence)
    {
        var spans = new Span[sentence.Tokens.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = sentence.Tokens[i].Span;
        }

        var tags = new UPos[spans.Length];
        Tag(text ?? string.Empty, spans, tags);
        return tags;
    }

    /// <summary>Tags the words at <paramref name="spans"/> of <paramref name="text"/> into <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Span> spans, Span<UPos> tags)
    {
        if (spans.Length == 0)
        {
            return;
        }

        var hashes = ArrayPool<PosFeatures.TokenHashes>.Shared.Rent(spans.Length);
        try
        {
            var tokens = hashes.AsSpan(0, spans.Length);
            PosFeatures.Hash(text, spans, tokens);
            Span<ulong> features = stackalloc ulong[PosFeatures.Count];
            Span<int> scores = stackalloc int[17];
            int prev = -1, prev2 = -2;
            for (var i = 0; i < tokens.Length; i++)
            {
                tags[i] = Predict(tokens, i, prev, prev2, features, scores);
                prev2 = prev;
                prev = (int)tags[i];
            }
        }
        finally
        {
            ArrayPool<PosFeatures.TokenHashes>.Shared.Return(hashes);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private UPos Predict(ReadOnlySpan<PosFeatures.TokenHashes> tokens, int i, int prev, int prev2, Span<ulong> features, Span<int> scores)
    {
        if (model.TryDictionary(tokens[i].Exact, out var known))
        {
            return known;
        }

        PosFeatures.Extract(tokens, i, prev, prev2, features);
        scores.Clear();
        model.AddScores(features, scores);

        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }

        return (UPos)best;
    }
}
