using Chronicle.Events;

namespace Chronicle.Fusion;

/// <summary>
/// Ties a nationality to its country by spelling ("Russian" to "Russia", "Egyptian" to "Egypt",
/// "Israeli" to "Israel", "Chinese" to "China"), so that an official named with his nationality
/// ("Russian Deputy Foreign Minister X announced") and his state ("Russia announced") can be seen to
/// act for one side. Each side gives its stems; a nationality and a country are tied when they share one.
/// </summary>
public static class Affiliation
{
    private const int MinStem = 4;

    private static readonly string[] DemonymEndings = ["ian", "ean", "ese", "ish", "an", "n", "i"];

    /// <summary>
    /// The stems of the countries (GPE, prefixed "g:") and nationalities (NORP, prefixed "n:") among a
    /// mention's actors and targets.
    /// </summary>
    public static IEnumerable<string> StemsOf(EventMention mention) =>
        mention.Actors.Concat(mention.Targets).SelectMany(p => p.Type switch
        {
            "GPE" => Stems(p.Name, country: true).Select(s => "g:" + s),
            "NORP" => Stems(p.Name, country: false).Select(s => "n:" + s),
            _ => [],
        });

    /// <summary>The stem that ties to <paramref name="stem"/> on the other side ("n:russia" for "g:russia").</summary>
    public static string Counterpart(string stem) => (stem[0] == 'g' ? "n:" : "g:") + stem[2..];

    /// <summary>The lower-case forms a country's or a nationality's name may share with the other's.</summary>
    public static IEnumerable<string> Stems(string? name, bool country)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains(' ', StringComparison.Ordinal))
        {
            yield break; // "Kenya Airways", "United States": not one word to compare
        }

        var lower = name.ToLowerInvariant();
        yield return lower;
        if (country)
        {
            if (lower.Length > MinStem && lower[^1] is 'a' or 'e' or 'i' or 'y')
            {
                yield return lower[..^1];
            }

            yield break;
        }

        foreach (var ending in DemonymEndings)
        {
            if (lower.Length - ending.Length >= MinStem && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return lower[..^ending.Length];
            }
        }
    }
}
