using System.Text.Json;
using System.Text.Json.Serialization;
using Chronicle.Entities.Linking;

namespace Chronicle.Pipeline;

/// <summary>
/// The names of the annotation layers the per-article phase stores with each article, and their one
/// serialisation (compact JSON, enums as names), so the cross-article phase reads back exactly what
/// the per-article phase wrote.
/// </summary>
public static class AnnotationLayers
{
    public const string Entities = "entities";

    public const string Timexes = "timexes";

    public const string Events = "events";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize<T>(utf8Json, Options);

    public static ArticleEntities? ReadEntities(Model.Article article) =>
        article.Layers.TryGetValue(Entities, out var json) ? Deserialize<ArticleEntities>(json) : null;

    public static IReadOnlyList<Time.Timex> ReadTimexes(Model.Article article) =>
        article.Layers.TryGetValue(Timexes, out var json) ? Deserialize<List<Time.Timex>>(json) ?? [] : [];

    public static IReadOnlyList<Events.EventMention> ReadEvents(Model.Article article) =>
        article.Layers.TryGetValue(Events, out var json) ? EventJsonReader.ReadMentions(json) ?? [] : [];

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
