using System.Text;
using System.Text.Unicode;

namespace Chronicle.Reading;

/// <summary>
/// Turns a file's bytes into text: byte-order marks (UTF-8, UTF-16, UTF-32), UTF-16 without a mark
/// (from where the NUL bytes fall), UTF-8, and Windows-1252 for bytes that are not valid UTF-8.
/// Refuses binary files (known magic numbers, NUL bytes, many control characters). Line breaks
/// become LF; every other character, no-break spaces included, stays as it was.
/// </summary>
public static class TextDecoder
{
    public const string Windows1252Warning = "invalid UTF-8; decoded as Windows-1252";

    /// <summary>How much of the start of a file the statistical checks look at.</summary>
    private const int SampleBytes = 64 * 1024;

    /// <summary>Above this share of control bytes in the sample a file is taken as binary; text files have next to none.</summary>
    private const double MaxControlShare = 0.02;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, false);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(false, false, false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(true, false, false);
    private static readonly Encoding Utf32Le = new UTF32Encoding(false, false, false);
    private static readonly Encoding Utf32Be = new UTF32Encoding(true, false, false);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available from CodePagesEncodingProvider.");

    /// <summary>Decodes bytes to text; never throws. <see cref="DecodedText.Error"/> is set for empty or binary input.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool normalizeNewlines = true)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Failed("empty file");
        }

        var result = DecodeUnchecked(bytes);
        if (!result.IsText)
        {
            return result;
        }

        var text = StripBom(result.Text);
        if (normalizeNewlines)
        {
            text = NormalizeNewlines(text);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedText.Failed("empty file");
        }

        return result with { Text = text };
    }

    /// <summary>CRLF and lone CR become LF.</summary>
    public static string NormalizeNewlines(string text)
    {
        if (!text.Contains('\r'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static DecodedText DecodeUnchecked(ReadOnlySpan<byte> bytes)
    {
        // Byte-order marks first: UTF-16 and UTF-32 text is full of NUL bytes that would look binary.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var body = bytes[3..];
            var warnings = Utf8.IsValid(body) ? Array.Empty<string>() : ["invalid UTF-8 after a UTF-8 byte-order mark; bad bytes replaced"];
            return Text(StrictUtf8.GetString(body), "UTF-8", warnings);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Text(Utf32Le.GetString(bytes[4..]), "UTF-32LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Text(Utf32Be.GetString(bytes[4..]), "UTF-32BE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return CheckControls(Utf16Le.GetString(bytes[2..]), "UTF-16LE", []);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return CheckControls(Utf16Be.GetString(bytes[2..]), "UTF-16BE", []);
        }

        if (BinarySignatures.Identify(bytes) is { } kind)
        {
            return DecodedText.Failed($"binary file ({kind})");
        }

        if (GuessUtf16WithoutBom(bytes) is { } bigEndian)
        {
            var name = bigEndian ? "UTF-16BE" : "UTF-16LE";
            var text = (bigEndian ? Utf16Be : Utf16Le).GetString(bytes[..(bytes.Length & ~1)]);
            return CheckControls(text, name, [$"no byte-order mark; decoded as {name}"]);
        }

        if (bytes.Contains((byte)0))
        {
            return DecodedText.Failed("binary file (contains NUL bytes)");
        }

        if (ControlShare(bytes[..Math.Min(bytes.Length, SampleBytes)]) > MaxControlShare)
        {
            return DecodedText.Failed("binary file (many control characters)");
        }

        return Utf8.IsValid(bytes)
            ? Text(StrictUtf8.GetString(bytes), "UTF-8")
            : Text(Windows1252.GetString(bytes), "Windows-1252", [Windows1252Warning]);
    }

    private static DecodedText Text(string text, string encoding, IReadOnlyList<string>? warnings = null) =>
        new(text, encoding, warnings ?? [], null);

    /// <summary>UTF-16 text decoded from bytes may still be binary (random bytes with a lucky mark).</summary>
    private static DecodedText CheckControls(string text, string encoding, IReadOnlyList<string> warnings)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleBytes));
        var controls = 0;
        foreach (var c in sample)
        {
            if (IsControl(c))
            {
                controls++;
            }
        }

        return sample.Length > 0 && (double)controls / sample.Length > MaxControlShare
            ? DecodedText.Failed("binary file (many control characters)")
            : new DecodedText(text, encoding, warnings, null);
    }

    /// <summary>
    /// ASCII-heavy UTF-16 has a NUL in every other byte: the odd ones for little-endian, the even ones
    /// for big-endian. Returns true for big-endian, false for little-endian, null when it is not UTF-16.
    /// </summary>
    private static bool? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, SampleBytes) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenNuls++;
            }

            if (sample[i + 1] == 0)
            {
                oddNuls++;
            }
        }

        var pairs = sample.Length / 2;
        const double Mostly = 0.6, Rarely = 0.05;
        if (oddNuls >= pairs * Mostly && evenNuls <= pairs * Rarely)
        {
            return false;
        }

        if (evenNuls >= pairs * Mostly && oddNuls <= pairs * Rarely)
        {
            return true;
        }

        return null;
    }

    private static double ControlShare(ReadOnlySpan<byte> sample)
    {
        var controls = 0;
        foreach (var b in sample)
        {
            if (IsControl((char)b))
            {
                controls++;
            }
        }

        return (double)controls / sample.Length;
    }

    /// <summary>C0 controls other than the whitespace ones (tab, LF, VT, FF, CR) and the DOS end-of-file mark.</summary>
    private static bool IsControl(char c) => (c < 0x20 && c is not ('\t' or '\n' or '\v' or '\f' or '\r' or '\x1A')) || c == 0x7F;

    private static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}
