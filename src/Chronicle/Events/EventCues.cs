using Chronicle.Resources;

namespace Chronicle.Events;

/// <summary>The status, control, attribution and light-verb lexicons of the event stage (data files under Events/Resources).</summary>
internal sealed class EventCues
{
    private static readonly Lazy<EventCues> DefaultCues = new(() => new EventCues());

    private EventCues()
    {
        foreach (var line in ResourceFiles.ReadDataLines("Events/Resources/cues.tsv"))
        {
            var c = line.Split('\t');
            if (c.Length != 2)
            {
                continue;
            }

            if (c[0] == "control")
            {
                Control.Add(c[1]);
            }
            else if (c[0] == "control-noun")
            {
                ControlNouns.Add(c[1]);
            }
            else
            {
                Status.Add((c[0], c[1].Split(' ')));
            }
        }

        // Longer phrases first, so "not fully" is seen before "not".
        Status.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        foreach (var line in ResourceFiles.ReadDataLines("Events/Resources/attribution.tsv"))
        {
            var c = line.Split('\t');
            if (c.Length == 2 && c[0] == "speech")
            {
                SpeechVerbs.Add([c[1]]);
            }
            else if (c.Length == 2 && c[0] == "source")
            {
                SourcePhrases.Add(c[1].Split(' '));
            }
        }

        foreach (var line in ResourceFiles.ReadDataLines("Events/Resources/light-verbs.txt"))
        {
            LightVerbs.Add(line.Split(' ')[0]);
        }
    }

    public static EventCues Default => DefaultCues.Value;

    public List<(string Kind, string[] Phrase)> Status { get; } = [];

    public HashSet<string> Control { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns that, right before "to" and a trigger, make it planned: "its readiness to hold a meeting".</summary>
    public HashSet<string> ControlNouns { get; } = new(StringComparer.Ordinal);

    public List<string[]> SpeechVerbs { get; } = [];

    public List<string[]> SourcePhrases { get; } = [];

    public HashSet<string> LightVerbs { get; } = new(StringComparer.Ordinal);

    public bool IsSpeechVerb(string lemma) => SpeechVerbs.Any(v => v[0] == lemma);
}
