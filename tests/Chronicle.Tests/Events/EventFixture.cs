using Chronicle.Events;
using Chronicle.Model;
using Chronicle.Segmentation;

namespace Chronicle.Tests.Events;

/// <summary>
/// Builds the extractor's inputs by hand for the tests: participants from a small name table (every
/// occurrence of each name), times from phrases with their intervals.
/// </summary>
public sealed class EventFixture
{
    private readonly List<(string Name, string Type, string Key)> names = [];
    private readonly List<(string Phrase, DateOnly Earliest, DateOnly Latest, string Granularity, string Value)> times = [];

    public EventFixture Entity(string name, string type, string? key = null)
    {
        names.Add((name, type, key ?? name.ToLowerInvariant().Replace(' ', '_')));
        return this;
    }

    /// <param name="value">The TIMEX value, when it matters ("PRESENT_REF"); else the phrase.</param>
    public EventFixture Time(string phrase, string earliest, string? latest = null, string granularity = "day", string? value = null)
    {
        times.Add((phrase, DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(latest ?? earliest, System.Globalization.CultureInfo.InvariantCulture), granularity, value ?? phrase));
        return this;
    }

    public IReadOnlyList<EventParticipantMention> Participants(string text)
    {
        var found = new List<EventParticipantMention>();
        foreach (var (name, type, key) in names.OrderByDescending(n => n.Name.Length))
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var span = new Span(at, at + name.Length);
                if (!found.Any(f => f.Span.Start < span.End && f.Span.End > span.Start))
                {
                    found.Add(new EventParticipantMention(span, type, key, name));
                }
            }
        }

        return found.OrderBy(f => f.Span.Start).ToList();
    }

    public IReadOnlyList<EventTimeMention> Times(string text)
    {
        var found = new List<EventTimeMention>();
        foreach (var (phrase, earliest, latest, granularity, value) in times)
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
            {
                found.Add(new EventTimeMention(new Span(at, at + phrase.Length), value, earliest, latest, granularity));
            }
        }

        return found.OrderBy(f => f.Span.Start).ToList();
    }

    public IReadOnlyList<EventMention> Extract(string text, string? documentDate = null)
    {
        var sentences = Segmenter.Default.Segment(text, []);
        DateOnly? dct = documentDate is null ? null : DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture);
        return EventExtractor.Default.Extract(text, sentences, Times(text), Participants(text), dct);
    }

    public static string Describe(EventMention m) =>
        $"{m.Type}:{m.TriggerText} status={m.Status}{(m.Negation is null ? "" : "/" + m.Negation)} actors=[{string.Join(",", m.Actors.Select(a => a.Name))}] targets=[{string.Join(",", m.Targets.Select(a => a.Name))}] loc={m.Location?.Name} time={m.Time?.Value}({m.Time?.Source}) speaker={m.Attribution.Speaker?.Name} source={m.Attribution.Source?.Name}";
}
