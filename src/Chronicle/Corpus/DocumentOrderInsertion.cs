using Chronicle.Model;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// The timeline's document order with a few new articles put in their places: a binary search over
/// the stored order for each, reading only the documents it compares with, instead of listing and
/// sorting every document (seconds at 100,000 articles). The stored order is the one the index wrote,
/// and appending dates no stored article again, so it stays sorted.
/// </summary>
internal static class DocumentOrderInsertion
{
    /// <returns>The new order; null when the store keeps none that covers its other indexed articles.</returns>
    public static List<string>? Insert(ICorpusIndexStore store, IReadOnlyList<DocumentSummary> added, int indexedBefore)
    {
        var order = store.ReadDocumentOrder();
        if (order.Count != indexedBefore)
        {
            return null;
        }

        var read = new Dictionary<string, DocumentSummary>(StringComparer.Ordinal);
        DocumentSummary At(int place)
        {
            var id = order[place];
            if (!read.TryGetValue(id, out var document))
            {
                var refined = IndexedArticleState.RefinedDates(store.ReadIndexedArticles([id]));
                read[id] = document = TimelineBuilder.Refined(store.ListDocuments([id])[0], refined);
            }

            return document;
        }

        // Each new article goes before the first stored one that follows it; new articles with the same place keep their own order.
        var places = added.Order(TimelineBuilder.DocumentOrder).Select(d =>
        {
            var (low, high) = (0, order.Count);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (TimelineBuilder.DocumentOrder.Compare(At(middle), d) < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return (Place: low, d.Id);
        }).ToList();

        var result = new List<string>(order.Count + places.Count);
        var next = 0;
        for (var i = 0; i < order.Count; i++)
        {
            while (next < places.Count && places[next].Place == i)
            {
                result.Add(places[next++].Id);
            }

            result.Add(order[i]);
        }

        result.AddRange(places.Skip(next).Select(p => p.Id));
        return result;
    }
}
