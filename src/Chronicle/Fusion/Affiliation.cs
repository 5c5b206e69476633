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

    /// <summary>The stems of the countries (GPE) among a mention's actors and targets, each prefixed "g:".</summary>
    public static IEnumerable<string> CountryStems(EventMention mention) =>
        Participants(mention).Where(p => p.Type == "GPE").SelectMany(p => Stems(p.Name, country: true)).Select(s => "g:" + s);

    /// <summary>The stems of the nationalities (NORP) among a mention's actors and targets, each prefixed "n:".</summary>
    public static IEnumerable<string> NationalityStems(EventMention mention) =>
        Participants(mention).Where(p => p.Type == "NORP").SelectMany(p => Stems(p.Name, country: false)).Select(s => "n:" + s);

    /// <summary>The stem that ties to <paramref name="stem"/> on the other side ("n:russia" for "g:russia").</summary>
    public static string Counterpart(string stem) => (stem[0] == 'g' ? "n:" : "g:") + stem[2..];

    /// <summary>The lower-case forms a country's or a nationality's name may share with the other's.</summary>
    public static IEnumerable<string> Stems(string? name, bool country)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains(' ', StringComparison.Ordinal))
        {
            yield break; // "Palestinian Authority", "United States": not one word to compare
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

    private static IEnumerable<EventParticipantMention> Participants(EventMention mention) => mention.Actors.Concat(mention.Targets);
}
