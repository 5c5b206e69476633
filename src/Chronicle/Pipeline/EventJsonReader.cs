using System.Globalization;
using System.Text.Json;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;

using static Chronicle.Pipeline.JsonReading;

namespace Chronicle.Pipeline;

/// <summary>
/// Reads the stored JSON of event mentions and fused events (as <see cref="AnnotationLayers"/> writes
/// them) straight off a <see cref="Utf8JsonReader"/>, into the objects the serializer would build. The
/// serializer fills records through their constructors, caching every argument first: a frequent
/// entity's events (31 MB of JSON, thousands of sources) took most of a second to read that way, and
/// every index build reads each article's mentions. Unknown properties are skipped (the stored JSON
/// also carries computed ones: a span's length, a participant's isPlace, a mention's participantKeys),
/// a missing one is left at its default, names match exactly and enums are read by name or number, as
/// the serializer does.
/// </summary>
public static class EventJsonReader
{
    /// <summary>A fused event from its UTF-8 JSON.</summary>
    public static FusedEvent ReadFusedEvent(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, FusedEvent);

    /// <summary>
    /// A fused event from its UTF-8 JSON with each source read for its document only (its mention and
    /// sentence, most of the JSON, skipped and left null): what an event read as another's date partner needs.
    /// </summary>
    public static FusedEvent ReadFusedEventOutline(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, FusedEventOutline);

    /// <summary>As <see cref="ReadFusedEventOutline(ReadOnlySpan{byte})"/>, from JSON text (an event's stored head, which has no sources, reads the same way).</summary>
    public static FusedEvent ReadFusedEventOutline(string json) => FromText(json, FusedEventOutline);

    /// <summary>A fused event from its JSON text.</summary>
    public static FusedEvent ReadFusedEvent(string json) => FromText(json, FusedEvent);

    /// <summary>An event mention layer (a JSON array) from its text; null for a JSON null.</summary>
    public static List<EventMention>? ReadMentions(string json) => FromText(json, (ref r) => List(ref r, Mention));

    private static FusedEvent FusedEvent(ref Utf8JsonReader r) => FusedEvent(ref r, Source);

    private static FusedEvent FusedEventOutline(ref Utf8JsonReader r) => FusedEvent(ref r, SourceDocument);

    private static FusedEvent FusedEvent(ref Utf8JsonReader r, ReadOne<EventSource> source)
    {
        string id = null!, type = null!, family = null!, granularity = null!;
        string? location = null;
        DateOnly? earliest = null, latest = null;
        var status = default(EventStatus);
        List<string> actors = null!, targets = null!;
        List<EventSource> sources = null!;
        var independent = 0;
        EventSalience salience = null!;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = r.GetString()!; }
            else if (r.ValueTextEquals("type"u8)) { r.Read(); type = r.GetString()!; }
            else if (r.ValueTextEquals("family"u8)) { r.Read(); family = r.GetString()!; }
            else if (r.ValueTextEquals("earliest"u8)) { r.Read(); earliest = Date(ref r); }
            else if (r.ValueTextEquals("latest"u8)) { r.Read(); latest = Date(ref r); }
            else if (r.ValueTextEquals("granularity"u8)) { r.Read(); granularity = r.GetString()!; }
            else if (r.ValueTextEquals("status"u8)) { r.Read(); status = Status(ref r); }
            else if (r.ValueTextEquals("actors"u8)) { r.Read(); actors = Strings(ref r)!; }
            else if (r.ValueTextEquals("targets"u8)) { r.Read(); targets = Strings(ref r)!; }
            else if (r.ValueTextEquals("location"u8)) { r.Read(); location = r.GetString(); }
            else if (r.ValueTextEquals("sources"u8)) { r.Read(); sources = List(ref r, source)!; }
            else if (r.ValueTextEquals("independentSources"u8)) { r.Read(); independent = r.GetInt32(); }
            else if (r.ValueTextEquals("salience"u8)) { r.Read(); salience = Salience(ref r)!; }
            else { Skip(ref r); }
        }

        return new FusedEvent(id, type, family, earliest, latest, granularity, status, actors, targets, location, sources, independent, salience);
    }

    private static EventSource Source(ref Utf8JsonReader r)
    {
        string document = null!, sentence = null!;
        EventMention mention = null!;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("documentId"u8)) { r.Read(); document = r.GetString()!; }
            else if (r.ValueTextEquals("mention"u8)) { r.Read(); mention = Mention(ref r); }
            else if (r.ValueTextEquals("sentence"u8)) { r.Read(); sentence = r.GetString()!; }
            else { Skip(ref r); }
        }

        return new EventSource(document, mention, sentence);
    }

    private static EventSource SourceDocument(ref Utf8JsonReader r)
    {
        string document = null!;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("documentId"u8)) { r.Read(); document = r.GetString()!; }
            else { Skip(ref r); }
        }

        return new EventSource(document, null!, null!);
    }

    private static EventMention Mention(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        string type = null!, triggerText = null!, lemma = null!;
        string? negation = null;
        Span trigger = default, sentenceSpan = default;
        bool nominal = false, iterative = false;
        var sentenceIndex = 0;
        List<EventParticipantMention> actors = null!, targets = null!;
        EventParticipantMention? location = null;
        EventTime? time = null;
        var status = default(EventStatus);
        EventAttribution attribution = null!;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("type"u8)) { r.Read(); type = r.GetString()!; }
            else if (r.ValueTextEquals("trigger"u8)) { r.Read(); trigger = Span(ref r); }
            else if (r.ValueTextEquals("triggerText"u8)) { r.Read(); triggerText = r.GetString()!; }
            else if (r.ValueTextEquals("lemma"u8)) { r.Read(); lemma = r.GetString()!; }
            else if (r.ValueTextEquals("nominal"u8)) { r.Read(); nominal = r.GetBoolean(); }
            else if (r.ValueTextEquals("sentenceIndex"u8)) { r.Read(); sentenceIndex = r.GetInt32(); }
            else if (r.ValueTextEquals("sentenceSpan"u8)) { r.Read(); sentenceSpan = Span(ref r); }
            else if (r.ValueTextEquals("actors"u8)) { r.Read(); actors = List(ref r, ListedParticipant)!; }
            else if (r.ValueTextEquals("targets"u8)) { r.Read(); targets = List(ref r, ListedParticipant)!; }
            else if (r.ValueTextEquals("location"u8)) { r.Read(); location = Participant(ref r); }
            else if (r.ValueTextEquals("time"u8)) { r.Read(); time = Time(ref r); }
            else if (r.ValueTextEquals("status"u8)) { r.Read(); status = Status(ref r); }
            else if (r.ValueTextEquals("negation"u8)) { r.Read(); negation = r.GetString(); }
            else if (r.ValueTextEquals("attribution"u8)) { r.Read(); attribution = Attribution(ref r)!; }
            else if (r.ValueTextEquals("iterative"u8)) { r.Read(); iterative = r.GetBoolean(); }
            else { Skip(ref r); }
        }

        return new EventMention(type, trigger, triggerText, lemma, nominal, sentenceIndex, sentenceSpan, actors, targets, location, time, status, negation, attribution, iterative);
    }

    private static EventParticipantMention? Participant(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Span span = default;
        string type = null!, key = null!, name = null!;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("span"u8)) { r.Read(); span = Span(ref r); }
            else if (r.ValueTextEquals("type"u8)) { r.Read(); type = r.GetString()!; }
            else if (r.ValueTextEquals("entityKey"u8)) { r.Read(); key = r.GetString()!; }
            else if (r.ValueTextEquals("name"u8)) { r.Read(); name = r.GetString()!; }
            else { Skip(ref r); }
        }

        return new EventParticipantMention(span, type, key, name);
    }

    private static EventParticipantMention ListedParticipant(ref Utf8JsonReader r) => Participant(ref r)!;

    private static EventTime? Time(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        DateOnly? earliest = null, latest = null;
        string granularity = null!;
        string? mod = null, value = null;
        var source = default(EventTimeSource);
        Span? span = null;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("earliest"u8)) { r.Read(); earliest = Date(ref r); }
            else if (r.ValueTextEquals("latest"u8)) { r.Read(); latest = Date(ref r); }
            else if (r.ValueTextEquals("granularity"u8)) { r.Read(); granularity = r.GetString()!; }
            else if (r.ValueTextEquals("mod"u8)) { r.Read(); mod = r.GetString(); }
            else if (r.ValueTextEquals("value"u8)) { r.Read(); value = r.GetString(); }
            else if (r.ValueTextEquals("source"u8)) { r.Read(); source = TimeSource(ref r); }
            else if (r.ValueTextEquals("span"u8)) { r.Read(); span = r.TokenType == JsonTokenType.Null ? null : Span(ref r); }
            else { Skip(ref r); }
        }

        return new EventTime(earliest, latest, granularity, mod, value, source, span);
    }

    private static EventAttribution? Attribution(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        EventParticipantMention? speaker = null, source = null;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("speaker"u8)) { r.Read(); speaker = Participant(ref r); }
            else if (r.ValueTextEquals("source"u8)) { r.Read(); source = Participant(ref r); }
            else { Skip(ref r); }
        }

        return new EventAttribution(speaker, source);
    }

    private static EventSalience? Salience(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        string level = null!;
        double score = 0;
        int independent = 0, frequency = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("level"u8)) { r.Read(); level = r.GetString()!; }
            else if (r.ValueTextEquals("score"u8)) { r.Read(); score = r.GetDouble(); }
            else if (r.ValueTextEquals("independentSources"u8)) { r.Read(); independent = r.GetInt32(); }
            else if (r.ValueTextEquals("participantFrequency"u8)) { r.Read(); frequency = r.GetInt32(); }
            else { Skip(ref r); }
        }

        return new EventSalience(level, score, independent, frequency);
    }

    private static Span Span(ref Utf8JsonReader r)
    {
        int start = 0, end = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("start"u8)) { r.Read(); start = r.GetInt32(); }
            else if (r.ValueTextEquals("end"u8)) { r.Read(); end = r.GetInt32(); }
            else { Skip(ref r); }
        }

        return new Span(start, end);
    }

    private static EventStatus Status(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.Number ? (EventStatus)r.GetInt32()
        : r.ValueTextEquals("Occurred"u8) ? EventStatus.Occurred
        : r.ValueTextEquals("Planned"u8) ? EventStatus.Planned
        : Enum.Parse<EventStatus>(r.GetString()!, ignoreCase: true);

    private static EventTimeSource TimeSource(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.Number ? (EventTimeSource)r.GetInt32()
        : r.ValueTextEquals("Clause"u8) ? EventTimeSource.Clause
        : Enum.Parse<EventTimeSource>(r.GetString()!, ignoreCase: true);


}
