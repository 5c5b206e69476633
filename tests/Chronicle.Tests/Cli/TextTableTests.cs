using Chronicle.Cli.Output;

namespace Chronicle.Tests.Cli;

public sealed class TextTableTests
{
    [Fact]
    public void Cells_are_flattened_to_single_spaces_cut_to_their_column_and_padded()
    {
        var table = new TextTable(("a", 6), ("b", 4), ("c", 10));
        table.Add("one two", "x", "last");
        table.Add("  lead", "t\tab", "new\nline  end ");
        table.Add("nb\u00a0sp", null, "");
        table.Add("toolongcell", "ab", "a  b");

        var expected =
            "a       b     c\n" +
            "------  ----  ----------\n" +
            "one t…  x     last\n" +
            "lead    t ab  new line …\n" +
            "nb sp         \n" +
            "toolo…  ab    a b\n";
        Assert.Equal(expected, table.Render());
    }
}
