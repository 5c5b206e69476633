namespace Chronicle.Fusion;

/// <summary>
/// What fusion asks of <see cref="ClusterCandidates"/> for one mention: its type, participant keys and
/// sentence, and what the rules that merge without a shared participant compare: its place, the
/// counterparts of its countries and nationalities (<see cref="Affiliation"/>), the day its interval
/// starts on and the calendar year it lies within.
/// </summary>
/// <param name="Venue">The place of a planned mention naming no one, which may join a planned event of any type of its family there.</param>
/// <param name="Place">The mention's place, for events of its type in that place.</param>
/// <param name="Counterparts">The stems an event of its type must hold to be affiliated with it (empty when the rule does not apply).</param>
/// <param name="Day">The one day the mention is stated to (its interval starts and ends on it).</param>
/// <param name="Year">The calendar year its bounded interval lies within, where a period of one year is compared.</param>
/// <param name="WholeYear">Its family and the year, when its interval is exactly one calendar year ("in 2007"): events of the family told by that year.</param>
internal readonly record struct CandidateQuery(
    string Type,
    IReadOnlyCollection<string> Keys,
    string Document,
    int Sentence,
    string? Venue = null,
    string? Place = null,
    IReadOnlyList<string>? Counterparts = null,
    DateOnly? Day = null,
    int? Year = null,
    (string Family, int Year)? WholeYear = null);

/// <summary>
/// Which clusters a mention could join, so that fusion scores those and not every cluster of its
/// block: the clusters sharing a participant key with it, those holding a mention of its sentence,
/// those in its place (any type for a planned mention naming no one; otherwise its type), and those
/// of its type that the rules merging without a shared participant can reach: affiliated with it,
/// holding a member starting on its one stated day, a member of its type within its year, or a member of
/// its family told by the same whole year (for a mention with participants, only clusters without any: the
/// rules need one side without). Every
/// cluster left out is one that fusion's scoring would pass over, so the result is the same as
/// scoring every cluster of the type; candidates come back in the order the clusters were made,
/// which is the order fusion breaks ties in.
/// </summary>
internal sealed class ClusterCandidates
{
    private readonly List<string> types = [];
    private readonly Dictionary<string, List<int>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Document, int Sentence), List<int>> bySentence = [];
    private readonly Dictionary<string, List<int>> byPlace = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Place), List<int>> byTypePlace = [];
    private readonly Dictionary<(string Type, string Stem), List<int>> byAffiliation = [];
    private readonly Dictionary<(string Type, int Day), List<int>> byDay = [];
    private readonly Dictionary<(string Type, int Day), List<int>> keylessByDay = [];
    private readonly Dictionary<(string Type, int Year), List<int>> byYear = [];
    private readonly Dictionary<(string Type, int Year), List<int>> keylessByYear = [];
    private readonly Dictionary<(string Family, int Year), List<int>> byWholeYear = [];
    private readonly Dictionary<(string Family, int Year), List<int>> keylessByWholeYear = [];
    private readonly List<int> found = [];
    private int[] seen = [];
    private int stamp;

    /// <summary>Records a new cluster, number <paramref name="index"/> in making order, of <paramref name="type"/>.</summary>
    public void AddCluster(int index, string type)
    {
        while (types.Count <= index)
        {
            types.Add(type);
        }

        types[index] = type;
    }

    /// <summary>Records that cluster <paramref name="index"/> now holds a mention of a sentence, with these keys.</summary>
    public void AddMention(int index, string document, int sentence, IEnumerable<string> newKeys)
    {
        Append(bySentence, (document, sentence), index);
        foreach (var key in newKeys)
        {
            Append(byKey, key, index);
        }
    }

    /// <summary>Records that cluster <paramref name="index"/> now lies in <paramref name="place"/>.</summary>
    public void AddPlace(int index, string place)
    {
        Append(byPlace, place, index);
        Append(byTypePlace, (types[index], place), index);
    }

    /// <summary>Records that cluster <paramref name="index"/> now names a country or nationality of this stem.</summary>
    public void AddAffiliation(int index, string stem) => Append(byAffiliation, (types[index], stem), index);

    /// <summary>
    /// Records a member of cluster <paramref name="index"/> whose interval starts on <paramref name="start"/>;
    /// <paramref name="year"/> when the member is of the cluster's type and its interval lies within that
    /// calendar year; <paramref name="keyless"/> while the cluster has no participant key; <paramref name="wholeYear"/>
    /// the member's family and year when its interval is exactly one calendar year.
    /// </summary>
    public void AddMember(int index, DateOnly start, int? year, bool keyless, (string Family, int Year)? wholeYear = null)
    {
        if (wholeYear is { } told)
        {
            Append(byWholeYear, told, index);
            if (keyless)
            {
                Append(keylessByWholeYear, told, index);
            }
        }

        var type = types[index];
        Append(byDay, (type, start.DayNumber), index);
        if (keyless)
        {
            Append(keylessByDay, (type, start.DayNumber), index);
        }

        if (year is { } y)
        {
            Append(byYear, (type, y), index);
            if (keyless)
            {
                Append(keylessByYear, (type, y), index);
            }
        }
    }

    /// <summary>The clusters the mention may join, in making order.</summary>
    public IReadOnlyList<int> For(CandidateQuery query, int clusterCount)
    {
        found.Clear();
        if (seen.Length < clusterCount)
        {
            Array.Resize(ref seen, Math.Max(clusterCount, seen.Length * 2));
        }

        stamp++;
        var type = query.Type;
        Collect(bySentence.GetValueOrDefault((query.Document, query.Sentence)));
        if (query.Venue is not null)
        {
            Collect(byPlace.GetValueOrDefault(query.Venue));
        }

        if (query.Place is not null)
        {
            Collect(byTypePlace.GetValueOrDefault((type, query.Place)));
        }

        foreach (var key in query.Keys)
        {
            Collect(byKey.GetValueOrDefault(key));
        }

        foreach (var stem in query.Counterparts ?? [])
        {
            Collect(byAffiliation.GetValueOrDefault((type, stem)));
        }

        var keyless = query.Keys.Count == 0;
        if (query.Day is { } day)
        {
            Collect((keyless ? byDay : keylessByDay).GetValueOrDefault((type, day.DayNumber)));
        }

        if (query.Year is { } year)
        {
            Collect((keyless ? byYear : keylessByYear).GetValueOrDefault((type, year)));
        }

        if (query.WholeYear is { } period)
        {
            Collect((keyless ? byWholeYear : keylessByWholeYear).GetValueOrDefault(period));
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
