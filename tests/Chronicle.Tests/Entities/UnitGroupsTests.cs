using Chronicle.Entities.Resolution;

namespace Chronicle.Tests.Entities;

public sealed class UnitGroupsTests
{
    /// <summary>A union-find over <paramref name="n"/> units, as resolution keeps its groups.</summary>
    private sealed class Groups(int n)
    {
        private readonly int[] parent = Enumerable.Range(0, n).ToArray();

        public int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);

        public void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    /// <summary>What scanning the whole list gives: each group now, with the name of its first unit that is not <paramref name="skip"/>.</summary>
    private static SortedDictionary<int, string> Scan(IReadOnlyList<(int Unit, string Name)> list, Groups groups, int skip)
    {
        var roots = new SortedDictionary<int, string>();
        foreach (var (unit, name) in list.Where(x => x.Unit != skip))
        {
            roots.TryAdd(groups.Find(unit), name);
        }

        return roots;
    }

    [Fact]
    public void Groups_kept_when_the_list_was_made_give_what_a_scan_of_the_list_gives_after_later_unions()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var groups = new Groups(30);
            for (var k = 0; k < 10; k++)
            {
                groups.Union(random.Next(30), random.Next(30));
            }

            var list = Enumerable.Range(0, 12).Select(_ => random.Next(30)).Distinct().Select(u => (u, $"name{u}")).ToList();
            var kept = new UnitGroups(list, groups.Find);
            for (var k = 0; k < 8; k++)
            {
                groups.Union(random.Next(30), random.Next(30));
            }

            var skip = list.Count > 0 && round % 2 == 0 ? list[random.Next(list.Count)].u : -1;
            Assert.Equal(Scan(list, groups, skip), kept.Roots(groups.Find, skip));
        }
    }

    [Fact]
    public void Enough_stops_after_that_many_groups_and_one()
    {
        var groups = new Groups(6);
        var kept = new UnitGroups([(0, "a"), (1, "b"), (2, "c"), (3, "d")], groups.Find);

        Assert.Equal(2, kept.Roots(groups.Find, enough: 1).Count);
        Assert.Equal(4, kept.Roots(groups.Find).Count);
    }
}
