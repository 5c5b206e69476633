using Chronicle.Resources;

namespace Chronicle.Events;

/// <summary>
/// One event type of the ontology. <see cref="Prospective"/>: an act whose object is an event yet to
/// come ("announced a meeting", "invited them to talks"), so a time told before that object dates the act, not it.
/// </summary>
public sealed record EventType(string Name, string Cameo, string Plover, string Family, bool Reporting, bool Speech, IReadOnlyList<string> Verbs, IReadOnlyList<string> Nouns, bool Prospective = false);

/// <summary>
/// The event ontology (Events/Resources/ontology.tsv): types with CAMEO and PLOVER codes, the family
/// within which mentions may be fused, and the verbal and nominal trigger lemmas. Immutable.
/// </summary>
public sealed class EventOntology
{
    private static readonly Lazy<EventOntology> DefaultOntology = new(() => new EventOntology(ResourceFiles.ReadDataLines("Events/Resources/ontology.tsv")));
    private readonly Dictionary<string, EventType> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Lemmas, EventType Type)>> verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventType> nouns = new(StringComparer.Ordinal);

    public EventOntology(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var c = line.Split('\t');
            if (c.Length < 7)
            {
                continue;
            }

            var flags = Split(c[4]);
            var type = new EventType(c[0], c[1], c[2], c[3], flags.Contains("reporting"), flags.Contains("speech") || flags.Contains("reporting"), Split(c[5]), Split(c[6]), flags.Contains("prospective"));
            byName[type.Name] = type;
            foreach (var v in type.Verbs)
            {
                var lemmas = v.Split(' ');
                if (!verbs.TryGetValue(lemmas[0], out var list))
                {
                    verbs[lemmas[0]] = list = [];
                }

                list.Add((lemmas, type));
            }

            foreach (var n in type.Nouns)
            {
                nouns.TryAdd(n, type);
            }
        }

        foreach (var list in verbs.Values)
        {
            // Longer triggers first: "step down" before "step".
            list.Sort((a, b) => b.Lemmas.Length.CompareTo(a.Lemmas.Length));
        }
    }

    public static EventOntology Default => DefaultOntology.Value;

    public IReadOnlyCollection<EventType> Types => byName.Values;

    public EventType? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>The family of a type (the type itself when unknown).</summary>
    public string FamilyOf(string type) => byName.TryGetValue(type, out var t) ? t.Family : type;

    public bool Compatible(string a, string b) => a == b || FamilyOf(a) == FamilyOf(b);

    /// <summary>Every trigger lemma (verbs' words and nouns), for the lemmatizer's vocabulary.</summary>
    public IEnumerable<string> Lemmas => verbs.Values.SelectMany(l => l.SelectMany(x => x.Lemmas)).Concat(nouns.Keys).Distinct(StringComparer.Ordinal);

    internal IReadOnlyList<(string[] Lemmas, EventType Type)> VerbTriggers(string firstLemma) =>
        verbs.TryGetValue(firstLemma, out var list) ? list : [];

    internal EventType? NounTrigger(string lemma) => nouns.GetValueOrDefault(lemma);

    /// <summary>Whether a lemma is a one-word verbal trigger ("testify"), not only the first word of a longer one.</summary>
    internal bool IsVerbLemma(string lemma) => verbs.TryGetValue(lemma, out var list) && list.Exists(v => v.Lemmas.Length == 1);

    private static string[] Split(string field) =>
        field == "-" ? [] : field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
