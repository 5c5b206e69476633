using Chronicle.Storage.Postgres;

namespace Chronicle.Tests.Storage;

public class TsQueryTests
{
    [Theory]
    [InlineData("harbour", "'harbour'")]
    [InlineData("harbour closed", "'harbour' & 'closed'")]
    [InlineData("\"harbour closed\" today", "('harbour' <-> 'closed') & 'today'")]
    [InlineData("harb*", "'harb':*")]
    [InlineData("harbour OR port", "'harbour' | 'port'")]
    [InlineData("harbour NOT port", "'harbour' & !'port'")]
    [InlineData("NOT harbour NOT", "'harbour'")]
    [InlineData("harbour\" OR (", "'harbour'")]
    [InlineData("it's 'quoted'", "'it' & 's' & 'quoted'")]
    [InlineData("\\ ' & | ! <-> :*", "")]
    public void Builds_a_tsquery_that_quotes_every_word(string input, string expected)
    {
        Assert.Equal(expected, TsQuery.Build(input));
    }
}
