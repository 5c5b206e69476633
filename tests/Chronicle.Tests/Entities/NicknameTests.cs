using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;

namespace Chronicle.Tests.Entities;

public sealed class NicknameTests
{
    private static ArticleEntities Article(string id, int day, params (EntityType Type, string[] Names)[] entities) =>
        new(id, new DateOnly(2021, 3, day), [], entities.Select((e, i) => new ArticleEntity(
            i, e.Type, e.Names.OrderByDescending(n => n.Split(' ').Length).First(),
            e.Names.Order(StringComparer.Ordinal).ToList(), e.Names.Select(_ => 1).ToList(), [])).ToList());

    [Theory]
    [InlineData("Bill", "William", true)]
    [InlineData("bob", "Robert", true)]
    [InlineData("Larry", "Lawrence", true)]
    [InlineData("Dave", "David", true)]
    [InlineData("Dave", "Daniel", false)]
    [InlineData("Mike", "Mark", false)]
    [InlineData("", "Mark", false)]
    public void Short_forms_match_their_formal_name(string a, string b, bool same) =>
        Assert.Equal(same, Nicknames.Default.Same(a, b));

    [Fact]
    public void Given_name_variants_with_one_surname_merge_and_the_bare_surname_follows()
    {
        var entities = EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Person, ["Tom Whitaker"])),
            Article("b", 2, (EntityType.Person, ["Thomas Whitaker"])),
            Article("c", 3, (EntityType.Person, ["Whitaker"])),
        ]);
        var person = Assert.Single(entities);
        Assert.Contains(person.MergeEvidence, e => e.Rule == "given-name-variant");
        Assert.Contains(person.MergeEvidence, e => e.Rule == "surname");
    }

    [Fact]
    public void Different_first_names_or_surnames_stay_apart()
    {
        var entities = EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Person, ["Tom Whitaker"])),
            Article("b", 2, (EntityType.Person, ["Timothy Whitaker"])),
            Article("c", 3, (EntityType.Person, ["Thomas Whitacre"])),
        ]);
        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void Different_middle_names_stay_apart()
    {
        Assert.False(EntityResolver.GivenNameVariants(["Bill", "J.", "Harper"], ["William", "K.", "Harper"]));
        Assert.True(EntityResolver.GivenNameVariants(["Bill", "J.", "Harper"], ["William", "James", "Harper"]));
    }

    [Fact]
    public void A_person_called_by_a_middle_name_merges_within_one_article_only()
    {
        var same = EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Person, ["Joan P. Ferris"]), (EntityType.Person, ["Penny Ferris"]), (EntityType.Person, ["Penny"])),
        ]);
        var person = Assert.Single(same);
        Assert.Contains(person.MergeEvidence, e => e.Rule == "middle-name");
        Assert.Contains(person.MergeEvidence, e => e.Rule == "first-name");

        var apart = EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Person, ["Joan P. Ferris"])),
            Article("b", 2, (EntityType.Person, ["Penny Ferris"])),
        ]);
        Assert.Equal(2, apart.Count);
    }
}
