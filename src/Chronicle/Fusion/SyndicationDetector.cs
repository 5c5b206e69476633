namespace Chronicle.Fusion;

/// <summary>
/// Finds syndicated copies: documents whose word 5-gram shingles have an estimated Jaccard
/// similarity (MinHash, 64 hashes) at or above a threshold are one independent source. Candidate pairs
/// come from banding the signatures, so the cost stays near linear in the number of documents.
/// </summary>
public sealed class SyndicationDetector(double threshold = 0.8)
{
    private const int Hashes = 64;
    private const int Bands = 16;
    private const int Shingle = 5;

    public double Threshold { get; } = threshold;

    /// <summary>Groups of document ids (each group sorted, groups ordered by their first id); singletons included.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Group(IReadOnlyList<(string Id, string Text)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Group(documents.Select(d => d.Id).ToList(), documents.Select(d => CachedSignature(d.Text)).ToArray());
    }

    /// <summary>As <see cref="Group(IReadOnlyList{ValueTuple{string, string}})"/>, by each document's signature where it was computed when read, else its text's.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Group(IReadOnlyList<DocumentEvents> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Group(documents.Select(d => d.DocumentId).ToList(), documents.Select(d => d.Signature is { } s ? s.Hashes : CachedSignature(d.Text ?? string.Empty)).ToArray());
    }

    private IReadOnlyList<IReadOnlyList<string>> Group(IReadOnlyList<string> ids, ulong[]?[] signatures)
    {
        var parent = Enumerable.Range(0, ids.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var rows = Hashes / Bands;
        var buckets = new Dictionary<(int, ulong), List<int>>();
        for (var d = 0; d < ids.Count; d++)
        {
            if (signatures[d] is null)
            {
                continue;
            }

            for (var b = 0; b < Bands; b++)
            {
                var h = 1469598103934665603UL;
                for (var r = 0; r < rows; r++)
                {
                    h = (h ^ signatures[d]![(b * rows) + r]) * 1099511628211UL;
                }

                if (!buckets.TryGetValue((b, h), out var list))
                {
                    buckets[(b, h)] = list = [];
                }

                list.Add(d);
            }
        }

        foreach (var list in buckets.Values)
        {
            for (var i = 1; i < list.Count; i++)
            {
                var a = list[0];
                var b = list[i];
                if (Find(a) != Find(b) && Similarity(signatures[a]!, signatures[b]!) >= Threshold)
                {
                    parent[Find(b)] = Find(a);
                }
            }
        }

        return Enumerable.Range(0, ids.Count)
            .GroupBy(Find)
            .Select(g => (IReadOnlyList<string>)g.Select(i => ids[i]).Order(StringComparer.Ordinal).ToList())
            .OrderBy(g => g[0], StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Signatures already computed, by text instance: the cross-article index fuses block by block, and
    /// an article with mentions in many blocks is grouped once per block under the same text.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, ulong[]?[]> Signatures = new();

    private static ulong[]? CachedSignature(string? text) =>
        text is null ? Signature(string.Empty) : Signatures.GetValue(text, t => [Signature(t)])[0];

    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return (double)same / Hashes;
    }

    /// <summary>The MinHash signature of the text's word 5-grams (lowercased letters and digits), or null for texts too short to shingle.</summary>
    public static ulong[]? Signature(string text)
    {
        var words = new List<ulong>();
        var h = 14695981039346656037UL;
        var inWord = false;
        foreach (var c in text ?? string.Empty)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(h);
                h = 14695981039346656037UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(h);
        }

        if (words.Count < Shingle)
        {
            return null;
        }

        var signature = new ulong[Hashes];
        Array.Fill(signature, ulong.MaxValue);
        for (var i = 0; i + Shingle <= words.Count; i++)
        {
            var s = 0UL;
            for (var k = 0; k < Shingle; k++)
            {
                s = (s * 31) + words[i + k];
            }

            for (var j = 0; j < Hashes; j++)
            {
                var v = Mix(s + ((ulong)j * 0x9E3779B97F4A7C15UL));
                if (v < signature[j])
                {
                    signature[j] = v;
                }
            }
        }

        return signature;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
