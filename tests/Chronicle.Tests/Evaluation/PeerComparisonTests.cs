using Chronicle.Evaluation.Timex;

namespace Chronicle.Tests.Evaluation;

public class PeerComparisonTests
{
    private const string Doc = """
        <TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22">x</TIMEX3></DCT>
        <TEXT>Rates rose <TIMEX3 tid="t1" type="DATE" value="2013-03-21">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2M">two months</TIMEX3>.</TEXT></TimeML>
        """;

    [Fact]
    public void ScoresPeerOutputWithTheSameScorer()
    {
        var doc = TimeMlDocument.Parse(Doc);
        var yesterday = doc.Text.IndexOf("yesterday", StringComparison.Ordinal);
        var json = $$"""
            {"tools": [{"name": "peer", "version": "1.0", "chars": {{doc.Text.Length}}, "ms": 2.0,
              "docs": [{"id": "d1", "timexes": [{"start": {{yesterday}}, "end": {{yesterday + 9}}, "text": "yesterday", "type": "DATE", "value": "2013-03-21"}]}]}]}
            """;

        var peers = PeerComparison.ReadPeers(json, "gold", CorpusPart.All, [("d1.tml", doc)]).ToList();

        var peer = Assert.Single(peers);
        Assert.Equal("peer", peer.Name);
        Assert.Equal(new TimexCounts(2, 1, 1, 1, 1, 1), peer.Result.Totals);
        Assert.Equal(doc.Text.Length / 0.002, peer.Result.CharactersPerSecond, 3);
        Assert.Contains("| peer 1.0 |", PeerComparison.FormatTable(peers));
    }

    [Fact]
    public void WritesTheInputNodeReads()
    {
        var path = Path.GetTempFileName();
        try
        {
            PeerComparison.WriteInput([TimeMlDocument.Parse(Doc)], path);
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            var first = json.RootElement[0];
            Assert.Equal("d1", first.GetProperty("id").GetString());
            Assert.Equal("2013-03-22", first.GetProperty("dct").GetString());
            Assert.Equal("Rates rose yesterday for two months.", first.GetProperty("text").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
