using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

public class FtsQueryTests
{
    [Theory]
    [InlineData("harbour", "\"harbour\"")]
    [InlineData("harbour closed", "\"harbour\" \"closed\"")]
    [InlineData("\"harbour closed\" today", "\"harbour closed\" \"today\"")]
    [InlineData("harb*", "\"harb\"*")]
    [InlineData("harbour OR port", "\"harbour\" OR \"port\"")]
    [InlineData("OR harbour OR", "\"harbour\"")]
    [InlineData("harbour AND (port", "\"harbour\" \"port\"")]
    [InlineData("harbour NOT port", "\"harbour\" NOT \"port\"")]
    [InlineData("NOT harbour NOT", "\"harbour\"")]
    [InlineData("harbour\" OR (", "\"harbour\"")]
    [InlineData("\"", "")]
    [InlineData("*", "")]
    [InlineData("-", "")]
    [InlineData("   ", "")]
    [InlineData("\"unclosed phrase", "\"unclosed\" \"phrase\"")]
    [InlineData("don't", "\"don\" \"t\"")]
    public void Builds_a_query_that_quotes_every_term(string input, string expected)
    {
        Assert.Equal(expected, FtsQuery.Build(input));
    }
}
