using System.Globalization;
using Chronicle.Resources;

namespace Chronicle.Reading;

/// <summary>Recognises binary files by their leading bytes (magic numbers), from a data file of signatures.</summary>
internal static class BinarySignatures
{
    private const string ResourcePath = "Reading/Resources/binary-signatures.txt";

    private static readonly Signature[] Signatures = Load();

    /// <summary>The name of the binary format the bytes start with ("PNG image"), or null.</summary>
    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var signature in Signatures)
        {
            if (signature.Matches(bytes))
            {
                return signature.Name;
            }
        }

        return null;
    }

    private static Signature[] Load()
    {
        var list = new List<Signature>();
        foreach (var line in ResourceFiles.ReadDataLines(ResourcePath))
        {
            var split = line.IndexOfAny([' ', '\t']);
            var hex = line[..split];
            var name = line[split..].Trim();
            var pattern = new short[hex.Length / 2];
            for (var i = 0; i < pattern.Length; i++)
            {
                var pair = hex.AsSpan(i * 2, 2);
                pattern[i] = pair is "??" ? (short)-1 : byte.Parse(pair, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }

            list.Add(new Signature(pattern, name));
        }

        return [.. list];
    }

    /// <param name="Pattern">Byte values, -1 for "any byte".</param>
    private sealed record Signature(short[] Pattern, string Name)
    {
        public bool Matches(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length < Pattern.Length)
            {
                return false;
            }

            for (var i = 0; i < Pattern.Length; i++)
            {
                if (Pattern[i] >= 0 && bytes[i] != Pattern[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
