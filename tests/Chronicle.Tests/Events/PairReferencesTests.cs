using Chronicle.Events;

namespace Chronicle.Tests.Events;

public class PairReferencesTests
{
    private static EventFixture World() => new EventFixture()
        .Entity("Kestrel Party", "ORG").Entity("Union Front", "ORG").Entity("KP", "ORG", "kestrel_party").Entity("Norvia", "GPE").Entity("Ostland", "GPE")
        .Time("In 2017", "2017-01-01", "2017-12-31", "year");

    [Theory]
    [InlineData("The Kestrel Party and the Union Front met in Halden. In 2017, the two rival parties signed an agreement.")]
    [InlineData("Talks between the Kestrel Party (KP) and the Union Front stalled. In 2017, both sides signed an agreement.")]
    public void A_plural_phrase_names_the_last_coordinated_pair(string text)
    {
        var agreement = Assert.Single(World().Extract(text, "2021-03-10"), m => m.Type == "SIGN_AGREEMENT");
        Assert.Equal(["kestrel_party", "union_front"], agreement.ParticipantKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_pair_must_be_of_one_type_and_before_the_phrase()
    {
        var fixture = World();
        const string text = "Norvia and the Kestrel Party met. The two parties signed an agreement. Ostland and the Union Front met later.";
        Assert.Equal(fixture.Participants(text).Count, PairReferences.Expand(text, fixture.Participants(text)).Count);
    }

    [Theory]
    [InlineData("The Kestrel Party and the Union Front met. The two days passed.")]
    [InlineData("The Kestrel Party and the Union Front met. Both cases were closed.")]
    [InlineData("The Kestrel Party and the Union Front met.")]
    public void Other_plurals_refer_to_nobody(string text)
    {
        var fixture = World();
        Assert.Equal(fixture.Participants(text).Count, PairReferences.Expand(text, fixture.Participants(text)).Count);
    }

    [Fact]
    public void Expansion_is_total()
    {
        Assert.Empty(PairReferences.Expand("", []));
        Assert.Empty(PairReferences.Expand("both", []));
        var fixture = World();
        const string text = "Kestrel Party and Union Front. The two";
        Assert.Equal(2, PairReferences.Expand(text, fixture.Participants(text)).Count);
    }
}
