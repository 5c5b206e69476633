using Chronicle.Model;

namespace Chronicle.Syntax;

/// <summary>What to train on and where the model goes.</summary>
/// <param name="TrainPath">A CoNLL-U file with gold UPOS (UD English EWT train).</param>
/// <param name="OutputPath">Where the model is written (src/Chronicle/Syntax/Resources/pos-model.bin).</param>
/// <param name="DevPath">An optional CoNLL-U file to measure accuracy on after training.</param>
public sealed record PosTrainingOptions(string TrainPath, string OutputPath, string? DevPath = null, int Iterations = 10, int BucketBits = 20, int Seed = 17);

/// <summary>The trained model with its figures.</summary>
public sealed record PosTrainingReport(PosModel Model, int TrainTokens, double? DevAccuracy, long ModelBytes);

/// <summary>
/// Trains the averaged perceptron behind <see cref="PosTagger"/>: greedy decoding with the tagger's own
/// previous guesses as history, weights averaged over every step, a fixed shuffling seed (so the same
/// data gives the same model byte for byte), then 16-bit quantisation.
/// </summary>
public static class PosTrainer
{
    private const int Tags = 17;

    public static PosTrainingReport Train(PosTrainingOptions options)
    {
        var sentences = ConlluReader.ReadFile(options.TrainPath);
        var model = Train(sentences, options.Iterations, options.BucketBits, options.Seed);
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.OutputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using (var file = File.Create(options.OutputPath))
        {
            model.Save(file);
        }

        double? accuracy = options.DevPath is null ? null : Evaluate(new PosTagger(model), ConlluReader.ReadFile(options.DevPath));
        return new PosTrainingReport(model, sentences.Sum(s => s.Forms.Count), accuracy, new FileInfo(options.OutputPath).Length);
    }

    /// <summary>Token accuracy of <paramref name="tagger"/> on gold-tokenised sentences.</summary>
    public static double Evaluate(PosTagger tagger, IEnumerable<ConlluSentence> sentences)
    {
        long correct = 0, total = 0;
        foreach (var sentence in sentences)
        {
            var (text, spans) = Join(sentence.Forms);
            var tags = new UPos[spans.Length];
            tagger.Tag(text, spans, tags);
            for (var i = 0; i < tags.Length; i++)
            {
                correct += tags[i] == sentence.Tags[i] ? 1 : 0;
            }

            total += tags.Length;
        }

        return total == 0 ? 0 : (double)correct / total;
    }

    internal static (string Text, Span[] Spans) Join(IReadOnlyList<string> forms)
    {
        var spans = new Span[forms.Count];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < forms.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            spans[i] = new Span(text.Length, text.Length + forms[i].Length);
            text.Append(forms[i]);
        }

        return (text.ToString(), spans);
    }

    internal static PosModel Train(IReadOnlyList<ConlluSentence> sentences, int iterations, int bucketBits, int seed)
    {
        var dictionary = BuildDictionary(sentences);
        var size = 1 << bucketBits;
        var mask = (ulong)(size - 1);
        var weights = new float[size * Tags];
        var totals = new double[size * Tags];
        var stamps = new int[size * Tags];
        var step = 0;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var features = new ulong[PosFeatures.Count];
        var scores = new float[Tags];

        var prepared = sentences.Select(s =>
        {
            var (text, spans) = Join(s.Forms);
            var hashes = new PosFeatures.TokenHashes[spans.Length];
            PosFeatures.Hash(text, spans, hashes);
            return hashes;
        }).ToArray();

        void Update(int bucket, int tag, float delta)
        {
            var k = (bucket * Tags) + tag;
            totals[k] += (double)(step - stamps[k]) * weights[k];
            stamps[k] = step;
            weights[k] += delta;
        }

        for (var iteration = 0; iteration < iterations; iteration++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var tokens = prepared[index];
                var gold = sentences[index].Tags;
                int prev = -1, prev2 = -2;
                for (var i = 0; i < tokens.Length; i++)
                {
                    step++;
                    int guess;
                    if (dictionary.TryGetValue(tokens[i].Exact, out var known))
                    {
                        guess = known;
                    }
                    else
                    {
                        PosFeatures.Extract(tokens, i, prev, prev2, features);
                        Array.Clear(scores);
                        foreach (var f in features)
                        {
                            var row = (int)(f & mask) * Tags;
                            for (var t = 0; t < Tags; t++)
                            {
                                scores[t] += weights[row + t];
                            }
                        }

                        guess = 0;
                        for (var t = 1; t < Tags; t++)
                        {
                            guess = scores[t] > scores[guess] ? t : guess;
                        }

                        var truth = (int)gold[i];
                        if (guess != truth)
                        {
                            foreach (var f in features)
                            {
                                Update((int)(f & mask), truth, 1f);
                                Update((int)(f & mask), guess, -1f);
                            }
                        }
                    }

                    prev2 = prev;
                    prev = guess;
                }
            }
        }

        // Average and quantise: the largest averaged weight maps to the largest 16-bit value.
        var averaged = new double[weights.Length];
        var max = 1e-9;
        for (var k = 0; k < weights.Length; k++)
        {
            var total = totals[k] + ((double)(step - stamps[k]) * weights[k]);
            averaged[k] = total / Math.Max(1, step);
            max = Math.Max(max, Math.Abs(averaged[k]));
        }

        var scale = 32000.0 / max;
        var rows = new List<(int, short[])>();
        for (var b = 0; b < size; b++)
        {
            short[]? row = null;
            for (var t = 0; t < Tags; t++)
            {
                var q = (short)Math.Round(averaged[(b * Tags) + t] * scale);
                if (q != 0)
                {
                    row ??= new short[Tags];
                    row[t] = q;
                }
            }

            if (row is not null)
            {
                rows.Add((b, row));
            }
        }

        return new PosModel(bucketBits, rows, dictionary);
    }

    /// <summary>Frequent words (20+ times) that take one tag at least 97% of the time skip the perceptron.</summary>
    private static Dictionary<ulong, byte> BuildDictionary(IReadOnlyList<ConlluSentence> sentences)
    {
        var counts = new Dictionary<ulong, int[]>();
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Forms.Count; i++)
            {
                var hash = PosFeatures.HashWord(s.Forms[i]).Exact;
                if (!counts.TryGetValue(hash, out var c))
                {
                    counts[hash] = c = new int[Tags];
                }

                c[(int)s.Tags[i]]++;
            }
        }

        var dictionary = new Dictionary<ulong, byte>();
        foreach (var (hash, c) in counts)
        {
            var total = c.Sum();
            var best = Array.IndexOf(c, c.Max());
            if (total >= 20 && c[best] >= 0.97 * total)
            {
                dictionary[hash] = (byte)best;
            }
        }

        return dictionary;
    }
}
