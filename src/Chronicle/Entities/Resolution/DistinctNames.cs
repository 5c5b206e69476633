namespace Chronicle.Entities.Resolution;

/// <summary>
/// Every (unit, name) pair of a corpus grouped by distinct name (or by what a test looks at in a name),
/// so that a test runs once per distinct key instead of once per mention (a corpus repeats the same names in every
/// article). Matches come back in unit order, then in each unit's own name order, exactly as a scan
/// of every unit would list them.
/// </summary>
internal sealed class DistinctNames
{
    private readonly List<(string Key, List<(int Unit, int Position, string Name)> Where)> keys = [];
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    /// <param name="units">How many units there are.</param>
    /// <param name="namesOf">The names of a unit, in its own order.</param>
    /// <param name="keyOf">What the test looks at in a name (the name itself by default; a surname test needs only its last word).</param>
    public DistinctNames(int units, Func<int, IEnumerable<string>> namesOf, Func<string, string>? keyOf = null)
    {
        for (var unit = 0; unit < units; unit++)
        {
            var position = 0;
            foreach (var name in namesOf(unit))
            {
                var key = keyOf is null ? name : keyOf(name);
                if (!index.TryGetValue(key, out var i))
                {
                    index[key] = i = keys.Count;
                    keys.Add((key, []));
                }

                keys[i].Where.Add((unit, position++, name));
            }
        }
    }

    /// <summary>Every distinct key.</summary>
    public IEnumerable<string> Keys => keys.Select(k => k.Key);

    /// <summary>The (unit, name) pairs whose key satisfies <paramref name="predicate"/>, in scan order.</summary>
    public List<(int Unit, string Name)> Matching(Func<string, bool> predicate) =>
        Hits(keys.Where(k => predicate(k.Key)).Select(k => k.Where));

    /// <summary>
    /// As <see cref="Matching(Func{string, bool})"/> when the caller knows every key that can satisfy
    /// <paramref name="predicate"/> lies among <paramref name="candidates"/>: only those are tested.
    /// </summary>
    public List<(int Unit, string Name)> Matching(IEnumerable<string> candidates, Func<string, bool> predicate) =>
        Hits(candidates.Distinct(StringComparer.Ordinal).Where(index.ContainsKey).Where(predicate).Select(k => keys[index[k]].Where));

    private static List<(int Unit, string Name)> Hits(IEnumerable<List<(int Unit, int Position, string Name)>> matched)
    {
        var hits = new List<(int Unit, int Position, string Name)>();
        foreach (var where in matched)
        {
            hits.AddRange(where);
        }

        hits.Sort((a, b) => a.Unit != b.Unit ? a.Unit.CompareTo(b.Unit) : a.Position.CompareTo(b.Position));
        return hits.Select(h => (h.Unit, h.Name)).ToList();
    }
}
