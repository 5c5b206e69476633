using System.Text.Json;
using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;
using Chronicle.Timeline;
using static Chronicle.Pipeline.JsonReading;

namespace Chronicle.Corpus;

/// <summary>
/// Reads what a view shows of stored entities and events straight off a <see cref="Utf8JsonReader"/>,
/// as the serializer would read it (unknown properties skipped, a missing one left at its default):
/// a frequent entity's roles and articles run to tens of thousands, and its merge evidence, which no
/// view shows, to megabytes; the serializer's constructor path cached every argument first.
/// </summary>
internal static class ViewJsonReader
{
    /// <summary>A stored entity without its merge evidence (<see cref="ShownEntities"/>).</summary>
    public static Entity ReadShownEntity(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, ShownEntity);

    /// <summary>As <see cref="ReadShownEntity(ReadOnlySpan{byte})"/>, from JSON text.</summary>
    public static Entity ReadShownEntity(string json) => FromText(json, ShownEntity);

    /// <summary>An event's stored shown form (<see cref="ShownEvents"/>).</summary>
    public static ShownEvents.StoredShown ReadShownEvent(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, StoredShown);

    /// <summary>
    /// A stored shown form's event as a listing shows it: each source's sentence left empty, its own conflicts
    /// skipped. A table of the largest entity's timeline read 9 MB of sentences it never prints.
    /// </summary>
    public static TimelineEvent ReadListedEvent(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, ListedEvent);

    /// <summary>A stored shown form's own conflicts alone, its event skipped.</summary>
    public static List<ShownEvents.StoredConflict> ReadOwnConflicts(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, OwnConflicts);

    private static Entity ShownEntity(ref Utf8JsonReader r)
    {
        string id = null!, name = null!;
        var type = default(EntityType);
        List<string> aliases = null!, articles = null!;
        List<EntityRole> roles = null!;
        DateOnly? firstSeen = null, lastSeen = null;
        var mentions = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = r.GetString()!; }
            else if (r.ValueTextEquals("name"u8)) { r.Read(); name = r.GetString()!; }
            else if (r.ValueTextEquals("type"u8)) { r.Read(); type = Type(ref r); }
            else if (r.ValueTextEquals("aliases"u8)) { r.Read(); aliases = Strings(ref r)!; }
            else if (r.ValueTextEquals("roles"u8)) { r.Read(); roles = List(ref r, Role)!; }
            else if (r.ValueTextEquals("articles"u8)) { r.Read(); articles = Strings(ref r)!; }
            else if (r.ValueTextEquals("firstSeen"u8)) { r.Read(); firstSeen = Date(ref r); }
            else if (r.ValueTextEquals("lastSeen"u8)) { r.Read(); lastSeen = Date(ref r); }
            else if (r.ValueTextEquals("mentions"u8)) { r.Read(); mentions = r.GetInt32(); }
            else { Skip(ref r); }
        }

        return new Entity(id, name, type, aliases, roles, articles, firstSeen, lastSeen, [], mentions);
    }

    private static EntityRole Role(ref Utf8JsonReader r)
    {
        string text = null!, articleId = null!;
        DateOnly? date = null;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("text"u8)) { r.Read(); text = r.GetString()!; }
            else if (r.ValueTextEquals("date"u8)) { r.Read(); date = Date(ref r); }
            else if (r.ValueTextEquals("articleId"u8)) { r.Read(); articleId = r.GetString()!; }
            else { Skip(ref r); }
        }

        return new EntityRole(text, date, articleId);
    }

    private static EntityType Type(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.Number ? (EntityType)r.GetInt32()
        : r.ValueTextEquals("Person"u8) ? EntityType.Person
        : r.ValueTextEquals("Gpe"u8) ? EntityType.Gpe
        : r.ValueTextEquals("Org"u8) ? EntityType.Org
        : Enum.Parse<EntityType>(r.GetString()!, ignoreCase: true);

    private static ShownEvents.StoredShown StoredShown(ref Utf8JsonReader r)
    {
        TimelineEvent shown = null!;
        List<ShownEvents.StoredConflict> own = null!;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("event"u8)) { r.Read(); shown = Event(ref r, sentences: true); }
            else if (r.ValueTextEquals("own"u8)) { r.Read(); own = List(ref r, Conflict)!; }
            else { Skip(ref r); }
        }

        return new ShownEvents.StoredShown(shown, own);
    }

    private static TimelineEvent ListedEvent(ref Utf8JsonReader r)
    {
        TimelineEvent listed = null!;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("event"u8)) { r.Read(); listed = Event(ref r, sentences: false); }
            else { Skip(ref r); }
        }

        return listed;
    }

    private static List<ShownEvents.StoredConflict> OwnConflicts(ref Utf8JsonReader r)
    {
        List<ShownEvents.StoredConflict> own = [];
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("own"u8)) { r.Read(); own = List(ref r, Conflict)!; }
            else { Skip(ref r); }
        }

        return own;
    }

    private static TimelineEvent Event(ref Utf8JsonReader r, bool sentences)
    {
        string id = null!, granularity = null!, type = null!, status = null!, summary = null!, salience = null!, cameo = null!, plover = null!;
        string? date = null, end = null, location = null, earliest = null, latest = null;
        List<string> actors = null!, targets = null!;
        List<TimelineSource> sources = null!;
        var independent = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = r.GetString()!; }
            else if (r.ValueTextEquals("date"u8)) { r.Read(); date = r.GetString(); }
            else if (r.ValueTextEquals("granularity"u8)) { r.Read(); granularity = r.GetString()!; }
            else if (r.ValueTextEquals("end"u8)) { r.Read(); end = r.GetString(); }
            else if (r.ValueTextEquals("type"u8)) { r.Read(); type = r.GetString()!; }
            else if (r.ValueTextEquals("status"u8)) { r.Read(); status = r.GetString()!; }
            else if (r.ValueTextEquals("summary"u8)) { r.Read(); summary = r.GetString()!; }
            else if (r.ValueTextEquals("actors"u8)) { r.Read(); actors = Strings(ref r)!; }
            else if (r.ValueTextEquals("targets"u8)) { r.Read(); targets = Strings(ref r)!; }
            else if (r.ValueTextEquals("location"u8)) { r.Read(); location = r.GetString(); }
            else if (r.ValueTextEquals("sources"u8)) { r.Read(); sources = List<TimelineSource>(ref r, sentences ? Source : SourceWithoutSentence)!; }
            else if (r.ValueTextEquals("independentSources"u8)) { r.Read(); independent = r.GetInt32(); }
            else if (r.ValueTextEquals("salience"u8)) { r.Read(); salience = r.GetString()!; }
            else if (r.ValueTextEquals("earliest"u8)) { r.Read(); earliest = r.GetString(); }
            else if (r.ValueTextEquals("latest"u8)) { r.Read(); latest = r.GetString(); }
            else if (r.ValueTextEquals("cameo"u8)) { r.Read(); cameo = r.GetString()!; }
            else if (r.ValueTextEquals("plover"u8)) { r.Read(); plover = r.GetString()!; }
            else { Skip(ref r); }
        }

        return new TimelineEvent(id, date, granularity, end, type, status, summary, actors, targets, location, sources, independent, salience, earliest, latest, cameo, plover);
    }

    private static TimelineSource Source(ref Utf8JsonReader r) => Source(ref r, sentence: true);

    private static TimelineSource SourceWithoutSentence(ref Utf8JsonReader r) => Source(ref r, sentence: false);

    private static TimelineSource Source(ref Utf8JsonReader r, bool sentence)
    {
        string document = null!, text = string.Empty, trigger = null!;
        string? speaker = null;
        int start = 0, end = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("document"u8)) { r.Read(); document = r.GetString()!; }
            else if (r.ValueTextEquals("start"u8)) { r.Read(); start = r.GetInt32(); }
            else if (r.ValueTextEquals("end"u8)) { r.Read(); end = r.GetInt32(); }
            else if (sentence && r.ValueTextEquals("sentence"u8)) { r.Read(); text = r.GetString()!; }
            else if (r.ValueTextEquals("trigger"u8)) { r.Read(); trigger = r.GetString()!; }
            else if (r.ValueTextEquals("speaker"u8)) { r.Read(); speaker = r.GetString(); }
            else { Skip(ref r); }
        }

        return new TimelineSource(document, start, end, text, trigger, speaker);
    }

    private static ShownEvents.StoredConflict Conflict(ref Utf8JsonReader r)
    {
        string kind = null!;
        List<string> text = null!, documents = null!;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("kind"u8)) { r.Read(); kind = r.GetString()!; }
            else if (r.ValueTextEquals("text"u8)) { r.Read(); text = Strings(ref r)!; }
            else if (r.ValueTextEquals("documents"u8)) { r.Read(); documents = Strings(ref r)!; }
            else { Skip(ref r); }
        }

        return new ShownEvents.StoredConflict(kind, text, documents);
    }
}
