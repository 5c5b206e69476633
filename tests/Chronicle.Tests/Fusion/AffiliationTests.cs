using Chronicle.Fusion;

namespace Chronicle.Tests.Fusion;

public class AffiliationTests
{
    [Theory]
    [InlineData("Russian", "Russia")]
    [InlineData("Egyptian", "Egypt")]
    [InlineData("Israeli", "Israel")]
    [InlineData("Chinese", "China")]
    [InlineData("Norvian", "Norvia")]
    [InlineData("German", "Germany")]
    public void A_nationality_and_its_country_share_a_stem(string nationality, string country)
    {
        Assert.True(Affiliation.Stems(nationality, country: false).Intersect(Affiliation.Stems(country, country: true)).Any());
    }

    [Theory]
    [InlineData("Russian", "Prussia")]
    [InlineData("Egyptian", "Israel")]
    [InlineData("Palestinian Authority", "Palestine")]
    [InlineData("", "Norvia")]
    public void Others_do_not(string nationality, string country)
    {
        Assert.False(Affiliation.Stems(nationality, country: false).Intersect(Affiliation.Stems(country, country: true)).Any());
    }

    [Fact]
    public void The_counterpart_of_a_stem_is_on_the_other_side() =>
        Assert.Equal(["n:russia", "g:russia"], new[] { "g:russia", "n:russia" }.Select(Affiliation.Counterpart));
}
