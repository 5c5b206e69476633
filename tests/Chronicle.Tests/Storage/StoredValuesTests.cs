using System.Globalization;
using Chronicle.Model;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

public sealed class StoredValuesTests
{
    [Theory]
    [InlineData("2009-06-25")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-02-29")]
    public void An_iso_day_reads_as_the_framework_s_exact_parse_reads_it(string text)
    {
        Assert.Equal(DateOnly.ParseExact(text, StoredValues.DateFormat, CultureInfo.InvariantCulture), StoredValues.ParseIsoDay(text));
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2023-13-01")]
    [InlineData("2023-00-10")]
    [InlineData("2023-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2023-1-01")]
    [InlineData("2023/01/01")]
    [InlineData("２０２３-01-01")]
    [InlineData("")]
    [InlineData("2023-01-01T00:00")]
    public void Anything_else_is_no_day_as_for_the_framework_s_exact_parse(string text)
    {
        Assert.Null(StoredValues.ParseIsoDay(text));
        Assert.False(DateOnly.TryParseExact(text, StoredValues.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
    }

    [Theory]
    [InlineData("explicit", DateEvidence.Explicit)]
    [InlineData("inferred", DateEvidence.Inferred)]
    [InlineData("unknown", DateEvidence.Unknown)]
    [InlineData("Inferred", DateEvidence.Inferred)]
    [InlineData("nonsense", DateEvidence.Unknown)]
    public void Evidence_names_read_back(string stored, DateEvidence expected)
    {
        Assert.Equal(expected, StoredValues.ParseEvidence(stored));
    }
}
