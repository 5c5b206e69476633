using Chronicle.Fusion;

namespace Chronicle.Tests.Fusion;

public class ClusterCandidatesTests
{
    [Fact]
    public void Candidates_share_a_key_or_the_sentence_in_making_order()
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

        // A cluster of the mention's type with nothing in common with it (3) is no candidate.
        Assert.Equal([0, 1], index.For(new CandidateQuery("MEET", ["kestrel"], "z", 0), 4));
        Assert.Equal([2], index.For(new CandidateQuery("ATTACK", [], "b", 5), 4));
        Assert.Empty(index.For(new CandidateQuery("VISIT", ["halden"], "z", 0), 4));
    }

    [Fact]
    public void Clusters_of_the_type_come_in_by_place_affiliation_day_or_year()
    {
        var index = new ClusterCandidates();
        index.AddCluster(0, "MEET");
        index.AddMention(0, "a", 1, ["kestrel"]);
        index.AddPlace(0, "halden");
        index.AddCluster(1, "MEET");
        index.AddMention(1, "b", 1, ["union"]);
        index.AddAffiliation(1, "g:norvia");
        index.AddCluster(2, "MEET");
        index.AddMention(2, "c", 1, []);
        index.AddMember(2, new DateOnly(2019, 3, 4), 2019, keyless: true);
        index.AddCluster(3, "MEET");
        index.AddMention(3, "d", 1, ["front"]);
        index.AddMember(3, new DateOnly(2019, 3, 4), 2019, keyless: false);
        index.AddCluster(4, "VISIT");
        index.AddPlace(4, "halden");

        Assert.Equal([0], index.For(new CandidateQuery("MEET", ["x"], "z", 0, Place: "halden"), 5));
        Assert.Equal([0, 4], index.For(new CandidateQuery("MEET", [], "z", 0, Venue: "halden"), 5));
        Assert.Equal([1], index.For(new CandidateQuery("MEET", ["x"], "z", 0, Counterparts: ["g:norvia"]), 5));

        // A mention naming participants reaches only clusters naming none by day or year; one naming none reaches both.
        Assert.Equal([2], index.For(new CandidateQuery("MEET", ["x"], "z", 0, Day: new DateOnly(2019, 3, 4)), 5));
        Assert.Equal([2, 3], index.For(new CandidateQuery("MEET", [], "z", 0, Day: new DateOnly(2019, 3, 4)), 5));
        Assert.Equal([2, 3], index.For(new CandidateQuery("MEET", [], "z", 0, Year: 2019), 5));
        Assert.Empty(index.For(new CandidateQuery("MEET", [], "z", 0, Day: new DateOnly(2019, 3, 5), Year: 2018), 5));
    }
}
