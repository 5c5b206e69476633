namespace Chronicle.Entities.Resolution;

/// <summary>
/// A relation between the entries of a list that depends only on their names, worked out once per
/// (ordered) pair of distinct names and remembered: a list of thousands of units that share a few
/// names asks it millions of times.
/// </summary>
internal sealed class NamePairs
{
    private readonly int[] nameOf;
    private readonly int[] firstWith;
    private readonly int names;
    private readonly Func<int, int, bool> relation;
    private readonly sbyte[]? known;
    private readonly Dictionary<(int, int), bool>? knownLarge;

    /// <param name="entryNames">The name of each entry.</param>
    /// <param name="relation">The relation for two entries (by index); asked for the first entries of each pair of names.</param>
    public NamePairs(IReadOnlyList<string> entryNames, Func<int, int, bool> relation)
    {
        this.relation = relation;
        nameOf = new int[entryNames.Count];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new List<int>();
        for (var i = 0; i < entryNames.Count; i++)
        {
            if (!ids.TryGetValue(entryNames[i], out var id))
            {
                ids[entryNames[i]] = id = first.Count;
                first.Add(i);
            }

            nameOf[i] = id;
        }

        firstWith = first.ToArray();
        names = first.Count;
        if ((long)names * names <= 1 << 24)
        {
            known = new sbyte[names * names];
        }
        else
        {
            knownLarge = [];
        }
    }

    /// <summary>Whether the relation holds from entry <paramref name="a"/> to entry <paramref name="b"/>.</summary>
    public bool Holds(int a, int b)
    {
        var (x, y) = (nameOf[a], nameOf[b]);
        if (known is not null)
        {
            ref var slot = ref known[(x * names) + y];
            if (slot == 0)
            {
                slot = relation(firstWith[x], firstWith[y]) ? (sbyte)1 : (sbyte)-1;
            }

            return slot > 0;
        }

        if (!knownLarge!.TryGetValue((x, y), out var holds))
        {
            knownLarge[(x, y)] = holds = relation(firstWith[x], firstWith[y]);
        }

        return holds;
    }
}
