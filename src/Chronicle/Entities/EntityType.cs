namespace Chronicle.Entities;

/// <summary>The kinds of named entity the Entities stage reports (OntoNotes-style names).</summary>
public enum EntityType
{
    Person,
    Org,
    Gpe,
    Loc,
    Facility,
    Norp,
}

/// <summary>The upper-case labels the output contracts print for <see cref="EntityType"/>.</summary>
public static class EntityTypeNames
{
    public static string Label(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Facility => "FACILITY",
        _ => "NORP",
    };

    /// <summary>Whether two types may name the same referent (a GPE is also a location).</summary>
    public static bool Compatible(EntityType a, EntityType b) =>
        a == b || (IsPlace(a) && IsPlace(b));

    public static bool IsPlace(EntityType type) => type is EntityType.Gpe or EntityType.Loc or EntityType.Facility;
}
