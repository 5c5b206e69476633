using Chronicle.Entities;
using Chronicle.Entities.Gazetteers;
using Chronicle.Entities.Linking;
using Chronicle.Model;

namespace Chronicle.Tests.Entities;

public sealed class LinkingTests
{
    /// <summary>Mentions placed by hand: each (surface, type) at its first occurrence after the previous one.</summary>
    private static List<TokenMention> Place(string text, params (string Surface, EntityType Type)[] items)
    {
        var result = new List<TokenMention>();
        var from = 0;
        foreach (var (surface, type) in items)
        {
            var start = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.True(start >= 0, surface);
            result.Add(new TokenMention(0, 0, 1, type, new Span(start, start + surface.Length)));
            from = start + surface.Length;
        }

        return result;
    }

    private static IReadOnlyList<EntityMention> Cluster(string text, params (string, EntityType)[] items) =>
        new MentionClusterer().Cluster(text, Place(text, items));

    [Fact]
    public void Expansion_and_acronym_in_brackets_share_a_cluster()
    {
        const string text = "The Coastal Defence League (CDL) met. Later the CDL agreed.";
        var m = Cluster(text, ("Coastal Defence League", EntityType.Org), ("CDL", EntityType.Org), ("CDL", EntityType.Org));
        Assert.Single(m.Select(x => x.Cluster).Distinct());
    }

    [Fact]
    public void An_organisation_and_its_short_name_in_brackets_share_a_cluster()
    {
        const string text = "the United Farmers Front (Kisan) said";
        var m = Cluster(text, ("United Farmers Front", EntityType.Org), ("Kisan", EntityType.Org));
        Assert.Equal(m[0].Cluster, m[1].Cluster);
    }

    [Fact]
    public void A_place_and_a_news_agency_in_brackets_stay_apart()
    {
        const string text = "LIMA (Wirepress) - Talks began.";
        var m = Cluster(text, ("LIMA", EntityType.Gpe), ("Wirepress", EntityType.Org));
        Assert.NotEqual(m[0].Cluster, m[1].Cluster);
    }

    [Fact]
    public void An_acronym_the_tagger_missed_is_found_when_it_spells_a_name_of_the_article()
    {
        const string text = "Speaking to Baltic News Service, he agreed. / BNS";
        var m = Cluster(text, ("Baltic News Service", EntityType.Org));
        Assert.Equal(2, m.Count);
        Assert.Equal("BNS", m[1].Text);
        Assert.Equal(m[0].Cluster, m[1].Cluster);
    }

    [Fact]
    public void A_surname_joins_the_one_full_name_that_ends_with_it()
    {
        const string text = "Ines Carvalho spoke. Carvalho said more.";
        var m = Cluster(text, ("Ines Carvalho", EntityType.Person), ("Carvalho", EntityType.Person));
        Assert.Equal(m[0].Cluster, m[1].Cluster);
    }

    [Fact]
    public void A_surname_shared_by_two_people_of_the_article_stays_alone()
    {
        const string text = "Ines Carvalho and Rui Carvalho spoke. Carvalho said more.";
        var m = Cluster(text, ("Ines Carvalho", EntityType.Person), ("Rui Carvalho", EntityType.Person), ("Carvalho", EntityType.Person));
        Assert.Equal(3, m.Select(x => x.Cluster).Distinct().Count());
    }

    [Fact]
    public void A_surname_the_tagger_typed_as_an_organisation_is_retyped_as_the_person()
    {
        const string text = "Ines Carvalho spoke. Carvalho said more.";
        var m = Cluster(text, ("Ines Carvalho", EntityType.Person), ("Carvalho", EntityType.Org));
        Assert.Equal(EntityType.Person, m[1].Type);
    }

    private static ArticleEntities Link(string text, DateOnly? date, params (string, EntityType)[] items)
    {
        var mentions = new MentionClusterer().Cluster(text, Place(text, items));
        return new ArticleEntityLinker(Gazetteer.Default).Link("a1", date, text, TestText.Segment(text), mentions);
    }

    [Fact]
    public void A_title_before_a_name_is_a_dated_role()
    {
        const string text = "Chilean Deputy Trade Minister Ana Ruiz arrived on Monday.";
        var article = Link(text, new DateOnly(2021, 5, 3), ("Chilean", EntityType.Norp), ("Ana Ruiz", EntityType.Person));
        var person = article.Entities.Single(e => e.Type == EntityType.Person);
        var role = Assert.Single(person.Roles);
        Assert.Equal("Chilean Deputy Trade Minister", role.Text);
        Assert.Equal(new DateOnly(2021, 5, 3), role.Date);
        Assert.Equal("a1", role.ArticleId);
    }

    [Fact]
    public void An_apposition_after_a_name_is_a_role()
    {
        const string text = "Ana Ruiz, the head of the Andean Water Board, said the plan works.";
        var article = Link(text, null, ("Ana Ruiz", EntityType.Person), ("Andean Water Board", EntityType.Org));
        Assert.Equal("head of the Andean Water Board", Assert.Single(article.Entities.Single(e => e.Type == EntityType.Person).Roles).Text);
    }

    [Fact]
    public void An_apposition_before_a_name_is_a_role()
    {
        const string text = "The spokesman of the Andean Water Board, Tomas Vera, said it works.";
        var article = Link(text, null, ("Andean Water Board", EntityType.Org), ("Tomas Vera", EntityType.Person));
        Assert.Equal("spokesman of the Andean Water Board", Assert.Single(article.Entities.Single(e => e.Type == EntityType.Person).Roles).Text);
    }

    [Fact]
    public void Clauses_and_honorifics_are_not_roles()
    {
        const string text = "Since he became chairman in May, Tomas Vera has led it. Mr. Vera agreed.";
        var article = Link(text, null, ("Tomas Vera", EntityType.Person), ("Vera", EntityType.Person));
        Assert.Empty(article.Entities.Single().Roles);
    }

    [Fact]
    public void Article_entities_carry_their_names_and_fullest_name()
    {
        const string text = "Ines Carvalho spoke. Carvalho said more. Carvalho left.";
        var article = Link(text, null, ("Ines Carvalho", EntityType.Person), ("Carvalho", EntityType.Person), ("Carvalho", EntityType.Person));
        var entity = Assert.Single(article.Entities);
        Assert.Equal("Ines Carvalho", entity.Name);
        Assert.Equal(["Carvalho", "Ines Carvalho"], entity.Names);
        Assert.Equal([2, 1], entity.NameCounts);
    }
}
