namespace Chronicle.Corpus;

/// <summary>
/// Numbers the blocks an update fuses again. A block that grew or shrank keeps the number of the old
/// block most of its mentions come from, so that its mentions whose links did not change, and its
/// events that came out the same, stay as stored instead of being written again under a new number.
/// </summary>
public static class BlockNumbers
{
    /// <summary>
    /// The number of each block, given for each the old block of each of its mentions (null for a
    /// mention new to the index). An old number goes to the block holding most of its mentions (ties:
    /// the lower old number first, then the earlier block), at most once; the other blocks get fresh
    /// numbers from <paramref name="next"/> on, in order.
    /// </summary>
    public static long[] Assign(IReadOnlyList<IReadOnlyList<long?>> oldBlocks, long next)
    {
        ArgumentNullException.ThrowIfNull(oldBlocks);
        var shares = new List<(long Old, int Block, int Count)>();
        for (var b = 0; b < oldBlocks.Count; b++)
        {
            foreach (var group in oldBlocks[b].OfType<long>().GroupBy(o => o))
            {
                shares.Add((group.Key, b, group.Count()));
            }
        }

        var numbers = new long?[oldBlocks.Count];
        var taken = new HashSet<long>();
        foreach (var (old, block, _) in shares.OrderByDescending(s => s.Count).ThenBy(s => s.Old).ThenBy(s => s.Block))
        {
            if (numbers[block] is null && taken.Add(old))
            {
                numbers[block] = old;
            }
        }

        return numbers.Select(n => n ?? next++).ToArray();
    }
}
