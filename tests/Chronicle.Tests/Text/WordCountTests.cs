using Chronicle.Text;
using Xunit;

namespace Chronicle.Tests.Text;

public sealed class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("Norvia", 1)]
    [InlineData("  Tomas Vell\tof\u00A0Halden  ", 4)]
    [InlineData("one two three four five", 5)]
    public void AtMost_agrees_with_the_count_at_every_limit(string text, int words)
    {
        Assert.Equal(words, WordCount.Of(text));
        for (var limit = 0; limit <= words + 1; limit++)
        {
            Assert.Equal(words <= limit, WordCount.AtMost(text, limit));
        }
    }
}
