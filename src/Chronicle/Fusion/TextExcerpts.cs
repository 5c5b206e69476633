namespace Chronicle.Fusion;

/// <summary>
/// Parts of a text at their offsets in it, the rest left out: what fusion reads of an article (its
/// mentions' sentences and the words before their triggers and times) without holding the whole
/// text, which was most of the memory of an index build. A character left out reads as '\0', which
/// no rule takes for a letter, digit or space. A part whose characters are all Latin-1 is held a byte
/// a character (news text nearly always is), half of what a string takes.
/// </summary>
public sealed class TextExcerpts
{
    private readonly int[] starts;
    private readonly int[] lengths;

    /// <summary>Each part as Latin-1 bytes, or null where it is held as a string.</summary>
    private readonly byte[]?[] narrow;
    private readonly string?[] wide;

    /// <param name="text">The whole text.</param>
    /// <param name="ranges">The ranges to keep (start, end), in any order; they may overlap.</param>
    public TextExcerpts(string text, IEnumerable<(int Start, int End)> ranges)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ranges);
        Length = text.Length;
        var merged = new List<(int Start, int End)>();
        foreach (var (s, e) in ranges.Select(r => (Math.Clamp(r.Start, 0, text.Length), Math.Clamp(r.End, 0, text.Length))).Where(r => r.Item1 < r.Item2).OrderBy(r => r.Item1))
        {
            if (merged.Count > 0 && s <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, e));
            }
            else
            {
                merged.Add((s, e));
            }
        }

        starts = merged.Select(r => r.Start).ToArray();
        lengths = merged.Select(r => r.End - r.Start).ToArray();
        narrow = new byte[]?[merged.Count];
        wide = new string?[merged.Count];
        for (var p = 0; p < merged.Count; p++)
        {
            var part = text.AsSpan(merged[p].Start, lengths[p]);
            if (part.ContainsAnyExceptInRange('\0', '\u00FF'))
            {
                wide[p] = part.ToString();
            }
            else
            {
                narrow[p] = new byte[part.Length];
                System.Text.Encoding.Latin1.GetBytes(part, narrow[p]);
            }
        }
    }

    private TextExcerpts(int length, int[] starts, int[] lengths, byte[]?[] narrow, string?[] wide)
    {
        Length = length;
        this.starts = starts;
        this.lengths = lengths;
        this.narrow = narrow;
        this.wide = wide;
    }

    /// <summary>Excerpts as <see cref="Write"/> wrote them.</summary>
    public static TextExcerpts Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var length = reader.ReadInt32();
        var count = reader.ReadInt32();
        var (starts, lengths, narrow, wide) = (new int[count], new int[count], new byte[]?[count], new string?[count]);
        for (var p = 0; p < count; p++)
        {
            starts[p] = reader.ReadInt32();
            lengths[p] = reader.ReadInt32();
            if (reader.ReadBoolean())
            {
                narrow[p] = reader.ReadBytes(lengths[p]);
            }
            else
            {
                // As UTF-16 units: a part need not be well-formed UTF-16, which UTF-8 would not keep.
                var chars = new char[lengths[p]];
                reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(chars.AsSpan()));
                wide[p] = new string(chars);
            }
        }

        return new TextExcerpts(length, starts, lengths, narrow, wide);
    }

    /// <summary>Writes the excerpts, each part as it is held, for <see cref="Read"/>.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Length);
        writer.Write(starts.Length);
        for (var p = 0; p < starts.Length; p++)
        {
            writer.Write(starts[p]);
            writer.Write(lengths[p]);
            writer.Write(narrow[p] is not null);
            if (narrow[p] is { } bytes)
            {
                writer.Write(bytes);
            }
            else
            {
                writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(wide[p].AsSpan()));
            }
        }
    }

    /// <summary>The length of the whole text.</summary>
    public int Length { get; }

    /// <summary>The characters kept.</summary>
    public int Kept => lengths.Sum();

    public char this[int index]
    {
        get
        {
            var p = Part(index);
            return p < 0 ? '\0' : narrow[p] is { } bytes ? (char)bytes[index - starts[p]] : wide[p]![index - starts[p]];
        }
    }

    /// <summary>The characters from <paramref name="start"/> on, as the whole text has them where kept.</summary>
    public ReadOnlySpan<char> Slice(int start, int length)
    {
        var p = Part(start);
        if (p >= 0 && wide[p] is { } part && start - starts[p] + length <= part.Length)
        {
            return part.AsSpan(start - starts[p], length);
        }

        if (p >= 0 && narrow[p] is { } bytes && start - starts[p] + length <= bytes.Length)
        {
            return System.Text.Encoding.Latin1.GetString(bytes, start - starts[p], length);
        }

        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = this[start + i];
        }

        return chars;
    }

    /// <summary><see cref="Slice"/> as a string, made once (a source's sentence is one string of every fused event).</summary>
    public string Substring(int start, int length)
    {
        var p = Part(start);
        if (p >= 0 && narrow[p] is { } bytes && start - starts[p] + length <= bytes.Length)
        {
            return System.Text.Encoding.Latin1.GetString(bytes, start - starts[p], length);
        }

        return Slice(start, length).ToString();
    }

    /// <summary>The kept part that holds the offset, or -1.</summary>
    private int Part(int index)
    {
        var i = Array.BinarySearch(starts, index);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i >= 0 && index < starts[i] + lengths[i] ? i : -1;
    }
}
