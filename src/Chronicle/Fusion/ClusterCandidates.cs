namespace Chronicle.Fusion;

/// <summary>
/// Which clusters a mention could join, so that fusion scores those and not every cluster of its
/// block: the clusters sharing a participant key with it, those holding a mention of its sentence, and
/// those of its own type (the rules that merge without a shared participant compare the same type, but for
/// a planned mention naming no one, which may join a planned event of its family in its place).
/// Candidates come back in the order the clusters were made, which is the order fusion breaks ties in.
/// </summary>
internal sealed class ClusterCandidates
{
    private readonly Dictionary<string, List<int>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byType = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Document, int Sentence), List<int>> bySentence = [];
    private readonly Dictionary<string, List<int>> byPlace = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Family, int Year), List<int>> byWholeYear = [];
    private readonly List<int> found = [];
    private int[] seen = [];
    private int stamp;

    /// <summary>Records a new cluster, number <paramref name="index"/> in making order, of <paramref name="type"/>.</summary>
    public void AddCluster(int index, string type) => Append(byType, type, index);

    /// <summary>Records that cluster <paramref name="index"/> now holds a mention of a sentence, with these keys.</summary>
    public void AddMention(int index, string document, int sentence, IEnumerable<string> newKeys)
    {
        Append(bySentence, (document, sentence), index);
        foreach (var key in newKeys)
        {
            Append(byKey, key, index);
        }
    }

    /// <summary>Records that cluster <paramref name="index"/> holds a mention of <paramref name="family"/> told by the whole of <paramref name="year"/> ("the coup in 2007").</summary>
    public void AddWholeYear(int index, string family, int year) => Append(byWholeYear, (family, year), index);

    /// <summary>Records that cluster <paramref name="index"/> now lies in <paramref name="place"/>.</summary>
    public void AddPlace(int index, string place) => Append(byPlace, place, index);

    /// <summary>
    /// The clusters a mention of <paramref name="type"/> with <paramref name="keys"/> in that sentence may join, in making order;
    /// with <paramref name="place"/>, also every cluster in that place; with <paramref name="wholeYear"/>, also every
    /// cluster of that family told by that whole year.
    /// </summary>
    public IReadOnlyList<int> For(string type, IEnumerable<string> keys, string document, int sentence, int clusterCount, string? place = null, (string Family, int Year)? wholeYear = null)
    {
        found.Clear();
        if (seen.Length < clusterCount)
        {
            Array.Resize(ref seen, Math.Max(clusterCount, seen.Length * 2));
        }

        stamp++;
        Collect(byType.GetValueOrDefault(type));
        Collect(bySentence.GetValueOrDefault((document, sentence)));
        if (place is not null)
        {
            Collect(byPlace.GetValueOrDefault(place));
        }

        if (wholeYear is { } period)
        {
            Collect(byWholeYear.GetValueOrDefault(period));
        }
        foreach (var key in keys)
        {
            Collect(byKey.GetValueOrDefault(key));
        }

        found.Sort();
        return found;
    }

    private void Collect(List<int>? clusters)
    {
        foreach (var c in clusters ?? [])
        {
            if (seen[c] != stamp)
            {
                seen[c] = stamp;
                found.Add(c);
            }
        }
    }

    private static void Append<TKey>(Dictionary<TKey, List<int>> index, TKey key, int cluster)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != cluster)
        {
            list.Add(cluster);
        }
    }
}
