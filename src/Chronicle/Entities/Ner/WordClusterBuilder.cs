using Chronicle.Resources;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Chronicle.Entities.Ner;

/// <summary>Options of <see cref="WordClusterBuilder.Build"/>.</summary>
/// <param name="DataDirectory">The folder holding ud-english-ewt/, wikigold/ and meantime-apple/.</param>
/// <param name="OutputPath">Where the classes go (the library ships src/Chronicle/Entities/Resources/word-clusters.tsv.gz).</param>
/// <param name="Clusters">How many classes.</param>
/// <param name="MinCount">Words seen fewer times are left out.</param>
/// <param name="ContextWords">The most frequent words that serve as left and right contexts.</param>
/// <param name="Iterations">Rounds of k-means.</param>
/// <param name="HoldOutEvery">Every Nth wikigold and MEANTIME document is left out, as in <see cref="NerTrainer"/> (held-out text is never read).</param>
public sealed record WordClusterOptions(
    string DataDirectory,
    string OutputPath,
    int Clusters = 256,
    int MinCount = 4,
    int ContextWords = 600,
    int Iterations = 15,
    int HoldOutEvery = 5);

/// <summary>What <see cref="WordClusterBuilder.Build"/> did.</summary>
public sealed record WordClusterReport(int Sentences, long Tokens, int Words, string OutputPath, long Bytes, TimeSpan Elapsed);

/// <summary>
/// Builds <see cref="WordClusters"/> from the text of openly licensed corpora, labels ignored: UD
/// English-EWT train sentences and the training parts of wikigold and MEANTIME (never the UNER test
/// file or a held-out document; news corpora without a licence are not used). Each word seen <see cref="WordClusterOptions.MinCount"/> times gets a vector
/// of log counts of its left and right neighbours among the most frequent words, normalised; spherical
/// k-means (deterministic start: words spread over the frequency ranking) groups the vectors.
/// </summary>
public static class WordClusterBuilder
{
    public static WordClusterReport Build(WordClusterOptions options, Action<string>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        var sentences = ReadSentences(options).ToList();
        long tokens = sentences.Sum(s => (long)s.Length);
        progress?.Invoke($"unlabeled text: {sentences.Count} sentences, {tokens} tokens");

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var ranked = counts.Where(c => c.Value >= options.MinCount)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key).ToList();
        var index = ranked.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        var contexts = Math.Min(options.ContextWords, ranked.Count);
        var vectors = ContextVectors(sentences, index, ranked.Count, contexts);
        progress?.Invoke($"words: {ranked.Count}, contexts: {contexts}");

        var assignment = KMeans(vectors, 2 * contexts + 2, Math.Min(options.Clusters, ranked.Count), options.Iterations, progress);
        using (var writer = ResourceWriter.CreateGzipText(options.OutputPath))
        {
            writer.Write("# word TAB class; built by WordClusterBuilder from unlabeled text\n");
            foreach (var i in Enumerable.Range(0, ranked.Count).OrderBy(i => ranked[i], StringComparer.Ordinal))
            {
                writer.Write(ranked[i]);
                writer.Write('\t');
                writer.Write(assignment[i]);
                writer.Write('\n');
            }
        }

        var bytes = new FileInfo(options.OutputPath).Length;
        progress?.Invoke($"wrote {options.OutputPath} ({bytes} bytes)");
        return new WordClusterReport(sentences.Count, tokens, ranked.Count, options.OutputPath, bytes, watch.Elapsed);
    }

    /// <summary>Sparse vectors (context index, weight), L2-normalised; contexts: left 0..C-1, right C..2C-1, boundaries 2C and 2C+1.</summary>
    private static (int Index, float Weight)[][] ContextVectors(List<string[]> sentences, Dictionary<string, int> index, int words, int contexts)
    {
        var raw = new Dictionary<int, int>[words];
        for (var i = 0; i < words; i++)
        {
            raw[i] = [];
        }

        foreach (var sentence in sentences)
        {
            for (var k = 0; k < sentence.Length; k++)
            {
                if (!index.TryGetValue(sentence[k], out var w))
                {
                    continue;
                }

                var left = k == 0 ? 2 * contexts : index.TryGetValue(sentence[k - 1], out var l) && l < contexts ? l : -1;
                var right = k == sentence.Length - 1 ? 2 * contexts + 1 : index.TryGetValue(sentence[k + 1], out var r) && r < contexts ? contexts + r : -1;
                if (left >= 0)
                {
                    raw[w][left] = raw[w].GetValueOrDefault(left) + 1;
                }

                if (right >= 0)
                {
                    raw[w][right] = raw[w].GetValueOrDefault(right) + 1;
                }
            }
        }

        var vectors = new (int, float)[words][];
        for (var i = 0; i < words; i++)
        {
            var entries = raw[i].OrderBy(e => e.Key).Select(e => (e.Key, (float)Math.Log(1 + e.Value))).ToArray();
            var norm = MathF.Sqrt(entries.Sum(e => e.Item2 * e.Item2));
            vectors[i] = norm > 0 ? entries.Select(e => (e.Key, e.Item2 / norm)).ToArray() : entries;
        }

        return vectors;
    }

    private static int[] KMeans((int Index, float Weight)[][] vectors, int dimensions, int k, int iterations, Action<string>? progress)
    {
        var n = vectors.Length;
        var centroids = new float[k * dimensions];
        for (var c = 0; c < k; c++)
        {
            foreach (var (index, weight) in vectors[(int)((long)c * n / k)])
            {
                centroids[c * dimensions + index] = weight;
            }
        }

        var assignment = new int[n];
        for (var round = 0; round < iterations; round++)
        {
            var changed = 0;
            var rows = Enumerable.Range(0, n).AsParallel().AsOrdered().Select(i => Nearest(vectors[i], centroids, dimensions, k)).ToArray();
            for (var i = 0; i < n; i++)
            {
                changed += rows[i] != assignment[i] || round == 0 ? 1 : 0;
                assignment[i] = rows[i];
            }

            Array.Clear(centroids);
            for (var i = 0; i < n; i++)
            {
                var offset = assignment[i] * dimensions;
                foreach (var (index, weight) in vectors[i])
                {
                    centroids[offset + index] += weight;
                }
            }

            for (var c = 0; c < k; c++)
            {
                var span = centroids.AsSpan(c * dimensions, dimensions);
                var norm = 0f;
                foreach (var v in span)
                {
                    norm += v * v;
                }

                norm = MathF.Sqrt(norm);
                if (norm > 0)
                {
                    for (var d = 0; d < span.Length; d++)
                    {
                        span[d] /= norm;
                    }
                }
            }

            progress?.Invoke($"k-means round {round + 1}/{iterations}: {changed} words moved");
            if (changed == 0)
            {
                break;
            }
        }

        return assignment;
    }

    private static int Nearest((int Index, float Weight)[] vector, float[] centroids, int dimensions, int k)
    {
        var best = 0;
        var bestScore = float.MinValue;
        for (var c = 0; c < k; c++)
        {
            var offset = c * dimensions;
            var score = 0f;
            foreach (var (index, weight) in vector)
            {
                score += centroids[offset + index] * weight;
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }

        return best;
    }

    /// <summary>Lower-cased token lists of every unlabeled source, in a fixed order.</summary>
    private static IEnumerable<string[]> ReadSentences(WordClusterOptions options)
    {
        var data = options.DataDirectory;
        var ud = Path.Combine(data, "ud-english-ewt", "en_ewt-ud-train.conllu");
        if (File.Exists(ud))
        {
            var words = new List<string>();
            foreach (var line in File.ReadLines(ud))
            {
                if (line.Length == 0)
                {
                    if (words.Count > 0)
                    {
                        yield return words.ToArray();
                        words.Clear();
                    }

                    continue;
                }

                var columns = line.Split('\t');
                if (line[0] != '#' && columns.Length > 1 && !columns[0].Contains('-') && !columns[0].Contains('.'))
                {
                    words.Add(columns[1].ToLowerInvariant());
                }
            }
        }

        var wikigold = Path.Combine(data, "wikigold", "wikigold.conll.txt");
        var meantime = Path.Combine(data, "meantime-apple", "intra-doc_annotation");
        var corpora = new List<IReadOnlyList<NerDocument>>();
        if (File.Exists(wikigold))
        {
            corpora.Add(ConllReader.ReadFile(wikigold));
        }

        if (Directory.Exists(meantime))
        {
            corpora.Add(MeantimeReader.ReadDirectory(meantime));
        }

        foreach (var documents in corpora)
        {
            for (var d = 0; d < documents.Count; d++)
            {
                if (options.HoldOutEvery > 0 && d % options.HoldOutEvery == options.HoldOutEvery - 1)
                {
                    continue;
                }

                foreach (var sentence in documents[d].Sentences)
                {
                    yield return sentence.Words.Select(w => w.ToLowerInvariant()).ToArray();
                }
            }
        }
    }
}
