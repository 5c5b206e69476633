using Chronicle.Model;
using Chronicle.Segmentation;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

public class TokenPackingTests
{
    [Fact]
    public void Round_trips_tokens_in_about_two_bytes_each()
    {
        var text = "Ferries resumed at 10:30, officials said; \u201Cwe're relieved.\u201D";
        var tokens = Tokenizer.Default.Tokenize(text).ToArray();
        var blob = TokenPacking.Pack(tokens, 0);
        Assert.Equal(tokens, TokenPacking.Unpack(blob, 0));
        Assert.True(blob.Length <= tokens.Length * 3, $"{blob.Length} bytes for {tokens.Length} tokens");
    }

    [Fact]
    public void Round_trips_tokens_before_the_sentence_start_and_large_offsets()
    {
        Token[] tokens = [new(new Span(5, 9), TokenKind.Symbol), new(new Span(2_000_000, 2_000_300), TokenKind.Number)];
        Assert.Equal(tokens, TokenPacking.Unpack(TokenPacking.Pack(tokens, 100), 100));
    }

    [Fact]
    public void Truncated_blob_is_reported_as_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => TokenPacking.Unpack(new byte[] { 0x80 }, 0));
    }
}
