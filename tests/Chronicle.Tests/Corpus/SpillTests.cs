using Chronicle.Corpus;

namespace Chronicle.Tests.Corpus;

public sealed class SpillTests
{
    private static Spill<(long Number, string Text, List<string> Keys)> NewSpill() => new(
        (writer, r) =>
        {
            writer.Write(r.Number);
            writer.Write(r.Text);
            SpillRecords.WriteStrings(writer, r.Keys);
        },
        reader => (reader.ReadInt64(), reader.ReadString(), SpillRecords.ReadStrings(reader)));

    [Fact]
    public void Gives_back_its_records_in_order_as_often_as_read_and_after_more_are_added()
    {
        using var spill = NewSpill();
        spill.Add((7, "Tomas Vell met Ana Dorr in Halden \u2014 \u00E9t\u00E9", ["person:tomas-vell", "person:ana-dorr"]));
        spill.Add((-1, string.Empty, []));

        var first = spill.ToList();
        Assert.Equal(2, spill.Count);
        Assert.Equal(first.Select(r => (r.Number, r.Text, string.Join('|', r.Keys))), spill.Select(r => (r.Number, r.Text, string.Join('|', r.Keys))));
        Assert.Equal("Tomas Vell met Ana Dorr in Halden \u2014 \u00E9t\u00E9", first[0].Text);
        Assert.Equal(["person:tomas-vell", "person:ana-dorr"], first[0].Keys);
        Assert.Equal((-1L, string.Empty), (first[1].Number, first[1].Text));
        Assert.Empty(first[1].Keys);

        spill.Add((3, "Kestrel Party", ["org:kestrel-party"]));
        Assert.Equal([7L, -1L, 3L], spill.Select(r => r.Number));
    }
}
