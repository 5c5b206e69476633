using Chronicle.Entities;
using Chronicle.Entities.Gazetteers;
using Chronicle.Model;

namespace Chronicle.Tests.Entities;

public sealed class TypeConsistencyTests
{
    // Tokens by whitespace, one sentence per line.
    private static List<Span[]> Tokens(string text)
    {
        var lists = new List<Span[]>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var spans = new List<Span>();
            var i = 0;
            while (i < line.Length)
            {
                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }

                var j = i;
                while (j < line.Length && line[j] != ' ')
                {
                    j++;
                }

                if (j > i)
                {
                    spans.Add(new Span(start + i, start + j));
                }

                i = j;
            }

            lists.Add(spans.ToArray());
            start += line.Length + 1;
        }

        return lists;
    }

    private static TokenMention At(List<Span[]> tokens, int sentence, int first, int count, EntityType type) =>
        new(sentence, first, count, type, new Span(tokens[sentence][first].Start, tokens[sentence][first + count - 1].End));

    [Fact]
    public void One_name_gets_the_type_most_of_its_mentions_carry()
    {
        const string text = "Vextral said profits rose\nVextral shares fell\nanalysts at Vextral agreed";
        var tokens = Tokens(text);
        var mentions = new List<TokenMention>
        {
            At(tokens, 0, 0, 1, EntityType.Person),
            At(tokens, 1, 0, 1, EntityType.Org),
            At(tokens, 2, 2, 1, EntityType.Org),
        };
        new ArticleTypeConsistency(Gazetteer.Default).Apply(text, tokens, mentions);
        Assert.All(mentions, m => Assert.Equal(EntityType.Org, m.Type));
    }

    [Fact]
    public void A_one_word_person_stays_a_person_only_when_the_article_introduces_one()
    {
        const string text = "Mara Quillon met Vextral\nQuillon said Vextral agreed\nMr. Brandt left\nships searched off Telmora while Oskin waited";
        var tokens = Tokens(text);
        var mentions = new List<TokenMention>
        {
            At(tokens, 0, 0, 2, EntityType.Person),
            At(tokens, 0, 3, 1, EntityType.Person),
            At(tokens, 1, 0, 1, EntityType.Person),
            At(tokens, 1, 2, 1, EntityType.Person),
            At(tokens, 2, 1, 1, EntityType.Person),
            At(tokens, 3, 3, 1, EntityType.Person),
            At(tokens, 3, 5, 1, EntityType.Person),
        };
        new ArticleTypeConsistency(Gazetteer.Default).Apply(text, tokens, mentions);
        Assert.Equal(
            [EntityType.Person, EntityType.Org, EntityType.Person, EntityType.Org, EntityType.Person, EntityType.Loc, EntityType.Person],
            mentions.Select(m => m.Type).ToArray());
    }

    [Fact]
    public void A_first_name_after_a_family_word_stays_a_person()
    {
        const string text = "Mara Quillon met her brother , Tavo\nTavo said Vextral agreed\nVextral and Tavo left";
        var tokens = Tokens(text);
        var mentions = new List<TokenMention>
        {
            At(tokens, 0, 0, 2, EntityType.Person),
            At(tokens, 0, 6, 1, EntityType.Person),
            At(tokens, 1, 0, 1, EntityType.Person),
            At(tokens, 1, 2, 1, EntityType.Person),
            At(tokens, 2, 0, 1, EntityType.Person),
            At(tokens, 2, 2, 1, EntityType.Person),
        };
        new ArticleTypeConsistency(Gazetteer.Default).Apply(text, tokens, mentions);
        Assert.Equal(
            [EntityType.Person, EntityType.Person, EntityType.Person, EntityType.Org, EntityType.Org, EntityType.Person],
            mentions.Select(m => m.Type).ToArray());
    }

    [Fact]
    public void A_person_tagged_name_ending_in_an_organisation_word_is_an_organisation_unless_it_starts_with_a_given_name()
    {
        const string text = "Harbor Freight Airlines and Maria Airways and Quellport";
        var tokens = Tokens(text);
        var mentions = new List<TokenMention>
        {
            At(tokens, 0, 0, 3, EntityType.Person),
            At(tokens, 0, 4, 2, EntityType.Person),
            At(tokens, 0, 7, 1, EntityType.Person),
        };
        new EntityTyper(Gazetteer.Default).Refine(text, 0, tokens[0], mentions, 0);
        Assert.Equal([EntityType.Org, EntityType.Person, EntityType.Person], mentions.Select(m => m.Type).ToArray());
    }

    [Fact]
    public void A_person_tagged_name_opened_by_a_company_word_is_an_organisation()
    {
        const string text = "Cie. Marveau de Tollis bid for Grupo Ostrel and Marco Ostrel with Institut Varenne";
        var tokens = Tokens(text);
        var mentions = new List<TokenMention>
        {
            At(tokens, 0, 0, 4, EntityType.Person),
            At(tokens, 0, 6, 2, EntityType.Person),
            At(tokens, 0, 9, 2, EntityType.Person),
            At(tokens, 0, 12, 2, EntityType.Person),
        };
        new EntityTyper(Gazetteer.Default).Refine(text, 0, tokens[0], mentions, 0);
        Assert.Equal([EntityType.Org, EntityType.Org, EntityType.Person, EntityType.Org], mentions.Select(m => m.Type).ToArray());
    }

    [Fact]
    public void An_organisation_known_to_the_gazetteer_only_as_a_country_code_stays_an_organisation()
    {
        // "GM" is Gambia's ISO code and a carmaker in the news; "Kenya" is a country by name.
        const string text = "GM and Ford met Kenya";
        var tokens = Tokens(text);
        var mentions = new List<TokenMention>
        {
            At(tokens, 0, 0, 1, EntityType.Org),
            At(tokens, 0, 4, 1, EntityType.Org),
        };
        new EntityTyper(Gazetteer.Default).Refine(text, 0, tokens[0], mentions, 0);
        Assert.Equal([EntityType.Org, EntityType.Gpe], mentions.Select(m => m.Type).ToArray());
    }

    [Fact]
    public void An_organisation_goes_on_through_a_capitalised_organisation_word_after_it()
    {
        const string text = "Varo News said Varo news was late";
        var tokens = Tokens(text);
        var mentions = new List<TokenMention> { At(tokens, 0, 0, 1, EntityType.Org), At(tokens, 0, 3, 1, EntityType.Org) };
        new EntityTyper(Gazetteer.Default).Refine(text, 0, tokens[0], mentions, 0);
        Assert.Equal(["Varo News", "Varo"], mentions.Select(m => text[m.Span.Start..m.Span.End]));
        Assert.All(mentions, m => Assert.Equal(EntityType.Org, m.Type));
    }

    [Theory]
    [InlineData("Atlanta-based", true)]
    [InlineData("Paris-born", true)]
    [InlineData("Tory-led", true)]
    [InlineData("Jean-Pierre", false)]
    [InlineData("al-Assad", false)]
    [InlineData("Abu-Marzouk", false)]
    [InlineData("Coca-Cola", false)]
    [InlineData("Smith", false)]
    public void A_hyphenated_modifier_made_from_a_name_is_recognised(string word, bool expected) =>
        Assert.Equal(expected, EntityRecognizer.IsCompoundModifier(word));

    [Fact]
    public void A_name_ending_in_a_natural_place_word_is_a_place()
    {
        const string text = "Divers searched the Velmar Sea near Orrin River Partners";
        var tokens = Tokens(text);
        var mentions = new List<TokenMention>
        {
            At(tokens, 0, 3, 2, EntityType.Org),
            At(tokens, 0, 6, 3, EntityType.Org),
        };
        new EntityTyper(Gazetteer.Default).Refine(text, 0, tokens[0], mentions, 0);
        Assert.Equal([EntityType.Loc, EntityType.Org], mentions.Select(m => m.Type).ToArray());
    }

    [Theory]
    [InlineData("Vextral said profits rose\na Harbor Airlines Vextral jet landed", true)]
    [InlineData("Vextral said profits rose\na Harbor Pines Vextral jet landed", false)]
    public void An_organisation_run_into_another_named_alone_is_two(string text, bool split)
    {
        var tokens = Tokens(text);
        var mentions = new List<TokenMention>
        {
            At(tokens, 0, 0, 1, EntityType.Org),
            At(tokens, 1, 1, 3, EntityType.Org),
        };
        EntityRecognizer.Default.SplitJoinedNames(text, tokens, mentions);
        var names = mentions.Select(m => text[m.Span.Start..m.Span.End]).ToArray();
        Assert.Equal(split ? ["Vextral", "Harbor Airlines", "Vextral"] : ["Vextral", "Harbor Pines Vextral"], names);
    }

    [Fact]
    public void An_organisation_found_once_is_found_wherever_it_stands_alone()
    {
        const string text = "Last month Vextral agreed to pay\nshares of Vextral rose\nthe Vextral Harbor office and VEXT stayed";
        var tokens = Tokens(text);
        var mentions = new List<TokenMention> { At(tokens, 1, 2, 1, EntityType.Org), At(tokens, 2, 5, 1, EntityType.Org) };
        EntityRecognizer.Default.PropagateOrganisations(text, tokens, mentions);
        var found = mentions.Select(m => (m.Sentence, text[m.Span.Start..m.Span.End])).ToArray();
        Assert.Equal([(0, "Vextral"), (1, "Vextral"), (2, "VEXT")], found);
    }

    [Fact]
    public void A_companys_name_without_its_legal_form_is_that_company_wherever_it_stands()
    {
        const string text = "Walter Brisk Cos. sold Kendal Mills , Inc. units\nWalter Brisk said Kendal Mills gained\nWalter Brisk met Anna Brisk in Kendal";
        var tokens = Tokens(text);
        var mentions = new List<TokenMention>
        {
            At(tokens, 0, 0, 3, EntityType.Org),
            At(tokens, 0, 4, 4, EntityType.Org),
            At(tokens, 1, 0, 2, EntityType.Person),
            At(tokens, 1, 3, 2, EntityType.Loc),
            At(tokens, 2, 0, 2, EntityType.Person),
            At(tokens, 2, 3, 2, EntityType.Person),
            At(tokens, 2, 6, 1, EntityType.Gpe),
        };
        new ArticleTypeConsistency(Gazetteer.Default).Apply(text, tokens, mentions);
        Assert.Equal(
            [EntityType.Org, EntityType.Org, EntityType.Org, EntityType.Org, EntityType.Org, EntityType.Person, EntityType.Gpe],
            mentions.Select(m => m.Type));
    }

    [Fact]
    public void A_one_word_organisation_that_is_part_of_a_full_name_in_the_article_is_that_person()
    {
        const string text = "Tavi Oskarsen arrived in Brelle\nTavi waved as Oskarsen smiled\nTavi met Brelle officials";
        var tokens = Tokens(text);
        var mentions = new List<TokenMention>
        {
            At(tokens, 0, 0, 2, EntityType.Person),
            At(tokens, 0, 4, 1, EntityType.Gpe),
            At(tokens, 1, 0, 1, EntityType.Org),
            At(tokens, 1, 3, 1, EntityType.Org),
            At(tokens, 2, 0, 1, EntityType.Org),
            At(tokens, 2, 2, 1, EntityType.Org),
        };
        new ArticleTypeConsistency(Gazetteer.Default).Apply(text, tokens, mentions);
        Assert.Equal(
            [EntityType.Person, EntityType.Gpe, EntityType.Person, EntityType.Person, EntityType.Person, EntityType.Gpe],
            mentions.Select(m => m.Type));
    }
}
