namespace Chronicle.Collections;

/// <summary>
/// One instance for each distinct string: data read row by row repeats its names, keys and types in
/// thousands of rows, and holding one copy of each is much of what keeps a large corpus in memory.
/// </summary>
public sealed class StringPool
{
    private readonly Dictionary<string, string> kept = new(StringComparer.Ordinal);

    /// <summary>The pool's instance of <paramref name="value"/> (the value itself the first time it is seen).</summary>
    public string Share(string value)
    {
        if (!kept.TryGetValue(value, out var known))
        {
            kept[value] = known = value;
        }

        return known;
    }
}
