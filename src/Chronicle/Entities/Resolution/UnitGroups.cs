namespace Chronicle.Entities.Resolution;

/// <summary>
/// A list of resolution units (each with a name), in list order, kept as the groups they were in when the
/// list was made, with each group's first two units. Units only ever join groups, so the list's groups
/// now are those groups' current roots, and the first unit of a group now is among the units kept. A
/// rule that asks, at every mention of a common name, which groups the units of a longer name are in
/// (one unit per article: tens of thousands at 100,000 articles) looks at these few instead of the whole
/// list, which made it quadratic in the corpus.
/// </summary>
internal sealed class UnitGroups
{
    private readonly List<Group> groups = [];

    public UnitGroups(IReadOnlyList<(int Unit, string Name)> list, Func<int, int> find)
    {
        var byRoot = new Dictionary<int, int>();
        for (var position = 0; position < list.Count; position++)
        {
            var (unit, name) = list[position];
            var root = find(unit);
            if (!byRoot.TryGetValue(root, out var g))
            {
                byRoot[root] = groups.Count;
                groups.Add(new Group(root, new Member(position, unit, name), null));
            }
            else if (groups[g].Second is null)
            {
                groups[g] = groups[g] with { Second = new Member(position, unit, name) };
            }
        }
    }

    /// <summary>
    /// The groups the list's units are in now, each with the name of its first unit in list order that is
    /// not <paramref name="skip"/> (a unit never stands for itself), as scanning the whole list would give
    /// them; stops once more than <paramref name="enough"/> groups are found.
    /// </summary>
    public SortedDictionary<int, string> Roots(Func<int, int> find, int skip = -1, int enough = int.MaxValue)
    {
        IEnumerable<Member> firsts = groups.Select(g => g.First.Unit != skip ? g.First : g.Second).OfType<Member>();

        // Only a group whose first unit is the skipped one changes places (its second unit comes later in the list).
        if (groups.Any(g => g.First.Unit == skip))
        {
            firsts = firsts.OrderBy(m => m.Position).ToList();
        }

        var roots = new SortedDictionary<int, string>();
        foreach (var member in firsts)
        {
            if (roots.TryAdd(find(member.Unit), member.Name) && roots.Count > enough)
            {
                break;
            }
        }

        return roots;
    }

    private sealed record Member(int Position, int Unit, string Name);

    private sealed record Group(int Root, Member First, Member? Second);
}
