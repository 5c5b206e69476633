using Chronicle.Fusion;

namespace Chronicle.Tests.Fusion;

public class ClusterCandidatesTests
{
    [Fact]
    public void Candidates_are_the_clusters_of_the_type_the_sentence_or_a_shared_key_in_making_order()
    {
        var index = new ClusterCandidates();
        index.AddCluster(0, "MEET");
        index.AddMention(0, "a", 1, ["kestrel"]);
        index.AddCluster(1, "ATTACK");
        index.AddMention(1, "a", 2, ["union"]);
        index.AddCluster(2, "PROTEST");
        index.AddMention(2, "b", 5, []);
        index.AddCluster(3, "MEET");
        index.AddMention(3, "c", 1, ["norvia"]);
        index.AddMention(1, "c", 4, ["kestrel"]);

        Assert.Equal([0, 1, 3], index.For("MEET", ["kestrel"], "z", 0, 4));
        Assert.Equal([1, 2], index.For("ATTACK", [], "b", 5, 4));
        Assert.Empty(index.For("VISIT", ["halden"], "z", 0, 4));
    }
}
