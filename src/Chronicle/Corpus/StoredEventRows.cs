using Chronicle.Fusion;
using Chronicle.Storage;

namespace Chronicle.Corpus;

/// <summary>A fused event as the index stores it: its JSON with the forms views read instead (head, documents, shown form).</summary>
internal static class StoredEventRows
{
    public static NewStoredEvent New(long block, string sortKey, string json, FusedEvent e) =>
        new(block, sortKey, json, e.Actors.Concat(e.Targets).Distinct(StringComparer.Ordinal).ToList())
        {
            Head = EventHeadJson.Of(e),
            Documents = ShownEvents.Documents(e),
            Shown = ShownEvents.Of(e),
        };
}
