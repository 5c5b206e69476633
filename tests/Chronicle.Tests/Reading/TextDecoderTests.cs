using System.Text;
using Chronicle.Reading;

namespace Chronicle.Tests.Reading;

public class TextDecoderTests
{
    private const string Sample = "Ferry returns\nThe council voted.";

    [Fact]
    public void Utf8WithBomDecodesWithoutTheMark()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        Assert.True(decoded.IsText);
        Assert.Equal(Sample, decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Utf16LittleEndianWithBom()
    {
        var decoded = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("UTF-16LE", decoded.Encoding);
    }

    [Fact]
    public void Utf16BigEndianWithBom()
    {
        var decoded = TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("UTF-16BE", decoded.Encoding);
    }

    [Theory]
    [InlineData(false, "UTF-16LE")]
    [InlineData(true, "UTF-16BE")]
    public void Utf16WithoutBomIsFoundFromTheNulBytesWithAWarning(bool bigEndian, string expected)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var decoded = TextDecoder.Decode(encoding.GetBytes(Sample));
        Assert.True(decoded.IsText, decoded.Error);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(expected, decoded.Encoding);
        Assert.Contains(decoded.Warnings, w => w.Contains("no byte-order mark", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidUtf8FallsBackToWindows1252WithAWarning()
    {
        // 0x93 and 0x94 are curly quotes in Windows-1252 and invalid on their own in UTF-8.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("He said "), 0x93, .. Encoding.ASCII.GetBytes("yes"), 0x94, (byte)'.'];
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("He said \u201Cyes\u201D.", decoded.Text);
        Assert.Equal([TextDecoder.Windows1252Warning], decoded.Warnings);
    }

    [Fact]
    public void NoBreakAndOtherUnicodeSpacesStay()
    {
        var text = "12\u00A0March and 5\u202Fkm and\u2009thin";
        Assert.Equal(text, TextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Text);
    }

    [Fact]
    public void CrLfAndLoneCrBecomeLf()
    {
        Assert.Equal("a\nb\nc\n\nd", TextDecoder.Decode(Encoding.UTF8.GetBytes("a\r\nb\rc\r\n\r\nd")).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\r\n ")]
    public void EmptyOrWhitespaceIsAnError(string content)
    {
        Assert.Equal("empty file", TextDecoder.Decode(Encoding.UTF8.GetBytes(content)).Error);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "binary file (PNG image)")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0 }, "binary file (ZIP archive)")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "binary file (PDF document)")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0 }, "binary file (gzip archive)")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 }, "binary file (JPEG image)")]
    [InlineData(new byte[] { 0x41, 0x42, 0x00, 0x43, 0x44, 0x45, 0x46, 0x00, 0x00, 0x47 }, "binary file (contains NUL bytes)")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x06, 0x42, 0x07, 0x08 }, "binary file (many control characters)")]
    public void BinaryFilesAreRefusedWithWhatTheyAre(byte[] bytes, string expected)
    {
        Assert.Equal(expected, TextDecoder.Decode(bytes).Error);
    }
}
