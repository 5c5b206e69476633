using Chronicle.Events;
using Chronicle.Model;

namespace Chronicle.Fusion;

/// <summary>
/// A stored event to take new mentions into: the event as fused before, and each of its sources'
/// documents as fusion reads them (their text may hold only the sources' sentences, where every rule
/// that reads text looks).
/// </summary>
public sealed record SeedEvent(FusedEvent Event, IReadOnlyList<DocumentEvents> Documents);

/// <summary>
/// One event an extension changed or made: the seed it continues (null for a new event), the other
/// seeds a new mention bridged into it, and the event as built now.
/// </summary>
public sealed record ExtendedEvent(int? Seed, IReadOnlyList<int> Absorbed, FusedEvent Event);

/// <summary>
/// What an extension did: the events it changed or made, and for each new document's mention (by
/// the document and the mention's index in its list) the event it went to (an index into <see cref="Events"/>).
/// </summary>
/// <param name="Constraints">What the changed events tell of the dates of articles without a stated one (as <see cref="FusionResult.UndatedConstraints"/>; event ids v1.. number <see cref="Events"/>).</param>
public sealed record ExtensionResult(IReadOnlyList<ExtendedEvent> Events, IReadOnlyDictionary<(string DocumentId, int Index), int> EventOf, IReadOnlyList<UndatedArticleConstraint> Constraints);

public sealed partial class EventFuser
{
    /// <summary>
    /// Fuses new documents into events fused before without fusing those again: each seed becomes the
    /// cluster its sources make, and the new documents' mentions are placed by the rules of
    /// <see cref="FuseAll"/>, as if they came after every document the seeds hold. Only events that took
    /// a mention, or are new, are built. Where the new documents would have come first, or a seed's
    /// neighbours were not given, the result may differ from fusing everything at once.
    /// </summary>
    /// <param name="keyFrequency">How many events (stored, with the ones this makes) name each key: an event's salience reads it.</param>
    public ExtensionResult Extend(IReadOnlyList<SeedEvent> seeds, IEnumerable<DocumentEvents> documents, IReadOnlyDictionary<string, int> keyFrequency)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(keyFrequency);
        var docs = (documents ?? []).Where(d => d is not null).OrderBy(d => d.DocumentId, StringComparer.Ordinal).ToList();
        var groups = syndication.Group(docs);
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var id in groups[g])
            {
                groupOf[id] = g;
            }
        }

        var clusters = new List<Cluster>();
        var candidates = new ClusterCandidates();
        var nextGroup = groups.Count;
        foreach (var seed in seeds)
        {
            clusters.Add(Seed(seed, clusters.Count, candidates));

            // The seed's texts are not read again, so syndication is not looked for among them: its
            // documents get groups that give the count of independent sources it was stored with.
            var distinct = seed.Event.Sources.Select(s => s.DocumentId).Distinct(StringComparer.Ordinal).Where(id => !groupOf.ContainsKey(id)).ToList();
            var shared = nextGroup + Math.Max(0, seed.Event.IndependentSources - 1);
            for (var i = 0; i < distinct.Count; i++)
            {
                groupOf[distinct[i]] = i < seed.Event.IndependentSources - 1 ? nextGroup + i : shared;
            }

            nextGroup = shared + 1;
        }

        var before = clusters.Select(c => c.Items.Count).ToList();
        var bridged = new List<Cluster>();
        var placed = new List<(EventMention Mention, Cluster Cluster)>();
        var mentionIndex = new Dictionary<EventMention, (string DocumentId, int Index)>(ReferenceEqualityComparer.Instance);
        foreach (var doc in docs.OrderBy(d => d.Evidence == DateEvidence.Explicit ? 0 : 1))
        {
            for (var i = 0; i < doc.Mentions.Count; i++)
            {
                mentionIndex[doc.Mentions[i]] = (doc.DocumentId, i);
            }

            Place(doc, clusters, candidates, bridged, placed);
        }

        static Cluster Final(Cluster c)
        {
            while (c.MergedInto is { } into)
            {
                c = into;
            }

            return c;
        }

        var frequency = new Dictionary<string, int>(keyFrequency, StringComparer.Ordinal);
        foreach (var key in clusters.Skip(seeds.Count).Where(c => c.MergedInto is null).SelectMany(c => c.Keys))
        {
            frequency[key] = frequency.GetValueOrDefault(key) + 1;
        }

        var changed = clusters.Where((c, i) => c.MergedInto is null && (i >= seeds.Count || c.Items.Count != before[i])).ToList();
        var number = changed.Select((c, n) => (c.Index, n)).ToDictionary(x => x.Index, x => x.n);
        var events = new List<ExtendedEvent>();
        var constraints = new List<UndatedArticleConstraint>();
        foreach (var c in changed)
        {
            var fused = Build($"v{events.Count + 1}", c, groupOf, frequency);
            events.Add(new ExtendedEvent(
                c.Index < seeds.Count ? c.Index : null,
                clusters.Take(seeds.Count).Where(o => o != c && o.MergedInto is not null && Final(o) == c).Select(o => o.Index).ToList(),
                fused));
            constraints.AddRange(Constraints(fused, c));
        }

        var eventOf = new Dictionary<(string DocumentId, int Index), int>();
        foreach (var (mention, cluster) in placed)
        {
            eventOf[mentionIndex[mention]] = number[Final(cluster).Index];
        }

        return new ExtensionResult(events, eventOf, constraints);
    }

    /// <summary>The cluster a stored event's sources make, added to the candidate index as fusion adds its members.</summary>
    private Cluster Seed(SeedEvent seed, int index, ClusterCandidates candidates)
    {
        var documents = seed.Documents.ToDictionary(d => d.DocumentId, StringComparer.Ordinal);
        var first = seed.Event.Sources[0].Mention;
        var c = new Cluster { Type = first.Type, Index = index, Iterative = first.Iterative };
        candidates.AddCluster(index, c.Type);
        foreach (var source in seed.Event.Sources)
        {
            var doc = documents[source.DocumentId];
            candidates.AddMention(index, doc.DocumentId, source.Mention.SentenceIndex, MatchKeys(source.Mention).Where(k => !c.Keys.Contains(k)).ToList());
            AddTo(c, doc, source.Mention, candidates, ontology.FamilyOf(source.Mention.Type));
        }

        return c;
    }
}
