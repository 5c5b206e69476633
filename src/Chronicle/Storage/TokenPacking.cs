using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>
/// Packs a sentence's tokens into a compact blob: per token the zig-zag varint of its distance from the
/// previous token's end (the sentence start for the first), then the varint of (length &lt;&lt; 2 | kind).
/// Typical tokens take two bytes.
/// </summary>
public static class TokenPacking
{
    public static byte[] Pack(IReadOnlyList<Token> tokens, int sentenceStart)
    {
        var buffer = new List<byte>(tokens.Count * 2 + 4);
        var previousEnd = sentenceStart;
        foreach (var token in tokens)
        {
            WriteVarint(buffer, ZigZag(token.Span.Start - previousEnd));
            WriteVarint(buffer, ((uint)token.Span.Length << 2) | (uint)token.Kind);
            previousEnd = token.Span.End;
        }

        return buffer.ToArray();
    }

    /// <exception cref="InvalidDataException">The blob is truncated or malformed.</exception>
    public static Token[] Unpack(ReadOnlySpan<byte> blob, int sentenceStart)
    {
        var tokens = new List<Token>(blob.Length / 2);
        var position = 0;
        var previousEnd = sentenceStart;
        while (position < blob.Length)
        {
            var start = previousEnd + UnZigZag(ReadVarint(blob, ref position));
            var lengthAndKind = ReadVarint(blob, ref position);
            var end = start + (int)(lengthAndKind >> 2);
            tokens.Add(new Token(new Span(start, end), (TokenKind)(lengthAndKind & 3)));
            previousEnd = end;
        }

        return tokens.ToArray();
    }

    private static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    private static int UnZigZag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    private static void WriteVarint(List<byte> buffer, uint value)
    {
        while (value >= 0x80)
        {
            buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }

        buffer.Add((byte)value);
    }

    private static uint ReadVarint(ReadOnlySpan<byte> blob, ref int position)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= blob.Length)
            {
                throw new InvalidDataException("Truncated token blob.");
            }

            var b = blob[position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("Malformed varint in token blob.");
    }
}
