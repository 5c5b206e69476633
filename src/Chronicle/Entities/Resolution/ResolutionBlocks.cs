using Chronicle.Entities.Linking;

namespace Chronicle.Entities.Resolution;

/// <summary>
/// Splits a corpus's per-article entities into blocks that no rule of <see cref="EntityResolver"/>
/// crosses: two entities that a rule could merge, or whose presence could change what a rule does
/// with the other (the rules that need exactly one candidate in the corpus), are always in one block.
/// Two entities meet in a block when they share a key of one of these kinds (types are the ones each
/// article gave: the resolver only ever turns a group's type into a place, so a rule that looks for a
/// person or an organisation finds only units first typed so):
/// <list type="bullet">
/// <item>a name, in any case (same name; same name retyped);</item>
/// <item>a name's word keys, all of them (transliteration variants; a person's full names only);</item>
/// <item>for people, a full name's surname spelling with its first name or that name's nickname
/// families (given-name variants), and, in one article, its surname spelling (middle names);</item>
/// <item>and pairs of two sides, joined only when both sides are there: a person's bare one-word name
/// with the full names whose surname has its spelling or name key (bare surnames), and in its article
/// with the full names whose first name is it or one of its nicknames (bare first names); an
/// organisation's name with the ones of one inner word more (same first and last words); an acronym
/// with the names whose initials it spells.</item>
/// </list>
/// Resolving each block on its own gives the entities of resolving the corpus at once, so an addition
/// needs to resolve only the blocks its articles' entities are in.
/// </summary>
public static class ResolutionBlocks
{
    /// <summary>For each article (in the order given) and each of its entities (in its order), the block it is in.</summary>
    public static int[][] Of(IReadOnlyList<ArticleEntities> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var offsets = new int[articles.Count + 1];
        for (var a = 0; a < articles.Count; a++)
        {
            offsets[a + 1] = offsets[a] + articles[a].Entities.Count;
        }

        var blocks = new UnionFind(offsets[^1]);
        var names = new KeyTable(blocks, StringComparer.OrdinalIgnoreCase);
        var wordKeys = new KeyTable(blocks, StringComparer.Ordinal);
        var givenNames = new KeyTable(blocks, StringComparer.OrdinalIgnoreCase);
        var surnames = new PairTable(blocks, StringComparer.Ordinal);
        var firstNames = new PairTable(blocks, StringComparer.OrdinalIgnoreCase);
        var innerWords = new PairTable(blocks, StringComparer.OrdinalIgnoreCase);
        var acronyms = new PairTable(blocks, StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a].ArticleId;
            for (var e = 0; e < articles[a].Entities.Count; e++)
            {
                var unit = offsets[a] + e;
                var entity = articles[a].Entities[e];
                var person = entity.Type == EntityType.Person;
                var bare = person && entity.Names.All(n => NameKey.Words(n).Length < 2);
                foreach (var name in entity.Names.Append(entity.Name))
                {
                    var words = NameKey.Words(name);
                    names.Join(name, unit);
                    if (words.Length >= (person ? 2 : 1))
                    {
                        wordKeys.Join(string.Join(' ', words.Select(NameKey.Key)), unit);
                    }

                    if (NameText.AcronymLetters(name) is { } letters)
                    {
                        acronyms.Add(letters, unit, side: 0);
                    }

                    if (!person)
                    {
                        foreach (var initials in NameText.Initials(name))
                        {
                            acronyms.Add(initials, unit, side: 1);
                        }
                    }

                    if (entity.Type == EntityType.Org && words.Length >= 2)
                    {
                        var ends = words[0] + "\u0001" + words[^1] + "\u0001";
                        innerWords.Add(ends + (words.Length + 1).ToString(Invariant), unit, side: 0);
                        innerWords.Add(ends + words.Length.ToString(Invariant), unit, side: 1);
                    }

                    if (person && words.Length >= 2)
                    {
                        var surname = NameKey.Spelling(words[^1]);
                        givenNames.Join(surname + "\u0001" + words[0].TrimEnd('.'), unit);
                        foreach (var family in Nicknames.Default.Families(words[0].TrimEnd('.')))
                        {
                            givenNames.Join(surname + "\u0002" + family.ToString(Invariant), unit);
                        }

                        givenNames.Join(article + "\u0003" + surname, unit);
                        surnames.Add("s" + surname, unit, side: 1);
                        surnames.Add("k" + NameKey.Key(words[^1]), unit, side: 1);
                        FirstNames(firstNames, article, words[0], unit, side: 1);
                    }
                    else if (bare && words.Length == 1)
                    {
                        // Looked up as its word and as written (the bare first-name rule's surname check).
                        surnames.Add("s" + NameKey.Spelling(words[0]), unit, side: 0);
                        surnames.Add("s" + NameKey.Spelling(name), unit, side: 0);
                        surnames.Add("k" + NameKey.Key(words[0]), unit, side: 0);
                        FirstNames(firstNames, article, name, unit, side: 0);
                    }
                }
            }
        }

        foreach (var table in new[] { surnames, firstNames, innerWords, acronyms })
        {
            table.JoinPairs();
        }

        var result = new int[articles.Count][];
        for (var a = 0; a < articles.Count; a++)
        {
            result[a] = new int[articles[a].Entities.Count];
            for (var e = 0; e < result[a].Length; e++)
            {
                result[a][e] = blocks.Find(offsets[a] + e);
            }
        }

        return result;
    }

    private static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;

    private static void FirstNames(PairTable table, string article, string first, int unit, int side)
    {
        table.Add(article + "\u0001" + first, unit, side);
        foreach (var family in Nicknames.Default.Families(first))
        {
            table.Add(article + "\u0002" + family.ToString(Invariant), unit, side);
        }
    }

    private sealed class UnionFind(int count)
    {
        private readonly int[] parent = Enumerable.Range(0, count).ToArray();

        public int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        public void Union(int a, int b)
        {
            a = Find(a);
            b = Find(b);
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }
    }

    /// <summary>Units sharing a key are in one block.</summary>
    private sealed class KeyTable(UnionFind blocks, StringComparer comparer)
    {
        private readonly Dictionary<string, int> first = new(comparer);

        public void Join(string key, int unit)
        {
            if (!first.TryAdd(key, unit))
            {
                blocks.Union(first[key], unit);
            }
        }
    }

    /// <summary>
    /// Units of two sides under one key: a rule relates a unit of one side with those of the other, so
    /// they are put in one block only when the key has both sides (units of one side alone do not meet).
    /// </summary>
    private sealed class PairTable(UnionFind blocks, StringComparer comparer)
    {
        private readonly Dictionary<string, (List<int> A, List<int> B)> sides = new(comparer);

        public void Add(string key, int unit, int side)
        {
            if (!sides.TryGetValue(key, out var lists))
            {
                sides[key] = lists = ([], []);
            }

            (side == 0 ? lists.A : lists.B).Add(unit);
        }

        public void JoinPairs()
        {
            foreach (var (a, b) in sides.Values)
            {
                if (a.Count > 0 && b.Count > 0)
                {
                    foreach (var unit in a.Concat(b).Skip(1))
                    {
                        blocks.Union(a[0], unit);
                    }
                }
            }
        }
    }
}
