namespace Chronicle.Collections;

/// <summary>
/// Union-find over the items 0..n-1 with path halving. The root of a set is always its smallest
/// member, so the sets come out the same whatever order the unions were made in (output stays
/// deterministic).
/// </summary>
public sealed class DisjointSets
{
    private readonly int[] parent;

    public DisjointSets(int count)
    {
        parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
        }
    }

    /// <summary>The smallest member of the set holding <paramref name="item"/>.</summary>
    public int Find(int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }

        return item;
    }

    /// <summary>Joins the sets of the two items; false when they were already one.</summary>
    public bool Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb)
        {
            return false;
        }

        parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        return true;
    }
}
