using Chronicle.Corpus;

namespace Chronicle.Tests.Corpus;

public sealed class KeyMapTests
{
    [Fact]
    public void A_key_map_finds_each_key_and_gives_back_the_sorted_map()
    {
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["c10"] = "gpe:norvia", ["c2"] = "person:tomas-vell", ["c1"] = "gpe:halden" };
        var map = new KeyMap(sorted, s => s);

        Assert.Equal("person:tomas-vell", map["c2"]);
        Assert.True(map.TryGetValue("c10", out var id) && id == "gpe:norvia");
        Assert.False(map.ContainsKey("c3"));
        Assert.Equal(sorted, map.ToSorted());
        Assert.Equal(sorted.Keys, map.Keys);
    }
}
