using Chronicle.Resources;

namespace Chronicle.Entities.Resolution;

/// <summary>
/// English given names and their short forms ("David" and "Dave", "William" and "Bill"), read from
/// <c>Entities/Resources/nicknames.txt</c>: one family per line. Two given names are the same when
/// they are spelled the same or share a family. Immutable and thread-safe.
/// </summary>
public sealed class Nicknames
{
    public const string ResourcePath = "Entities/Resources/nicknames.txt";

    private readonly Dictionary<string, int[]> families;

    public Nicknames(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var family = 0;
        foreach (var line in lines ?? [])
        {
            var names = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (names.Length < 2)
            {
                continue;
            }

            foreach (var name in names)
            {
                if (!map.TryGetValue(name, out var list))
                {
                    map[name] = list = [];
                }

                if (!list.Contains(family))
                {
                    list.Add(family);
                }
            }

            family++;
        }

        families = map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private static readonly Lazy<Nicknames> DefaultInstance = new(() => new Nicknames(ResourceFiles.ReadDataLines(ResourcePath)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The table shipped in the library.</summary>
    public static Nicknames Default => DefaultInstance.Value;

    /// <summary>Whether two given names can name the same person: the same spelling (any case) or one family.</summary>
    public bool Same(string? a, string? b)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b))
        {
            return false;
        }

        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return families.TryGetValue(a, out var fa) && families.TryGetValue(b, out var fb) && fa.Intersect(fb).Any();
    }

    /// <summary>The numbers of the families the name belongs to (none when the table lacks it): two different names are <see cref="Same"/> exactly when they share one.</summary>
    public IReadOnlyList<int> Families(string name) => families.TryGetValue(name, out var f) ? f : [];

    /// <summary>Whether the word is a given name of the table (formal or short form).</summary>
    public bool Contains(string? name) => !string.IsNullOrEmpty(name) && families.ContainsKey(name);
}
