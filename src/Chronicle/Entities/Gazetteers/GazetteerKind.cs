namespace Chronicle.Entities.Gazetteers;

/// <summary>What a gazetteer name is known as; a name can be several (a capital is also a city).</summary>
[Flags]
public enum GazetteerKind
{
    None = 0,
    Country = 1,
    City = 2,
    Capital = 4,
    Region = 8,

    /// <summary>A nationality word ("Russian", "Kenyans"): NORP.</summary>
    Demonym = 16,

    /// <summary>A religious or political group word ("Muslims", "Islamist"): NORP.</summary>
    Group = 32,

    /// <summary>A word that ends a facility name ("Airport", "Stadium").</summary>
    FacilityCue = 64,

    /// <summary>A title or honorific that precedes a person's name ("President", "Mr.").</summary>
    Title = 128,

    /// <summary>An ISO 3166 code of a country ("US", "GBR"): only meaningful written in capitals.</summary>
    CountryCode = 256,

    /// <summary>A word that ends or marks an organisation's name ("Airlines", "Ministry", "Journal").</summary>
    OrgCue = 512,

    /// <summary>A common given name ("Maria", "Bill"): a person's name usually starts with one.</summary>
    GivenName = 1024,

    /// <summary>A word that ends the name of a natural place ("Sea", "River", "Mountains").</summary>
    PlaceCue = 2048,
}

/// <summary>Short names of the kinds, as the gazetteer file writes them.</summary>
public static class GazetteerKindNames
{
    private static readonly (GazetteerKind Kind, string Name)[] Names =
    [
        (GazetteerKind.Country, "country"),
        (GazetteerKind.City, "city"),
        (GazetteerKind.Capital, "capital"),
        (GazetteerKind.Region, "region"),
        (GazetteerKind.Demonym, "demonym"),
        (GazetteerKind.Group, "group"),
        (GazetteerKind.FacilityCue, "facility"),
        (GazetteerKind.Title, "title"),
        (GazetteerKind.CountryCode, "code"),
        (GazetteerKind.OrgCue, "org"),
        (GazetteerKind.GivenName, "given"),
        (GazetteerKind.PlaceCue, "place"),
    ];

    public static string Format(GazetteerKind kinds) =>
        string.Join(',', Names.Where(n => (kinds & n.Kind) != 0).Select(n => n.Name));

    public static GazetteerKind Parse(ReadOnlySpan<char> text)
    {
        var kinds = GazetteerKind.None;
        foreach (var range in text.Split(','))
        {
            var part = text[range].Trim();
            foreach (var (kind, name) in Names)
            {
                if (part.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    kinds |= kind;
                }
            }
        }

        return kinds;
    }

    /// <summary>The kinds that make a place name a geo-political entity.</summary>
    public const GazetteerKind Political = GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Capital | GazetteerKind.Region;

    /// <summary>The kinds that make a word a NORP.</summary>
    public const GazetteerKind Norp = GazetteerKind.Demonym | GazetteerKind.Group;
}
