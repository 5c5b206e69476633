using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Chronicle.Syntax;

/// <summary>
/// The trained part-of-speech model: averaged perceptron weights over hashed feature buckets,
/// quantised to 16 bits and kept only for buckets that carry weight, plus a dictionary of
/// unambiguous frequent words. Immutable once built; read by many threads.
/// </summary>
public sealed class PosModel
{
    private const int Magic = 0x31534F50; // "POS1"
    private const int TagCount = 17;
    private readonly int bucketMask;
    private readonly int[] slots;   // open addressing: bucket + 1, or 0 for empty
    private readonly int[] rowOfSlot;

    // The same table with each slot's key and row side by side (key in the low half, row in the high
    // half), so that a look-up touches one cache line instead of one in each of the two arrays.
    private readonly ulong[] keyed;
    private readonly short[] weights;
    private readonly Dictionary<ulong, byte> tagDictionary;

    internal PosModel(int bucketBits, IReadOnlyList<(int Bucket, short[] Row)> rows, Dictionary<ulong, byte> tagDictionary)
    {
        BucketBits = bucketBits;
        bucketMask = (1 << bucketBits) - 1;
        this.tagDictionary = tagDictionary;
        var size = 1;
        while (size < rows.Count * 2 + 2)
        {
            size <<= 1;
        }

        slots = new int[size];
        rowOfSlot = new int[size];
        weights = new short[rows.Count * TagCount];
        for (var r = 0; r < rows.Count; r++)
        {
            var slot = Probe(rows[r].Bucket);
            slots[slot] = rows[r].Bucket + 1;
            rowOfSlot[slot] = r;
            rows[r].Row.AsSpan(0, TagCount).CopyTo(weights.AsSpan(r * TagCount, TagCount));
        }

        keyed = new ulong[size];
        for (var slot = 0; slot < size; slot++)
        {
            keyed[slot] = (uint)slots[slot] | ((ulong)(uint)rowOfSlot[slot] << 32);
        }

        RowCount = rows.Count;
    }

    public int BucketBits { get; }

    public int RowCount { get; }

    public int DictionarySize => tagDictionary.Count;

    internal bool TryDictionary(ulong exactHash, out UPos tag)
    {
        var found = tagDictionary.TryGetValue(exactHash, out var b);
        tag = (UPos)b;
        return found;
    }

    /// <summary>
    /// Adds the weight rows of all of <paramref name="features"/> into <paramref name="scores"/> (17 tags).
    /// The table misses the caches on most look-ups, so the work is done in passes whose loads do not
    /// depend on each other: first every feature's home slot is read (the misses overlap instead of
    /// waiting one after the other), then the probes are finished and the rows summed in registers.
    /// Integer sums: the same scores as adding the rows one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void AddScores(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        const int MaxFeatures = 32;
        var count = Math.Min(features.Length, MaxFeatures);
        Span<int> slots = stackalloc int[MaxFeatures];
        Span<ulong> entries = stackalloc ulong[MaxFeatures];
        var mask = keyed.Length - 1;
        ref var table = ref MemoryMarshal.GetArrayDataReference(keyed);
        for (var k = 0; k < count; k++)
        {
            var bucket = (int)(features[k] & (ulong)bucketMask);
            var slot = (int)((uint)(bucket * 0x9E3779B1) & (uint)mask);
            slots[k] = slot;
            entries[k] = Unsafe.Add(ref table, slot);
        }

        Span<int> rows = stackalloc int[MaxFeatures];
        var found = 0;
        for (var k = 0; k < count; k++)
        {
            var key = (uint)((features[k] & (ulong)bucketMask) + 1);
            var entry = entries[k];
            var slot = slots[k];
            while ((uint)entry != key)
            {
                if ((uint)entry == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
                entry = keyed[slot];
            }

            if ((uint)entry != 0)
            {
                rows[found++] = (int)(entry >> 32) * TagCount;
            }
        }

        // 16 of a row's 17 weights in one vector load and widening add, the 17th on its own.
        ref var first = ref MemoryMarshal.GetArrayDataReference(weights);
        var low = Vector256<int>.Zero;
        var high = Vector256<int>.Zero;
        var last = 0;
        for (var k = 0; k < found; k++)
        {
            var offset = rows[k];
            var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref first, (nuint)offset));
            low += lo;
            high += hi;
            last += Unsafe.Add(ref first, offset + TagCount - 1);
        }

        for (var k = count; k < features.Length; k++)
        {
            AddScores(features[k], scores);
        }

        var sums = scores[..TagCount];
        (Vector256.Create<int>(sums) + low).CopyTo(sums);
        (Vector256.Create<int>(sums[Vector256<int>.Count..]) + high).CopyTo(sums[Vector256<int>.Count..]);
        sums[TagCount - 1] += last;
    }

    internal void AddScores(ulong feature, Span<int> scores)
    {
        var bucket = (int)(feature & (ulong)bucketMask);
        var mask = keyed.Length - 1;
        var slot = (int)((uint)(bucket * 0x9E3779B1) & (uint)mask);
        var key = (uint)(bucket + 1);
        ulong entry;
        while ((uint)(entry = keyed[slot]) != key)
        {
            if ((uint)entry == 0)
            {
                return;
            }

            slot = (slot + 1) & mask;
        }

        // 16 of the row's 17 weights in one vector add (integers: the same sums as one by one).
        var row = weights.AsSpan((int)(entry >> 32) * TagCount, TagCount);
        var sums = scores[..TagCount];
        var (low, high) = Vector256.Widen(Vector256.Create<short>(row));
        (Vector256.Create<int>(sums) + low).CopyTo(sums);
        (Vector256.Create<int>(sums[Vector256<int>.Count..]) + high).CopyTo(sums[Vector256<int>.Count..]);
        sums[TagCount - 1] += row[TagCount - 1];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Probe(int bucket)
    {
        var mask = slots.Length - 1;
        var slot = (int)((uint)(bucket * 0x9E3779B1) & (uint)mask);
        while (slots[slot] != 0 && slots[slot] != bucket + 1)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(TagCount);
        writer.Write(BucketBits);
        writer.Write(tagDictionary.Count);
        foreach (var (hash, tag) in tagDictionary.OrderBy(p => p.Key))
        {
            writer.Write(hash);
            writer.Write(tag);
        }

        // Rows in bucket order, as deltas, so the file is deterministic and compresses well.
        var order = new List<(int Bucket, int Row)>();
        for (var s = 0; s < slots.Length; s++)
        {
            if (slots[s] != 0)
            {
                order.Add((slots[s] - 1, rowOfSlot[s]));
            }
        }

        order.Sort();
        writer.Write(order.Count);
        var previous = 0;
        foreach (var (bucket, row) in order)
        {
            writer.Write7BitEncodedInt(bucket - previous);
            previous = bucket;
            var values = weights.AsSpan(row * TagCount, TagCount);
            var mask = 0;
            for (var t = 0; t < TagCount; t++)
            {
                mask |= values[t] != 0 ? 1 << t : 0;
            }

            writer.Write7BitEncodedInt(mask);
            for (var t = 0; t < TagCount; t++)
            {
                if (values[t] != 0)
                {
                    writer.Write(values[t]);
                }
            }
        }
    }

    public static PosModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != TagCount)
        {
            throw new InvalidDataException("Not a Chronicle part-of-speech model.");
        }

        var bits = reader.ReadInt32();
        var dictionaryCount = reader.ReadInt32();
        var dictionary = new Dictionary<ulong, byte>(dictionaryCount);
        for (var i = 0; i < dictionaryCount; i++)
        {
            var hash = reader.ReadUInt64();
            dictionary[hash] = reader.ReadByte();
        }

        var count = reader.ReadInt32();
        var rows = new List<(int, short[])>(count);
        var bucket = 0;
        for (var i = 0; i < count; i++)
        {
            bucket += reader.Read7BitEncodedInt();
            var mask = reader.Read7BitEncodedInt();
            var row = new short[TagCount];
            for (var t = 0; t < TagCount; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    row[t] = reader.ReadInt16();
                }
            }

            rows.Add((bucket, row));
        }

        return new PosModel(bits, rows, dictionary);
    }
}
