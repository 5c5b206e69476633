using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;
using Chronicle.Entities.Gazetteers;
using Chronicle.Resources;

namespace Chronicle.Entities.Ner;

/// <summary>
/// A trained sequence tagger: hashed feature weights (2^bits buckets x the labels of its
/// <see cref="TagScheme"/>, quantised to 16 bits with one scale), label transitions, and the
/// treebank lexicon the features use. It tags in BIO whatever scheme it decodes with. Immutable
/// and thread-safe once loaded. File: "CHRNER" magic, version, the label names, then the arrays,
/// gzip-compressed; a stacked model (version 2) adds its second stage after them.
/// </summary>
public sealed class NerModel
{
    public const string ResourcePath = "Entities/Resources/ner-model.bin";
    private const string Magic = "CHRNER";
    private const int Version = 1;

    // Written only for a model with a second stage, so a one-stage model's file is byte for byte what version 1 wrote.
    private const int StackedVersion = 2;

    // How many tokens ahead of the one being summed its weight rows are prefetched.
    private const int Ahead = 2;

    private readonly short[] weights;
    private readonly float scale;
    private readonly float[] transitions;
    private readonly float[] start;

    public NerModel(int bucketBits, short[] weights, float scale, float[] transitions, float[] start, WordLexicon lexicon)
        : this(bucketBits, weights, scale, transitions, start, lexicon, TagScheme.Bio)
    {
    }

    public NerModel(int bucketBits, short[] weights, float scale, float[] transitions, float[] start, WordLexicon lexicon, TagScheme scheme)
        : this(bucketBits, weights, scale, transitions, start, lexicon, scheme, NerFeatureExtractor.FeaturesPerToken, null)
    {
    }

    /// <param name="featureCount">Features per token: <see cref="NerFeatureExtractor.FeaturesPerToken"/>, plus
    /// <see cref="DocumentLabelFeatures.Count"/> in a second stage.</param>
    /// <param name="secondStage">The model that tags again with this model's features and <see cref="DocumentLabelFeatures"/>
    /// read from this model's labels over the article; null: none.</param>
    public NerModel(int bucketBits, short[] weights, float scale, float[] transitions, float[] start, WordLexicon lexicon, TagScheme scheme, int featureCount, NerModel? secondStage)
    {
        var labels = scheme.Count;
        if (weights.Length != (1 << bucketBits) * labels || transitions.Length != labels * labels || start.Length != labels)
        {
            throw new ArgumentException("Model arrays do not match the bucket count and label set.");
        }

        if (featureCount < 1 || (secondStage is not null && (secondStage.FeatureCount != featureCount + DocumentLabelFeatures.Count || secondStage.SecondStage is not null)))
        {
            throw new ArgumentException("A second stage reads the first stage's features and the article's, and has no stage after it.");
        }

        FeatureCount = featureCount;
        SecondStage = secondStage;

        BucketBits = bucketBits;
        this.weights = weights;
        this.scale = scale;
        this.transitions = transitions;
        this.start = start;
        Lexicon = lexicon;
        Scheme = scheme;
    }

    public int BucketBits { get; }

    /// <summary>Features per token this model's weights are summed over.</summary>
    public int FeatureCount { get; }

    /// <summary>
    /// The second stage of a stacked model (two-stage stacking, see <see cref="StackingTrainer"/>): it tags again
    /// with this model's features followed by <see cref="DocumentLabelFeatures"/> computed from this model's labels
    /// over the whole article; null when none.
    /// </summary>
    public NerModel? SecondStage { get; }

    /// <summary>The label set the model decodes with (its output is BIO either way).</summary>
    public TagScheme Scheme { get; }

    public WordLexicon Lexicon { get; }

    private static readonly Lazy<NerModel> DefaultInstance = new(() => Load(ResourceFiles.Open(ResourcePath)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model shipped in the library (trained by <see cref="NerTrainer"/>).</summary>
    public static NerModel Default => DefaultInstance.Value;

    public NerFeatureExtractor CreateExtractor(Gazetteer gazetteer) => new(gazetteer, Lexicon, BucketBits, WordClusters.Default);

    /// <summary>BIO labels (indices into <see cref="NerLabels.All"/>) for n tokens whose features (n x <see cref="FeatureCount"/>) are given.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Tag(ReadOnlySpan<int> features, int n, Span<int> labels)
    {
        var L = Scheme.Count;
        var F = FeatureCount;
        var emissions = n * L <= 4096 ? stackalloc float[n * L] : new float[n * L];
        Span<int> sums = stackalloc int[L];
        for (var i = 0; i < n; i++)
        {
            var row = features.Slice(i * F, F);
            if (L <= Vector256<short>.Count)
            {
                if (i == 0)
                {
                    Prefetch(features.Slice(0, Math.Min(n, Ahead) * F), L);
                }

                if (i + Ahead < n)
                {
                    Prefetch(features.Slice((i + Ahead) * F, F), L);
                }

                SumRows(row, L, sums);
            }
            else
            {
                sums.Clear();
                for (var f = 0; f < F; f++)
                {
                    var w = weights.AsSpan(row[f] * L, L);
                    for (var l = 0; l < L; l++)
                    {
                        sums[l] += w[l];
                    }
                }
            }

            for (var l = 0; l < L; l++)
            {
                emissions[i * L + l] = sums[l] * scale;
            }
        }

        ViterbiDecoder.Decode(emissions, n, transitions, start, labels, Scheme);
        for (var i = 0; i < n; i++)
        {
            labels[i] = Scheme.ToBio(labels[i]);
        }
    }

    /// <summary>
    /// Asks for a later token's rows while this token's are summed: the table (14 MB) is larger than the
    /// caches and its rows are read at random, so each look-up waits on memory; a prefetch does not hold
    /// up the instructions after it, so the waits of several tokens overlap. A hint only: no result changes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe void Prefetch(ReadOnlySpan<int> row, int labels)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (short* first = weights)
        {
            foreach (var feature in row)
            {
                var offset = (uint)feature * (uint)labels;
                if (offset < (uint)weights.Length)
                {
                    Sse.Prefetch0(first + offset);
                }
            }
        }
    }

    /// <summary>
    /// The integer sums of the weight rows the features name, one vector add per feature instead of
    /// one add per label: a row of up to 16 labels is read as 16 shorts (the lanes past the row are
    /// summed and dropped; the last rows, whose 16 would run past the array, are added one by one).
    /// Integer sums, so the same as the plain loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumRows(ReadOnlySpan<int> row, int labels, Span<int> sums)
    {
        var low = Vector256<int>.Zero;
        var high = Vector256<int>.Zero;
        Span<int> tail = stackalloc int[Vector256<short>.Count];
        tail.Clear();
        var limit = weights.Length - Vector256<short>.Count;
        ref var first = ref MemoryMarshal.GetArrayDataReference(weights);
        foreach (var feature in row)
        {
            var offset = feature * labels;
            if (offset <= limit)
            {
                var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref first, (nuint)offset));
                low += lo;
                high += hi;
            }
            else
            {
                var w = weights.AsSpan(offset, labels);
                for (var l = 0; l < labels; l++)
                {
                    tail[l] += w[l];
                }
            }
        }

        Span<int> all = stackalloc int[Vector256<short>.Count];
        low.CopyTo(all);
        high.CopyTo(all[Vector256<int>.Count..]);
        for (var l = 0; l < labels; l++)
        {
            sums[l] = all[l] + tail[l];
        }
    }

    public void Save(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(SecondStage is null ? Version : StackedVersion);
        WriteBody(writer);
        if (SecondStage is not null)
        {
            SecondStage.WriteBody(writer);
        }
    }

    /// <summary>Bucket bits, labels, scale, transitions, start scores, weights and lexicon.</summary>
    private void WriteBody(BinaryWriter writer)
    {
        writer.Write(BucketBits);
        writer.Write(Scheme.Count);
        foreach (var label in Scheme.Labels)
        {
            writer.Write(label);
        }

        writer.Write(scale);
        foreach (var t in transitions)
        {
            writer.Write(t);
        }

        foreach (var s in start)
        {
            writer.Write(s);
        }

        var bytes = new byte[weights.Length * sizeof(short)];
        Buffer.BlockCopy(weights, 0, bytes, 0, bytes.Length);
        writer.Write(bytes);
        var entries = Lexicon.Entries.ToList();
        writer.Write(entries.Count);
        foreach (var (hash, cls) in entries)
        {
            writer.Write(hash);
            writer.Write(cls);
        }
    }

    public static NerModel Load(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        var version = reader.ReadString() == Magic ? reader.ReadInt32() : -1;
        if (version is not (Version or StackedVersion))
        {
            throw new InvalidDataException("Not a Chronicle NER model (or a version this library cannot read).");
        }

        const int F = NerFeatureExtractor.FeaturesPerToken;
        var model = ReadBody(reader, F);
        return version == StackedVersion ? model.With(F, ReadBody(reader, F + DocumentLabelFeatures.Count)) : model;
    }

    /// <summary>This model's weights with another feature count and second stage.</summary>
    public NerModel With(int featureCount, NerModel? secondStage) =>
        new(BucketBits, weights, scale, transitions, start, Lexicon, Scheme, featureCount, secondStage);

    private static NerModel ReadBody(BinaryReader reader, int featureCount)
    {
        var bits = reader.ReadInt32();
        var labels = reader.ReadInt32();
        if (labels is < 1 or > 64)
        {
            throw new InvalidDataException("Implausible label count in NER model.");
        }

        var names = new string[labels];
        for (var i = 0; i < labels; i++)
        {
            names[i] = reader.ReadString();
        }

        var scheme = TagScheme.Of(names) ?? throw new InvalidDataException("The model's label set is not one this library decodes.");

        var scale = reader.ReadSingle();
        var transitions = new float[labels * labels];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var start = new float[labels];
        for (var i = 0; i < start.Length; i++)
        {
            start[i] = reader.ReadSingle();
        }

        if (bits is < 10 or > 24)
        {
            throw new InvalidDataException("Implausible bucket count in NER model.");
        }

        var weights = new short[(1 << bits) * labels];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        var count = reader.ReadInt32();
        var lexicon = new Dictionary<ulong, byte>(count);
        for (var i = 0; i < count; i++)
        {
            var hash = reader.ReadUInt64();
            lexicon[hash] = reader.ReadByte();
        }

        return new NerModel(bits, weights, scale, transitions, start, new WordLexicon(lexicon), scheme, featureCount, null);
    }

    /// <summary>Quantises float weights to 16 bits with one shared scale.</summary>
    public static NerModel FromFloat(int bucketBits, float[] weights, float[] transitions, float[] start, WordLexicon lexicon) =>
        FromFloat(bucketBits, weights, transitions, start, lexicon, TagScheme.Bio);

    /// <summary>Quantises float weights over the labels of <paramref name="scheme"/> to 16 bits with one shared scale.</summary>
    public static NerModel FromFloat(int bucketBits, float[] weights, float[] transitions, float[] start, WordLexicon lexicon, TagScheme scheme)
    {
        var max = 1e-9f;
        foreach (var w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        var scale = max / short.MaxValue;
        var quantised = new short[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            quantised[i] = (short)Math.Clamp(MathF.Round(weights[i] / scale), short.MinValue + 1, short.MaxValue);
        }

        return new NerModel(bucketBits, quantised, scale, transitions, start, lexicon, scheme);
    }
}
