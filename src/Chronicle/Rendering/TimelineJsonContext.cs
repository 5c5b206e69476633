using System.Text.Json.Serialization;
using Chronicle.Timeline;

namespace Chronicle.Rendering;

/// <summary>
/// The timeline's shapes described for the serialiser at build time (<see cref="JsonOutput"/> reads them
/// first). Described by reflection at run time, they cost every command that prints a timeline about 250
/// methods compiled and the accessors emitted before its first byte.
/// </summary>
[JsonSerializable(typeof(TimelineOutput))]
[JsonSerializable(typeof(TimelineDocument))]
[JsonSerializable(typeof(TimelineEntity))]
[JsonSerializable(typeof(TimelineEvent))]
[JsonSerializable(typeof(TimelineConflict))]
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
internal sealed partial class TimelineJsonContext : JsonSerializerContext;
