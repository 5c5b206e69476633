namespace Chronicle.Evaluation.SemEval;

/// <summary>The two relations a TimeLine graph holds.</summary>
public enum TemporalRelationType
{
    Before,
    Simultaneous,
}

/// <summary>A relation between two nodes; a SIMULTANEOUS one is stored with its nodes in ordinal order.</summary>
public readonly record struct TemporalRelation(string From, string To, TemporalRelationType Type)
{
    public override string ToString() => $"{From} {(Type == TemporalRelationType.Before ? "BEFORE" : "SIMULTANEOUS")} {To}";
}

/// <summary>
/// The temporal graph of one timeline, as the SemEval-2015 TimeLine task defines it: events of one
/// ordinal SIMULTANEOUS, an event of a lower ordinal BEFORE every event of a higher one, every event
/// SIMULTANEOUS with its time anchor, ordinal-0 events left out. Kept as classes of simultaneous
/// nodes with the transitive closure of BEFORE between classes, so closure membership is a lookup.
/// </summary>
public sealed class TemporalGraph
{
    /// <summary>Anchor nodes are named with this prefix so that they never collide with event ids.</summary>
    public const string AnchorPrefix = "t:";

    private readonly Dictionary<string, int> classOf;
    private readonly List<List<string>> members;
    private readonly bool[,] before;

    private TemporalGraph(Dictionary<string, int> classOf, List<List<string>> members, bool[,] before)
    {
        this.classOf = classOf;
        this.members = members;
        this.before = before;
    }

    public IEnumerable<string> Nodes => classOf.Keys;

    /// <summary>
    /// Builds the graph of a timeline. Event ids are compared case-insensitively (lower-cased). An
    /// event listed twice keeps its first line. With <paramref name="withAnchors"/>, a fully known
    /// anchor (no X) becomes a node SIMULTANEOUS with its line's events, but only when a single
    /// ordinal uses it: an anchor shared by several ordinals (events ordered within one day) contains
    /// them rather than coinciding with all of them, and a SIMULTANEOUS link would contradict their
    /// order.
    /// </summary>
    public static TemporalGraph FromTimeline(SemEvalTimeline timeline, bool withAnchors = true)
    {
        var ordinalOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchorOrdinals = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var line in timeline.Lines.Where(l => l.Order > 0))
        {
            foreach (var mention in line.Events)
            {
                ordinalOf.TryAdd(mention.ToLowerInvariant(), line.Order);
            }

            if (withAnchors && IsKnownAnchor(line.Anchor))
            {
                if (!anchorOrdinals.TryGetValue(line.Anchor, out var set))
                {
                    anchorOrdinals[line.Anchor] = set = [];
                }

                set.Add(line.Order);
            }
        }

        // One class per ordinal, in ascending order; a class's members are its events and its anchor.
        var ordinals = ordinalOf.Values.Distinct().Order().ToList();
        var classIndex = ordinals.Select((o, i) => (o, i)).ToDictionary(x => x.o, x => x.i);
        var classOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = ordinals.Select(_ => new List<string>()).ToList();
        foreach (var (mention, ordinal) in ordinalOf)
        {
            classOf[mention] = classIndex[ordinal];
            members[classIndex[ordinal]].Add(mention);
        }

        foreach (var (anchor, used) in anchorOrdinals.Where(a => a.Value.Count == 1 && classIndex.ContainsKey(a.Value.First())))
        {
            var node = AnchorPrefix + anchor;
            var index = classIndex[used.First()];
            classOf[node] = index;
            members[index].Add(node);
        }

        foreach (var list in members)
        {
            list.Sort(StringComparer.Ordinal);
        }

        // Ordinals are totally ordered, so the closure of BEFORE is "lower class index".
        var count = members.Count;
        var before = new bool[count, count];
        for (var a = 0; a < count; a++)
        {
            for (var b = a + 1; b < count; b++)
            {
                before[a, b] = true;
            }
        }

        return new TemporalGraph(classOf, members, before);
    }

    /// <summary>Whether the closure of this graph holds <paramref name="relation"/>.</summary>
    public bool Holds(TemporalRelation relation)
    {
        if (!classOf.TryGetValue(relation.From, out var a) || !classOf.TryGetValue(relation.To, out var b))
        {
            return false;
        }

        return relation.Type == TemporalRelationType.Simultaneous ? a == b : before[a, b];
    }

    /// <summary>
    /// The relations of the transitive reduction: within a class of simultaneous nodes, each event's
    /// link to the class's anchor, or without an anchor a chain of its events in ordinal order; between classes, BEFORE for each pair of classes that no third
    /// class lies between, from the first member of one to the first member of the other.
    /// </summary>
    public IReadOnlyList<TemporalRelation> Reduced()
    {
        var relations = new List<TemporalRelation>();
        var count = members.Count;
        for (var c = 0; c < count; c++)
        {
            var anchor = members[c].Find(m => m.StartsWith(AnchorPrefix, StringComparison.Ordinal));
            for (var i = 0; i < members[c].Count; i++)
            {
                if (anchor is not null)
                {
                    // The graph links every event to its anchor; those links are a reduction of the class.
                    if (members[c][i] != anchor)
                    {
                        relations.Add(new TemporalRelation(members[c][i], anchor, TemporalRelationType.Simultaneous));
                    }
                }
                else if (i > 0)
                {
                    relations.Add(new TemporalRelation(members[c][i - 1], members[c][i], TemporalRelationType.Simultaneous));
                }
            }
        }

        for (var a = 0; a < count; a++)
        {
            for (var b = 0; b < count; b++)
            {
                if (!before[a, b])
                {
                    continue;
                }

                var implied = false;
                for (var c = 0; c < count && !implied; c++)
                {
                    implied = before[a, c] && before[c, b];
                }

                if (!implied)
                {
                    relations.Add(new TemporalRelation(members[a][0], members[b][0], TemporalRelationType.Before));
                }
            }
        }

        return relations;
    }

    /// <summary>Every relation of the closure (for tests and inspection; scoring uses <see cref="Holds"/>).</summary>
    public IReadOnlyList<TemporalRelation> Closure()
    {
        var relations = new List<TemporalRelation>();
        var count = members.Count;
        for (var a = 0; a < count; a++)
        {
            for (var i = 0; i < members[a].Count; i++)
            {
                for (var j = i + 1; j < members[a].Count; j++)
                {
                    relations.Add(new TemporalRelation(members[a][i], members[a][j], TemporalRelationType.Simultaneous));
                }
            }

            for (var b = 0; b < count; b++)
            {
                if (before[a, b])
                {
                    relations.AddRange(members[a].SelectMany(x => members[b].Select(y => new TemporalRelation(x, y, TemporalRelationType.Before))));
                }
            }
        }

        return relations;
    }

    private static bool IsKnownAnchor(string anchor) =>
        anchor.Length > 0 && !anchor.Contains('X', StringComparison.OrdinalIgnoreCase);
}
