using System.Runtime.CompilerServices;

namespace Chronicle.Entities.Ner;

/// <summary>
/// 64-bit FNV-1a over characters (lower-cased on the fly) and a mixer that combines hashes, so a
/// feature is an id computed from spans of the text without building any string.
/// </summary>
public static class FeatureHash
{
    public const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = Add(hash, char.ToLowerInvariant(c));
        }

        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b)
    {
        var h = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 29;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);
}
