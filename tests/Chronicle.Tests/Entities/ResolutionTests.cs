using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;

namespace Chronicle.Tests.Entities;

public sealed class ResolutionTests
{
    private static ArticleEntities Article(string id, int day, params (EntityType Type, string[] Names)[] entities) =>
        new(id, new DateOnly(2020, 1, day), [], entities.Select((e, i) => new ArticleEntity(
            i, e.Type, e.Names.OrderByDescending(n => n.Split(' ').Length).First(),
            e.Names.Order(StringComparer.Ordinal).ToList(), e.Names.Select(_ => 1).ToList(),
            [new EntityRole("role in " + id, new DateOnly(2020, 1, day), id)])).ToList());

    private static Entity Holding(IReadOnlyList<Entity> entities, string name) =>
        Assert.Single(entities, e => e.AllNames.Contains(name));

    [Fact]
    public void Transliteration_variants_of_a_full_name_merge_with_evidence()
    {
        var entities = EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Person, ["Yousef Abu Farouq"])),
            Article("b", 2, (EntityType.Person, ["Yusef Abu Farouk"])),
            Article("c", 3, (EntityType.Person, ["Youssef Abou Farouk"])),
        ]);
        var person = Assert.Single(entities);
        Assert.Equal(3, person.AllNames.Count());
        Assert.All(person.MergeEvidence, e => Assert.Equal("transliteration", e.Rule));
        Assert.Equal(new DateOnly(2020, 1, 1), person.FirstSeen);
        Assert.Equal(new DateOnly(2020, 1, 3), person.LastSeen);
        Assert.Equal(["a", "b", "c"], person.Articles);
        Assert.Equal(3, person.Roles.Count);
    }

    [Fact]
    public void People_who_share_a_surname_stay_apart()
    {
        var entities = EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Person, ["Karim Haddad"])),
            Article("b", 2, (EntityType.Person, ["Omar Haddad"])),
        ]);
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_bare_surname_links_only_to_a_unique_full_name()
    {
        var unique = EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Person, ["Karim Haddad"])),
            Article("b", 2, (EntityType.Person, ["Haddad"])),
        ]);
        var merged = Assert.Single(unique);
        Assert.Equal("Karim Haddad", merged.Name);
        Assert.Equal("surname", Assert.Single(merged.MergeEvidence).Rule);

        var ambiguous = EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Person, ["Karim Haddad"])),
            Article("b", 2, (EntityType.Person, ["Omar Haddad"])),
            Article("c", 3, (EntityType.Person, ["Haddad"])),
        ]);
        Assert.Equal(3, ambiguous.Count);
    }

    [Fact]
    public void A_group_holding_one_person_never_absorbs_another_with_the_same_surname()
    {
        // Article b links "Haddad" to Karim within the article; article c names Omar Haddad.
        var entities = EntityResolver.Default.Resolve([
            Article("b", 2, (EntityType.Person, ["Karim Haddad", "Haddad"])),
            Article("c", 3, (EntityType.Person, ["Omar Haddad", "Haddad"])),
        ]);
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void Acronyms_and_spelling_variants_of_organisations_merge()
    {
        var entities = EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Org, ["Andean Water Organisation"])),
            Article("b", 2, (EntityType.Org, ["Andean Water Organization", "AWO"])),
            Article("c", 3, (EntityType.Org, ["AWO"])),
        ]);
        var org = Assert.Single(entities);
        Assert.Contains(org.MergeEvidence, e => e.Rule == "transliteration");
        Assert.Equal("org:", org.Id[..4]);
    }

    [Fact]
    public void Case_and_type_variants_of_one_word_names_merge()
    {
        var entities = EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Org, ["Kisan"])),
            Article("b", 2, (EntityType.Org, ["KISAN"])),
            Article("c", 3, (EntityType.Org, ["Kisan"])),
            Article("d", 4, (EntityType.Person, ["Kisan"])),
        ]);
        var org = Assert.Single(entities);
        Assert.Equal(EntityType.Org, org.Type);
        Assert.Contains(org.MergeEvidence, e => e.Rule == "same-name-retyped");
    }

    [Fact]
    public void Resolution_is_a_pure_function_of_its_input()
    {
        ArticleEntities[] input = [
            Article("b", 2, (EntityType.Person, ["Yusef Abu Farouk"]), (EntityType.Gpe, ["Valparaiso"])),
            Article("a", 1, (EntityType.Person, ["Yousef Abu Farouq"]), (EntityType.Org, ["Kisan"])),
        ];
        var first = EntityResolver.Default.Resolve(input);
        var second = EntityResolver.Default.Resolve(input.Reverse());
        Assert.Equal(first.Select(e => e.Explain()), second.Select(e => e.Explain()));
        Assert.Equal(first.Select(e => e.Id), first.Select(e => e.Id).Distinct());
    }

    [Fact]
    public void Explanations_name_the_rule_and_both_names()
    {
        var entity = Assert.Single(EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Person, ["Alexey Orlov"])),
            Article("b", 2, (EntityType.Person, ["Alexei Orlov"])),
        ]));
        Assert.Contains("merged by transliteration: \"Alexey Orlov\" ~ \"Alexei Orlov\"", entity.Explain());
    }

    [Fact]
    public void Empty_input_gives_no_entities() => Assert.Empty(EntityResolver.Default.Resolve([]));

    [Fact]
    public void A_multi_word_name_typed_as_a_person_in_a_minority_of_articles_joins_the_majority_reading()
    {
        var entities = EntityResolver.Default.Resolve([
            Article("a", 1, (EntityType.Org, ["Harbor Freight Airlines"])),
            Article("b", 2, (EntityType.Org, ["Harbor Freight Airlines"])),
            Article("c", 3, (EntityType.Person, ["Harbor Freight Airlines"])),
            Article("d", 4, (EntityType.Person, ["Karim Haddad"])),
            Article("e", 5, (EntityType.Org, ["Karim Haddad"])),
        ]);
        var airline = Assert.Single(entities, e => e.Name == "Harbor Freight Airlines");
        Assert.Equal(EntityType.Org, airline.Type);
        Assert.Equal(3, airline.Articles.Count);
        Assert.Equal(2, entities.Count(e => e.Name == "Karim Haddad"));
    }
}
