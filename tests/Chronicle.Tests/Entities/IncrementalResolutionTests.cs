using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Entities;

public sealed class IncrementalResolutionTests
{
    private static ArticleEntities Article(string id, int day, params (EntityType Type, string[] Names)[] entities) =>
        new(id, new DateOnly(2020, 1, day), [], entities.Select((e, i) => new ArticleEntity(
            i, e.Type, e.Names.OrderByDescending(n => n.Split(' ').Length).First(),
            e.Names.Order(StringComparer.Ordinal).ToList(), e.Names.Select(_ => 1).ToList(),
            [new EntityRole("role in " + id, new DateOnly(2020, 1, day), id)])).ToList());

    /// <summary>Articles in which every rule of the resolver fires, or is stopped by a second candidate.</summary>
    private static readonly ArticleEntities[] Corpus =
    [
        Article("a1", 1, (EntityType.Person, ["Yousef Abu Farouq"]), (EntityType.Org, ["Andean Water Organisation"]), (EntityType.Gpe, ["Valparaiso"])),
        Article("a2", 2, (EntityType.Person, ["Yusef Abu Farouk"]), (EntityType.Org, ["Andean Water Organization", "AWO"]), (EntityType.Person, ["Farouk"])),
        Article("a3", 3, (EntityType.Person, ["Karim Haddad"]), (EntityType.Person, ["Haddad"]), (EntityType.Org, ["AWO"])),
        Article("a4", 4, (EntityType.Person, ["Omar Haddad"]), (EntityType.Person, ["Dave Calhoun"]), (EntityType.Org, ["Civil Aviation Authority"])),
        Article("a5", 5, (EntityType.Person, ["David Calhoun"]), (EntityType.Org, ["Civil Aviation Safety Authority"]), (EntityType.Person, ["Haddad"])),
        Article("a6", 6, (EntityType.Person, ["Robert K. Ortega"]), (EntityType.Person, ["Kevin Ortega"]), (EntityType.Person, ["Kevin"])),
        Article("a7", 7, (EntityType.Org, ["Kisan"]), (EntityType.Person, ["Kisan"]), (EntityType.Org, ["KISAN"])),
        Article("a8", 8, (EntityType.Org, ["Kisan"]), (EntityType.Gpe, ["valparaiso"]), (EntityType.Person, ["Bill Norris"])),
        Article("a9", 9, (EntityType.Person, ["William Norris"]), (EntityType.Person, ["Norris"]), (EntityType.Person, ["Bill"])),
        Article("b1", 10, (EntityType.Person, ["Youssef Abou Farouk"]), (EntityType.Org, ["Harbor Freight Airlines"]), (EntityType.Person, ["Harbor Freight Airlines"])),
        Article("b2", 11, (EntityType.Org, ["Harbor Freight Airlines", "HFA"]), (EntityType.Person, ["Calhoun"]), (EntityType.Org, ["Civil Aviation Authority"])),

        // Two names of one id slug in blocks of their own: the second in the resolver's order is numbered.
        Article("b3", 12, (EntityType.Org, ["Norris-Group"])),
        Article("a0", 12, (EntityType.Org, ["Norris Group"])),
    ];

    private static List<string> Json(IEnumerable<Entity> entities) => entities.Select(AnnotationLayers.Serialize).ToList();

    [Fact]
    public void Adding_articles_to_a_resolution_gives_the_resolution_of_all_of_them()
    {
        var scratch = Json(EntityResolver.Default.Resolve(Corpus));
        for (var split = 0; split < Corpus.Length; split++)
        {
            // Added articles in the middle of the id order as well as at its end.
            foreach (var added in new[] { Corpus.Skip(split).ToList(), Corpus.Where((_, i) => i % 3 == split % 3).ToList() })
            {
                var before = Corpus.Except(added).ToList();
                var previous = EntityResolver.Default.Resolve(before);
                var ids = added.Select(a => a.ArticleId).ToHashSet(StringComparer.Ordinal);
                Assert.Equal(scratch, Json(EntityResolver.Default.Update(Corpus, ids, previous)));
            }
        }
    }

    [Fact]
    public void Adding_articles_one_at_a_time_gives_the_resolution_of_all_of_them()
    {
        IReadOnlyList<Entity> entities = [];
        for (var i = 0; i < Corpus.Length; i++)
        {
            // Newest first: every added article sorts before the ones already resolved.
            var corpus = Corpus.Reverse().Take(i + 1).ToList();
            entities = EntityResolver.Default.Update(corpus, new HashSet<string>(StringComparer.Ordinal) { corpus[^1].ArticleId }, entities);
            Assert.Equal(Json(EntityResolver.Default.Resolve(corpus)), Json(entities));
        }
    }

    [Fact]
    public void Names_a_rule_relates_share_a_block_and_unrelated_ones_do_not()
    {
        var blocks = ResolutionBlocks.Of(Corpus);
        int Block(string article, string name)
        {
            var a = Array.FindIndex(Corpus, x => x.ArticleId == article);
            return blocks[a][Corpus[a].Entities.ToList().FindIndex(e => e.Names.Contains(name))];
        }

        Assert.Equal(Block("a1", "Yousef Abu Farouq"), Block("b1", "Youssef Abou Farouk"));
        Assert.Equal(Block("a1", "Andean Water Organisation"), Block("a3", "AWO"));
        Assert.Equal(Block("a3", "Karim Haddad"), Block("a5", "Haddad"));
        Assert.Equal(Block("a4", "Omar Haddad"), Block("a5", "Haddad"));
        Assert.Equal(Block("a4", "Dave Calhoun"), Block("a5", "David Calhoun"));
        Assert.Equal(Block("a4", "Civil Aviation Authority"), Block("a5", "Civil Aviation Safety Authority"));
        Assert.Equal(Block("a6", "Robert K. Ortega"), Block("a6", "Kevin"));
        Assert.Equal(Block("a8", "Bill Norris"), Block("a9", "Bill"));
        Assert.Equal(Block("a7", "KISAN"), Block("a8", "Kisan"));
        Assert.Equal(Block("a1", "Valparaiso"), Block("a8", "valparaiso"));
        Assert.NotEqual(Block("a1", "Valparaiso"), Block("a1", "Yousef Abu Farouq"));
        Assert.NotEqual(Block("a3", "Karim Haddad"), Block("a4", "Dave Calhoun"));
        Assert.NotEqual(Block("a7", "Kisan"), Block("b1", "Harbor Freight Airlines"));
    }
}
