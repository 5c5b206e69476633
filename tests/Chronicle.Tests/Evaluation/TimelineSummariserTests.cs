using Chronicle.Evaluation.Tls;

namespace Chronicle.Tests.Evaluation;

public class TimelineSummariserTests
{
    private static readonly DateOnly Day1 = new(2020, 3, 1);

    [Fact]
    public void ChoosesTheMostStatedDaysAndPassesOverTheNeighbourOfAChosenOne()
    {
        var references = new DateReferences();
        void State(int day, int article, string text) => references.Add(new DatedSentence(Day1.AddDays(day), article, 0, text, Stated: true));

        // Day 0: three articles; day 1 (its neighbour): two; day 5: two; day 9: one.
        State(0, 1, "storm damage closes roads");
        State(0, 2, "the bridge closes to traffic");
        State(0, 3, "officials close the bridge");
        State(1, 4, "the bridge stays closed");
        State(1, 5, "traffic is diverted");
        State(5, 6, "repairs begin on the bridge");
        State(5, 7, "crews start repairs");
        State(9, 8, "the bridge reopens");

        var summariser = new TimelineSummariser(new SummariserOptions(PublishedWeight: 0, NeighbourFactor: 0.4));
        var timeline = summariser.Summarise("t", references, Day1, Day1.AddDays(30), dates: 2, sentencesPerDate: 1);

        // Day 1 (2 votes) falls to 0.8 once day 0 is chosen, so day 5 (2 votes) comes next.
        Assert.Equal([Day1, Day1.AddDays(5)], timeline.Dates);
        Assert.Equal("the bridge closes to traffic", Assert.Single(timeline.Entries[0].Sentences));

        var noPenalty = new TimelineSummariser(new SummariserOptions(PublishedWeight: 0, NeighbourFactor: 1));
        Assert.Equal([Day1, Day1.AddDays(1)], noPenalty.Summarise("t", references, Day1, Day1.AddDays(30), 2, 1).Dates);
    }
}
