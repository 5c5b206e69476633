using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Pipeline;

namespace Chronicle.Corpus;

/// <summary>
/// What the index remembers of an article: the resolved entity of each article-local key, and the
/// date a first fusion gave it when it had none of its own. A change in either means its mentions
/// are linked and fused again.
/// </summary>
public sealed record IndexedArticleState(SortedDictionary<string, string> Keys, PublicationDate? Refined, string? Dating = null)
{
    /// <summary>The fingerprint of the constraints the first fusion put on the article (<see cref="FirstFusion.Dating"/>).</summary>
    public string? Constraints { get; init; }

    /// <summary>
    /// Whether the article was appended (<see cref="CorpusAppend"/>): its mentions went into the stored
    /// events as they stood, so the exact update takes it in again as if it were new. Written only when
    /// set, so that every other article's state keeps its bytes.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Appended { get; init; }

    /// <summary>Those constraints, by the fingerprint of the block they came from.</summary>
    public SortedDictionary<string, List<UndatedArticleConstraint>>? ByBlock { get; init; }

    /// <summary>
    /// The state as stored. A refined date is kept without its evidence text: that text names the
    /// first fusion's event numbers, which shift whenever an addition brings an earlier event, while
    /// what fusion reads of the article (its date, evidence, bounds and the mentions read against
    /// them) stays put; keeping the text would re-link and re-fuse every refined article on every update.
    /// <paramref name="dating"/>, for an article without a stated date, fingerprints what the first
    /// fusion dated it from (<see cref="FirstFusion"/>).
    /// </summary>
    public static string Serialize(SortedDictionary<string, string>? keys, PublicationDate? refined, FirstFusion.Dating? dating = null) =>
        AnnotationLayers.Serialize(new IndexedArticleState(keys ?? new SortedDictionary<string, string>(StringComparer.Ordinal), refined is null ? null : refined with { EvidenceText = null }, dating?.Blocks)
        {
            Constraints = dating?.Constraints,
            ByBlock = dating?.ByBlock,
        });

    /// <summary>The stored state without its dating fingerprint: what decides whether the article's mentions are linked again.</summary>
    public string LinkState() => Serialize(Keys, Refined);

    /// <summary>The keys alone, as stored (to tell whether the article's entity ids moved).</summary>
    public static string KeysState(SortedDictionary<string, string>? keys) =>
        AnnotationLayers.Serialize(keys ?? new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>What the JSON of a stored state with a refined date holds, and that of one without does not: a read can pick those few states by it.</summary>
    public const string RefinedMarker = Storage.ICorpusIndexStore.RefinedStateMarker;

    /// <summary>How a stored state that is <see cref="Appended"/> reads (the flag is written only when set).</summary>
    public const string AppendedMarker = "\"appended\":true";

    /// <summary>The refined dates of the indexed articles, by article id.</summary>
    public static Dictionary<string, PublicationDate> RefinedDates(IReadOnlyDictionary<string, string> indexed)
    {
        var dates = new Dictionary<string, PublicationDate>(StringComparer.Ordinal);
        foreach (var (id, json) in indexed)
        {
            if (json.Contains(RefinedMarker, StringComparison.Ordinal) && System.Text.Json.JsonSerializer.Deserialize(json, RefinedJsonContext.Default.RefinedJson)?.Refined is { } refined)
            {
                dates[id] = refined;
            }
        }

        return dates;
    }

    /// <summary>The refined date alone of a stored state: the serializer skips the entity keys and dating constraints (nearly all of it) rather than building them.</summary>
    internal sealed record RefinedJson(PublicationDate? Refined);
}

/// <summary>
/// <see cref="IndexedArticleState.RefinedJson"/> read with a generated serializer, in the stored states' shape
/// (<see cref="AnnotationLayers"/>' naming and enum names): a timeline reads a few refined dates, and the
/// serializer's first use of a type through reflection cost 20-25 ms of a command's start.
/// </summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(IndexedArticleState.RefinedJson))]
internal sealed partial class RefinedJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
