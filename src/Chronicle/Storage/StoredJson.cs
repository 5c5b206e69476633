using System.Text.Json;
using System.Text.Json.Serialization;
using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>A zone as the articles.zones JSON column holds it (independent of the model's shape).</summary>
internal sealed record StoredZone(string Kind, int Start, int End, int Line);

/// <summary>A removed line as the articles.removed JSON column holds it.</summary>
internal sealed record StoredRemoved(int Line, string Text, string Reason);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(List<StoredZone>))]
[JsonSerializable(typeof(List<StoredRemoved>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StoredJsonContext : JsonSerializerContext;

/// <summary>The JSON columns of the articles table, written and read with source-generated serializers.</summary>
internal static class StoredJson
{
    public static string Zones(IReadOnlyList<Zone> zones) =>
        JsonSerializer.Serialize(zones.Select(z => new StoredZone(z.Kind.ToString(), z.Span.Start, z.Span.End, z.SourceLine)).ToList(), StoredJsonContext.Default.ListStoredZone);

    public static IReadOnlyList<Zone> Zones(string json) =>
        (JsonSerializer.Deserialize(json, StoredJsonContext.Default.ListStoredZone) ?? [])
            .Select(z => new Zone(Enum.TryParse<ZoneKind>(z.Kind, out var kind) ? kind : ZoneKind.Body, new Span(z.Start, z.End), z.Line))
            .ToArray();

    public static string Removed(IReadOnlyList<RemovedText> removed) =>
        JsonSerializer.Serialize(removed.Select(r => new StoredRemoved(r.SourceLine, r.Text, r.Reason)).ToList(), StoredJsonContext.Default.ListStoredRemoved);

    public static IReadOnlyList<RemovedText> Removed(string json) =>
        (JsonSerializer.Deserialize(json, StoredJsonContext.Default.ListStoredRemoved) ?? [])
            .Select(r => new RemovedText(r.Line, r.Text, r.Reason))
            .ToArray();

    public static string Strings(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(values.ToList(), StoredJsonContext.Default.ListString);

    public static IReadOnlyList<string> Strings(string json) =>
        (JsonSerializer.Deserialize(json, StoredJsonContext.Default.ListString) ?? []).ToArray();
}
