using System.Text;
using Chronicle.Entities.Linking;

namespace Chronicle.Entities.Resolution;

/// <summary>
/// Resolves the per-article entities of many articles into one entity per referent. Merges, in
/// order: identical full names; transliteration variants (every word pair agrees on its
/// <see cref="NameKey"/> and has Jaro-Winkler at least <see cref="MinSimilarity"/>); acronyms that
/// spell exactly one multi-word name; a bare surname when exactly one full name in the corpus
/// ends with it; an organisation name with one inner word fewer than exactly one other; and a
/// one-word name typed differently in some articles, into the group that uses it most. Two people whose full names disagree (different first or last names) are never
/// put together. Each merge keeps its evidence. A pure function of its input (sorted first).
/// </summary>
public sealed class EntityResolver
{
    public const double MinSimilarity = 0.8;

    public static EntityResolver Default { get; } = new();

    /// <summary>
    /// One article's entity as resolution works on it. A value, not an object: a corpus of 100,000
    /// articles holds three million of them at once.
    /// </summary>
    private readonly struct Unit(ArticleEntities article, ArticleEntity entity)
    {
        public ArticleEntities Article { get; } = article;

        public ArticleEntity Entity { get; } = entity;

        /// <summary>Every rule asks for them, some once per candidate: worked out once (the entity's own list when every name is full).</summary>
        public IReadOnlyList<string> FullNames { get; } = entity.Type != EntityType.Person || entity.Names.All(n => NameKey.Words(n).Length >= 2)
            ? entity.Names
            : entity.Names.Where(n => NameKey.Words(n).Length >= 2).ToArray();
    }

    /// <summary>
    /// What <see cref="Resolve"/> gives for <paramref name="articles"/>, from what it gave for them
    /// without the <paramref name="added"/> ones (<paramref name="previous"/>, in its order): only the
    /// <see cref="ResolutionBlocks"/> that the added articles' entities are in are resolved again; every
    /// other entity is kept as it was, under an id given again (an id's number suffix depends on the
    /// entities of the same name slug before it). Blocks only grow as articles come (each key is one
    /// entity's), so a block without an added article holds whole blocks of before, resolved as they were.
    /// </summary>
    public IReadOnlyList<Entity> Update(IReadOnlyList<ArticleEntities> articles, IReadOnlySet<string> added, IReadOnlyList<Entity> previous)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(previous);
        var blocks = ResolutionBlocks.Of(articles);
        var touched = new HashSet<int>();
        for (var a = 0; a < articles.Count; a++)
        {
            if (added.Contains(articles[a].ArticleId))
            {
                touched.UnionWith(blocks[a]);
            }
        }

        // The touched blocks' entities, and every name they use: an entity resolved before is in a
        // touched block exactly when it has one of those names (a name is a key of its block).
        var again = new List<ArticleEntities>();
        var touchedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var a = 0; a < articles.Count; a++)
        {
            var kept = articles[a].Entities.Where((_, e) => touched.Contains(blocks[a][e])).ToList();
            if (kept.Count > 0)
            {
                again.Add(articles[a] with { Entities = kept });
                foreach (var entity in kept)
                {
                    touchedNames.UnionWith(entity.Names);
                    touchedNames.Add(entity.Name);
                }
            }
        }

        var untouched = previous.Where(e => !e.AllNames.Any(touchedNames.Contains));
        return Order(untouched.Concat(Resolve(again)));
    }

    /// <summary>
    /// The first unit of each name in each group so far, in list order. A name common in the corpus
    /// has thousands of units (one per article) that the same-name rule has mostly put in one group;
    /// pairing every two of them was quadratic in the corpus, and a later unit of a name and group
    /// would only repeat the first one's union, or its refusal.
    /// </summary>
    private static List<(int Unit, string Name, string[] Words)> OnePerNameAndGroup(List<(int Unit, string Name, string[] Words)> list, Func<int, int> group)
    {
        var seen = new HashSet<(string Name, int Group)>();
        return list.Where(x => seen.Add((x.Name, group(x.Unit)))).ToList();
    }

    public IReadOnlyList<Entity> Resolve(IEnumerable<ArticleEntities> articles)
    {
        var units = (articles ?? [])
            .Where(a => a is not null)
            .OrderBy(a => a.ArticleId, StringComparer.Ordinal)
            .SelectMany(a => a.Entities.OrderBy(e => e.Cluster).Select(e => new Unit(a, e)))
            .ToList();
        var n = units.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        var evidence = new List<(int Unit, MergeEvidence Evidence)>();
        // One instance of each distinct piece of evidence: the same-name rule alone gives one for nearly
        // every unit, mostly the same name twice, and entities keep them to the end of an index build.
        var distinctEvidence = new Dictionary<MergeEvidence, MergeEvidence>();
        MergeEvidence Distinct(MergeEvidence e)
        {
            if (!distinctEvidence.TryGetValue(e, out var kept))
            {
                distinctEvidence[e] = kept = e;
            }

            return kept;
        }

        // Units other than people share one empty list, and people with one full name one list per name
        // (a merge builds a new list, never adds to one).
        List<string[]> none = [];
        var oneName = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        List<string[]> NamesOf(Unit u) => u.Entity.Type != EntityType.Person ? none
            : u.FullNames is [var only] ? oneName.TryGetValue(only, out var list) ? list : oneName[only] = [NameKey.Words(only)]
            : u.FullNames.Select(NameKey.Words).ToList();
        var personNames = units.Select(NamesOf).ToList();
        oneName.Clear();
        var types = units.Select(u => u.Entity.Type).ToArray();

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        bool Union(int a, int b, string rule, string nameA, string nameB, double score)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra == rb)
            {
                return false;
            }

            if (!EntityTypeNames.Compatible(types[ra], types[rb]) || !PeopleAgree(personNames[ra], personNames[rb]))
            {
                return false;
            }

            var (keep, drop) = ra < rb ? (ra, rb) : (rb, ra);
            parent[drop] = keep;
            // Only distinct names: whether two groups' people agree is a question about names, not
            // mentions, and a corpus repeats each full name in many articles.
            foreach (var name in personNames[drop])
            {
                if (!personNames[keep].Exists(known => known.AsSpan().SequenceEqual(name)))
                {
                    personNames[keep] = [.. personNames[keep], name];
                }
            }

            if (types[keep] != types[drop] && types[drop] == EntityType.Gpe)
            {
                types[keep] = EntityType.Gpe;
            }

            evidence.Add((keep, Distinct(new MergeEvidence(rule, nameA, nameB, Math.Round(score, 3)))));
            return true;
        }

        // 1. The same full name, in any case.
        var byName = new Dictionary<string, (int Unit, string Name)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < n; i++)
        {
            foreach (var name in units[i].FullNames)
            {
                if (byName.TryGetValue(name, out var other))
                {
                    Union(other.Unit, i, "same-name", other.Name, name, 1);
                }
                else
                {
                    byName[name] = (i, name);
                }
            }
        }

        // 2. Transliteration variants: names whose words share their keys, checked word by word.
        var byKey = new SortedDictionary<string, List<(int Unit, string Name, string[] Words)>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            foreach (var name in units[i].FullNames)
            {
                var words = NameKey.Words(name);
                if (words.Length == 0)
                {
                    continue;
                }

                var key = (EntityTypeNames.IsPlace(types[i]) ? "place" : types[i].ToString()) + "|" + string.Join(' ', words.Select(NameKey.Key));
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add((i, name, words));
            }
        }

        foreach (var all in byKey.Values)
        {
            var list = OnePerNameAndGroup(all, Find);
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    if (Find(list[a].Unit) == Find(list[b].Unit))
                    {
                        continue;
                    }

                    var score = NameSimilarity(list[a].Words, list[b].Words);
                    if (score >= MinSimilarity)
                    {
                        Union(list[a].Unit, list[b].Unit, "transliteration", list[a].Name, list[b].Name, score);
                    }
                }
            }
        }

        // Each rule's index of the units' names goes once the rule is done (hundreds of MB over a large corpus).
        byKey.Clear();

        // 2b. Given-name variants of one person: the same surname, spelled the same, and first names
        //     of one nickname family ("Dave Calhoun" / "David Calhoun"), middle names agreeing.
        var bySurname = new SortedDictionary<string, List<(int Unit, string Name, string[] Words)>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (types[i] != EntityType.Person)
            {
                continue;
            }

            foreach (var name in units[i].FullNames)
            {
                var words = NameKey.Words(name);
                var key = NameKey.Spelling(words[^1]);
                if (!bySurname.TryGetValue(key, out var list))
                {
                    bySurname[key] = list = [];
                }

                list.Add((i, name, words));
            }
        }

        foreach (var all in bySurname.Values)
        {
            // A surname common in the corpus holds thousands of units but few distinct names: whether two
            // names are variants is worked out once per pair of names, not once per pair of units.
            var list = OnePerNameAndGroup(all, Find);
            var variants = new NamePairs(list.Select(x => x.Name).ToList(), (a, b) => GivenNameVariants(list[a].Words, list[b].Words));
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    if (variants.Holds(a, b) && Find(list[a].Unit) != Find(list[b].Unit))
                    {
                        Union(list[a].Unit, list[b].Unit, "given-name-variant", list[a].Name, list[b].Name, 1);
                    }
                }
            }
        }

        // 2c. In one article, a person who goes by a middle name: "Robert K. Ortega" and "Kevin Ortega"
        //     with the same surname, the short name's first word matching a middle name or initial.
        foreach (var list in bySurname.Values)
        {
            // Only names of one article meet here: each name is paired with its article's names of the
            // surname (in list order, as a scan of the whole list would), not with every name of the surname.
            var sameArticle = new Dictionary<ArticleEntities, List<int>>(ReferenceEqualityComparer.Instance);
            for (var a = 0; a < list.Count; a++)
            {
                var article = units[list[a].Unit].Article;
                if (!sameArticle.TryGetValue(article, out var positions))
                {
                    sameArticle[article] = positions = [];
                }

                positions.Add(a);
            }

            for (var a = 0; a < list.Count; a++)
            {
                foreach (var b in sameArticle[units[list[a].Unit].Article])
                {
                    if (a != b && Find(list[a].Unit) != Find(list[b].Unit) && GoesByMiddleName(list[a].Words, list[b].Words))
                    {
                        Union(list[a].Unit, list[b].Unit, "middle-name", list[a].Name, list[b].Name, 1);
                    }
                }
            }
        }

        var surnames = bySurname.Keys.ToHashSet(StringComparer.Ordinal);
        bySurname.Clear();

        // 3. Acronyms that spell exactly one multi-word name.
        var acronymMatches = new Dictionary<string, (List<(int Unit, string Name)> Matches, UnitGroups Groups)>(StringComparer.Ordinal);
        DistinctNames? otherNames = null;
        ILookup<string, string>? namesByInitials = null;
        for (var i = 0; i < n; i++)
        {
            if (types[i] == EntityType.Person)
            {
                continue;
            }

            foreach (var acronym in units[i].Entity.Names.Where(NameText.LooksLikeAcronym))
            {
                // What an acronym spells depends on the string alone: scan the corpus once per acronym,
                // not once per mention of it (a corpus repeats its acronyms in every article).
                if (!acronymMatches.TryGetValue(acronym, out var spelt))
                {
                    otherNames ??= new DistinctNames(n, j => units[j].Entity.Type == EntityType.Person ? [] : units[j].Entity.Names);

                    // An acronym spells a name's initials: look the names up by them rather than test every name.
                    namesByInitials ??= otherNames.Keys.SelectMany(x => NameText.Initials(x).Distinct(StringComparer.Ordinal).Select(i => (Initials: i, Name: x))).ToLookup(x => x.Initials, x => x.Name, StringComparer.Ordinal);
                    var spelled = NameText.AcronymLetters(acronym) is { } letters ? namesByInitials[letters] : [];
                    var found = otherNames.Matching(spelled, x => NameText.IsAcronymOf(acronym, x));
                    acronymMatches[acronym] = spelt = (found, new UnitGroups(found, Find));
                }

                if (spelt.Matches.Count > 0 && spelt.Groups.Roots(Find, enough: 1).Count == 1)
                {
                    Union(spelt.Matches[0].Unit, i, "acronym", spelt.Matches[0].Name, acronym, 1);
                }
            }
        }

        // 4. Bare surnames: linked only when exactly one full name in the corpus ends with them.
        var surnameMatches = new Dictionary<string, UnitGroups>(StringComparer.Ordinal);
        DistinctNames? fullNames = null;
        ILookup<string, string>? lastWordsBySpelling = null;
        ILookup<string, string>? lastWordsByKey = null;
        for (var i = 0; i < n; i++)
        {
            if (types[i] != EntityType.Person || units[i].FullNames.Count > 0)
            {
                continue;
            }

            foreach (var bare in units[i].Entity.Names)
            {
                var word = NameKey.Words(bare);
                if (word.Length != 1)
                {
                    continue;
                }

                // The full names a surname fits depend on the word alone (unit i has no full name, so
                // it is never among them): match the corpus once per surname.
                if (!surnameMatches.TryGetValue(word[0], out var fits))
                {
                    fullNames ??= new DistinctNames(n, j => units[j].Entity.Type == EntityType.Person ? units[j].FullNames : [], full => NameKey.Words(full)[^1]);

                    // A last word reaches the similarity only with the same spelling or the same key:
                    // look those up rather than compare the surname with every last word of the corpus.
                    lastWordsBySpelling ??= fullNames.Keys.ToLookup(NameKey.Spelling, StringComparer.Ordinal);
                    lastWordsByKey ??= fullNames.Keys.ToLookup(NameKey.Key, StringComparer.Ordinal);
                    var reachable = lastWordsBySpelling[NameKey.Spelling(word[0])].Concat(lastWordsByKey[NameKey.Key(word[0])]);
                    surnameMatches[word[0]] = fits = new UnitGroups(fullNames.Matching(reachable, last => WordSimilarity(last, word[0]) >= MinSimilarity), Find);
                }

                // Two groups already rule the link out: stop looking.
                var candidates = fits.Roots(Find, enough: 1);

                if (candidates.Count == 1)
                {
                    var (root, full) = candidates.First();
                    Union(root, i, "surname", full, bare, 1);
                    break;
                }
            }
        }

        // 4b. A bare first name in an article that names exactly one person with that first name
        //     (and no one with that surname): the same person ("Kevin" after "Kevin Ortega").
        var groupSize = new int[n];
        for (var i = 0; i < n; i++)
        {
            groupSize[Find(i)]++;
        }

        var byArticle = Enumerable.Range(0, n).ToLookup(i => units[i].Article.ArticleId, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (types[i] != EntityType.Person || units[i].FullNames.Count > 0 || groupSize[Find(i)] > 1)
            {
                continue;
            }

            var bare = units[i].Entity.Name;
            if (NameKey.Words(bare).Length != 1 || surnames.Contains(NameKey.Spelling(bare)))
            {
                continue;
            }

            var candidates = new SortedDictionary<int, string>();
            foreach (var j in byArticle[units[i].Article.ArticleId])
            {
                if (j != i && types[j] == EntityType.Person)
                {
                    foreach (var full in units[j].FullNames)
                    {
                        if (Nicknames.Default.Same(NameKey.Words(full)[0], bare))
                        {
                            candidates.TryAdd(Find(j), full);
                        }
                    }
                }
            }

            if (candidates.Count == 1)
            {
                var (root, full) = candidates.First();
                Union(root, i, "first-name", full, bare, 1);
            }
        }

        // 5. An organisation's name with one inner word left out ("Civil Aviation Authority" and
        //    "Civil Aviation Safety Authority"), when exactly one longer name fits.
        var innerWordMatches = new Dictionary<string, UnitGroups>(StringComparer.Ordinal);
        DistinctNames? orgNames = null;
        ILookup<string, string>? namesByEnds = null;
        for (var i = 0; i < n; i++)
        {
            if (types[i] != EntityType.Org)
            {
                continue;
            }

            foreach (var shortName in units[i].Entity.Names)
            {
                var shortWords = NameKey.Words(shortName);
                if (shortWords.Length < 2)
                {
                    continue;
                }

                // Types do not change in this step (only organisations meet here), so the longer names a
                // short name fits can be found once per short name.
                if (!innerWordMatches.TryGetValue(shortName, out var fits))
                {
                    orgNames ??= new DistinctNames(n, j => types[j] == EntityType.Org ? units[j].Entity.Names : []);

                    // A longer name that fits has the same first and last words and one word more: look those up.
                    namesByEnds ??= orgNames.Keys.ToLookup(EndsKey, StringComparer.OrdinalIgnoreCase);
                    var longer = namesByEnds[EndsKey(shortWords[0], shortWords[^1], shortWords.Length + 1)];
                    innerWordMatches[shortName] = fits = new UnitGroups(orgNames.Matching(longer, longName => OneInnerWordMore(shortWords, NameKey.Words(longName))), Find);
                }

                var candidates = fits.Roots(Find, skip: i);

                if (candidates.Count == 1)
                {
                    var (root, longName) = candidates.First();
                    Union(root, i, "inner-word", longName, shortName, (double)shortWords.Length / (shortWords.Length + 1));
                }
            }
        }

        // 6. A name tagged with another type in some articles ("Kestrel" as a person) joins the group
        //    that carries the same name most often.
        var single = new SortedDictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < n; i++)
        {
            if (units[i].Entity.Names.Count == 1 && types[i] != EntityType.Norp)
            {
                if (!single.TryGetValue(units[i].Entity.Name, out var list))
                {
                    single[units[i].Entity.Name] = list = [];
                }

                list.Add(i);
            }
        }

        // The units using each of those names, in unit order: a name is looked up, not searched for in every unit.
        var usedBy = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < n; i++)
        {
            foreach (var name in units[i].Entity.Names)
            {
                if (single.ContainsKey(name))
                {
                    if (!usedBy.TryGetValue(name, out var users))
                    {
                        usedBy[name] = users = [];
                    }

                    if (users.Count == 0 || users[^1] != i)
                    {
                        users.Add(i);
                    }
                }
            }
        }

        foreach (var (name, list) in single)
        {
            var mentions = usedBy[name].Select(i => (Root: Find(i), Count: units[i].Entity.NameCounts.Sum()))
                .Where(x => x.Count > 0)
                .GroupBy(x => x.Root)
                .Select(g => (Root: g.Key, Count: g.Sum(x => x.Count)))
                .OrderByDescending(x => x.Count)
                .ThenBy(x => x.Root)
                .ToList();
            if (mentions.Count < 2 || mentions[0].Count == mentions[1].Count)
            {
                continue;
            }

            var winner = mentions[0].Root;
            foreach (var i in list)
            {
                var root = Find(i);
                if (root == winner || types[root] == types[winner])
                {
                    continue;
                }

                // A group that holds a person's full name moves only when the other reading is
                // at least twice as common, and never into another person.
                var rootCount = mentions.FirstOrDefault(m => m.Root == root).Count;
                if (personNames[root].Count > 0 && (mentions[0].Count < 2 * rootCount || types[winner] == EntityType.Person))
                {
                    continue;
                }

                var share = (double)mentions[0].Count / mentions.Sum(m => m.Count);
                parent[root] = winner;
                evidence.Add((winner, Distinct(new MergeEvidence("same-name-retyped", units[winner].Entity.Name, name, Math.Round(share, 3)))));
            }
        }

        return Build(units, Find, types, evidence);
    }

    /// <summary>A name's first and last words and its number of words: what a name one inner word longer shares with it.</summary>
    private static string EndsKey(string name) => NameKey.Words(name) is { Length: > 0 } words ? EndsKey(words[0], words[^1], words.Length) : "";

    private static string EndsKey(string first, string last, int count) => first + "\u0001" + last + "\u0001" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool OneInnerWordMore(string[] shorter, string[] longer)
    {
        if (longer.Length != shorter.Length + 1 || shorter.Length < 2)
        {
            return false;
        }

        for (var skip = 1; skip < longer.Length - 1; skip++)
        {
            var same = true;
            for (int k = 0, m = 0; k < shorter.Length; k++, m++)
            {
                if (m == skip)
                {
                    m++;
                }

                same &= string.Equals(shorter[k], longer[m], StringComparison.OrdinalIgnoreCase);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The weakest word-pair similarity of two names with as many words, or 0.</summary>
    public static double NameSimilarity(string[] a, string[] b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            return 0;
        }

        var min = 1.0;
        for (var i = 0; i < a.Length; i++)
        {
            min = Math.Min(min, WordSimilarity(a[i], b[i]));
        }

        return min;
    }

    /// <summary>1 for the same spelling; Jaro-Winkler of the spellings when their keys agree; else 0.</summary>
    public static double WordSimilarity(string a, string b)
    {
        var sa = NameKey.Spelling(a);
        var sb = NameKey.Spelling(b);
        if (sa == sb)
        {
            return sa.Length > 0 ? 1 : 0;
        }

        return NameKey.Key(a) == NameKey.Key(b) ? JaroWinkler.Similarity(sa, sb) : 0;
    }

    /// <summary>
    /// Two names of one person written with different forms of the first name: the same surname
    /// spelling, first names of one nickname family, and the same middle names (an initial matches a
    /// name it begins; a name with no middle part matches any).
    /// </summary>
    public static bool GivenNameVariants(string[] a, string[] b)
    {
        if (a.Length < 2 || b.Length < 2 || NameKey.Spelling(a[^1]) != NameKey.Spelling(b[^1]) || !Nicknames.Default.Same(Plain(a[0]), Plain(b[0])))
        {
            return false;
        }

        if (a.Length == 2 || b.Length == 2)
        {
            return true;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        for (var k = 1; k < a.Length - 1; k++)
        {
            if (!SameOrInitial(a[k], b[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Robert K. Ortega" (first, middle..., last) and "Kevin Ortega" (first, last): the same surname
    /// and the short name's first name matching a middle name, or the initial it begins with.
    /// </summary>
    public static bool GoesByMiddleName(string[] full, string[] called)
    {
        if (full.Length < 3 || called.Length != 2 || NameKey.Spelling(full[^1]) != NameKey.Spelling(called[^1]))
        {
            return false;
        }

        for (var k = 1; k < full.Length - 1; k++)
        {
            if (SameOrInitial(full[k], called[0]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameOrInitial(string a, string b)
    {
        var pa = Plain(a);
        var pb = Plain(b);
        if (pa.Length == 0 || pb.Length == 0)
        {
            return false;
        }

        return pa.Length == 1 || pb.Length == 1
            ? char.ToLowerInvariant(pa[0]) == char.ToLowerInvariant(pb[0])
            : Nicknames.Default.Same(pa, pb);
    }

    private static string Plain(string word) => word.TrimEnd('.');

    /// <summary>
    /// Whether every full name of one group can be the same person as every full name of the other:
    /// same last name, and the same first name unless one name is a trailing part of the other.
    /// </summary>
    private static bool PeopleAgree(List<string[]> a, List<string[]> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (WordSimilarity(x[^1], y[^1]) < MinSimilarity)
                {
                    return false;
                }

                var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
                var suffix = true;
                for (var k = 1; k <= shorter.Length; k++)
                {
                    suffix &= WordSimilarity(shorter[^k], longer[^k]) >= MinSimilarity;
                }

                if (!suffix && WordSimilarity(x[0], y[0]) < MinSimilarity && !Nicknames.Default.Same(x[0], y[0])
                    && !GoesByMiddleName(longer, shorter))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static List<Entity> Build(List<Unit> units, Func<int, int> find, EntityType[] types, List<(int Unit, MergeEvidence Evidence)> evidence)
    {
        var groups = Enumerable.Range(0, units.Count).GroupBy(find).ToList();
        var evidenceOf = evidence.ToLookup(e => find(e.Unit), e => e.Evidence);
        var entities = new List<Entity>();
        foreach (var group in groups)
        {
            var members = group.Select(i => units[i]).ToList();
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var typeCounts = new SortedDictionary<EntityType, int>();
            foreach (var unit in members)
            {
                for (var k = 0; k < unit.Entity.Names.Count; k++)
                {
                    counts[unit.Entity.Names[k]] = counts.GetValueOrDefault(unit.Entity.Names[k]) + unit.Entity.NameCounts[k];
                    typeCounts[unit.Entity.Type] = typeCounts.GetValueOrDefault(unit.Entity.Type) + unit.Entity.NameCounts[k];
                }
            }

            var type = typeCounts.OrderByDescending(t => t.Value).ThenBy(t => t.Key).First().Key;
            if (EntityTypeNames.IsPlace(type) && typeCounts.ContainsKey(EntityType.Gpe))
            {
                type = EntityType.Gpe;
            }

            var full = counts.Where(c => type != EntityType.Person || NameKey.Words(c.Key).Length >= 2).ToList();
            var canonical = (full.Count > 0 ? full : counts.ToList())
                .OrderByDescending(c => c.Value)
                .ThenByDescending(c => c.Key.Length)
                .ThenBy(c => c.Key, StringComparer.Ordinal)
                .First().Key;
            var aliases = counts.Keys.Where(k => k != canonical).ToList();
            var roles = members.SelectMany(m => m.Entity.Roles)
                .DistinctBy(r => (r.Text, r.ArticleId))
                .OrderBy(r => r.Date ?? DateOnly.MaxValue)
                .ThenBy(r => r.Text, StringComparer.Ordinal)
                .ThenBy(r => r.ArticleId, StringComparer.Ordinal)
                .ToList();
            var articles = members.Select(m => m.Article.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList();
            var dates = members.Select(m => m.Article.Date).Where(d => d is not null).Select(d => d!.Value).ToList();
            var merges = evidenceOf[group.Key].ToList();
            entities.Add(new Entity(
                "", canonical, type, aliases, roles, articles,
                dates.Count > 0 ? dates.Min() : null,
                dates.Count > 0 ? dates.Max() : null,
                merges,
                counts.Values.Sum()));
        }

        return Order(entities);
    }

    /// <summary>
    /// Entities in the resolver's order (type, name, first article; ties as given) with their ids: the
    /// type and name slug, numbered from the second entity of the same slug on.
    /// </summary>
    private static List<Entity> Order(IEnumerable<Entity> entities)
    {
        var sorted = entities
            .OrderBy(e => e.Type)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Articles.Count > 0 ? e.Articles[0] : "", StringComparer.Ordinal)
            .ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Count; i++)
        {
            var stem = EntityTypeNames.Label(sorted[i].Type).ToLowerInvariant() + ":" + Slug(sorted[i].Name);
            var id = stem;
            for (var k = 2; !used.Add(id); k++)
            {
                id = stem + "-" + k;
            }

            sorted[i] = sorted[i] with { Id = id };
        }

        return sorted;
    }

    /// <summary>Lower-case ASCII letters and digits of a name, other runs as one hyphen.</summary>
    public static string Slug(string name)
    {
        var b = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            var folded = NameKey.Spelling(c.ToString());
            var plain = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c
                : folded.Length == 1 && char.IsAsciiLetterLower(folded[0]) ? folded[0]
                : '-';
            if (plain != '-' || (b.Length > 0 && b[^1] != '-'))
            {
                b.Append(plain);
            }
        }

        return b.ToString().Trim('-') is { Length: > 0 } slug ? slug : "x";
    }
}
