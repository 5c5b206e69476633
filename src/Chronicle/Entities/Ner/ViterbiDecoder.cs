using System.Buffers;
using System.Runtime.CompilerServices;

namespace Chronicle.Entities.Ner;

/// <summary>First-order Viterbi over the labels of a <see cref="TagScheme"/> (BIO by default) with its constraints as hard limits.</summary>
public static class ViterbiDecoder
{
    /// <summary>
    /// The best label sequence for emission scores (n x L, row-major), transition scores (L x L,
    /// previous-major) and start scores (L). Ties go to the lower label index, so the result is deterministic.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, Span<int> labels) =>
        Decode(emissions, n, transitions, start, labels, TagScheme.Bio);

    /// <summary>As above, over the labels of <paramref name="scheme"/> (emissions n x scheme.Count).</summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, Span<int> labels, TagScheme scheme)
    {
        var L = scheme.Count;
        if (n == 0)
        {
            return;
        }

        var score = ArrayPool<float>.Shared.Rent(n * L);
        var back = ArrayPool<byte>.Shared.Rent(n * L);
        try
        {
            Run(emissions, n, transitions, start, labels, scheme, score, back);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(score);
            ArrayPool<byte>.Shared.Return(back);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Run(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, Span<int> labels, TagScheme scheme, float[] score, byte[] back)
    {
        var L = scheme.Count;
        for (var l = 0; l < L; l++)
        {
            score[l] = scheme.AllowedFirst(l) ? start[l] + emissions[l] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var l = 0; l < L; l++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                // Only the allowed predecessors, in ascending order, so ties still go to the lower label.
                foreach (var p in scheme.Predecessors(l))
                {
                    var s = score[(i - 1) * L + p] + transitions[p * L + l];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[i * L + l] = best + emissions[i * L + l];
                back[i * L + l] = (byte)arg;
            }
        }

        var last = 0;
        var top = float.NegativeInfinity;
        for (var l = 0; l < L; l++)
        {
            if (scheme.AllowedLast(l) && score[(n - 1) * L + l] > top)
            {
                top = score[(n - 1) * L + l];
                last = l;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            labels[i] = last;
            last = back[i * L + last];
        }
    }
}
