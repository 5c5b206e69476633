using Chronicle.Fusion;
using Chronicle.Pipeline;

namespace Chronicle.Corpus;

/// <summary>
/// An event as the index stores its head: the event's JSON without its sources (and id), the shape
/// <see cref="CorpusViews.ReadHeads"/> reads either from. A few hundred bytes, where an event told by
/// hundreds of articles is hundreds of kilobytes.
/// </summary>
public static class EventHeadJson
{
    public static string Of(FusedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return AnnotationLayers.Serialize(e with { Id = string.Empty, Sources = [] });
    }
}
