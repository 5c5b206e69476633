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
        var ordinal = StringComparer.Ordinal;
        var anyCase = StringComparer.OrdinalIgnoreCase;
        var names = new KeyTable(blocks, anyCase, anyCase);
        var wordKeys = new KeyTable(blocks, ordinal, ordinal);
        var givenNames = new KeyTable(blocks, ordinal, anyCase);
        var articleSurnames = new KeyTable(blocks, ordinal, ordinal);
        var surnames = new PairTable(blocks, ordinal, ordinal);
        var firstNames = new PairTable(blocks, ordinal, anyCase);
        var innerWords = new PairTable(blocks, anyCase, ordinal);
        var acronyms = new PairTable(blocks, ordinal, ordinal);
        var facts = new Dictionary<string, NameFacts>(StringComparer.Ordinal);
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
                    if (!facts.TryGetValue(name, out var f))
                    {
                        facts[name] = f = new NameFacts(name);
                    }

                    names.Join(("", name), unit);
                    if (f.Words.Length >= (person ? 2 : 1))
                    {
                        wordKeys.Join(("", f.WordKeys), unit);
                    }

                    if (f.AcronymLetters is { } letters)
                    {
                        acronyms.Add(("", letters), unit, side: 0);
                    }

                    if (!person)
                    {
                        foreach (var initials in f.Initials)
                        {
                            acronyms.Add(("", initials), unit, side: 1);
                        }
                    }

                    if (entity.Type == EntityType.Org && f.Words.Length >= 2)
                    {
                        innerWords.Add((f.Ends, Count(f.Words.Length + 1)), unit, side: 0);
                        innerWords.Add((f.Ends, Count(f.Words.Length)), unit, side: 1);
                    }

                    if (person && f.Words.Length >= 2)
                    {
                        givenNames.Join((f.LastSpelling, f.FirstPlain), unit);
                        foreach (var family in f.FirstPlainFamilies)
                        {
                            givenNames.Join((f.LastSpelling, family), unit);
                        }

                        articleSurnames.Join((article, f.LastSpelling), unit);
                        surnames.Add(("s", f.LastSpelling), unit, side: 1);
                        surnames.Add(("k", f.LastKey), unit, side: 1);
                        FirstNames(firstNames, article, f.Words[0], f.FirstFamilies, unit, side: 1);
                    }
                    else if (bare && f.Words.Length == 1)
                    {
                        // Looked up as its word and as written (the bare first-name rule's surname check).
                        surnames.Add(("s", f.LastSpelling), unit, side: 0);
                        surnames.Add(("s", f.Spelling), unit, side: 0);
                        surnames.Add(("k", f.LastKey), unit, side: 0);
                        FirstNames(firstNames, article, name, f.NameFamilies, unit, side: 0);
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

    private static readonly string[] Counts = Enumerable.Range(0, 64).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string Count(int n) => n < Counts.Length ? Counts[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void FirstNames(PairTable table, string article, string first, string[] families, int unit, int side)
    {
        table.Add((article, first), unit, side);
        foreach (var family in families)
        {
            table.Add((article, family), unit, side);
        }
    }

    /// <summary>What the keys read of one distinct name, worked out once (a corpus repeats its names in every article).</summary>
    private sealed class NameFacts
    {
        public NameFacts(string name)
        {
            Words = NameKey.Words(name);
            WordKeys = string.Join(' ', Words.Select(NameKey.Key));
            Spelling = NameKey.Spelling(name);
            AcronymLetters = NameText.AcronymLetters(name);
            Initials = NameText.Initials(name);
            NameFamilies = FamilyKeys(name);
            if (Words.Length > 0)
            {
                LastSpelling = NameKey.Spelling(Words[^1]);
                LastKey = NameKey.Key(Words[^1]);
                FirstPlain = Words[0].TrimEnd('.');
                FirstFamilies = FamilyKeys(Words[0]);
                FirstPlainFamilies = FamilyKeys(FirstPlain);
                Ends = Words[0] + "\u0001" + Words[^1];
            }
        }

        public string[] Words { get; }

        public string WordKeys { get; }

        public string Spelling { get; }

        public string? AcronymLetters { get; }

        public string[] Initials { get; }

        public string LastSpelling { get; } = "";

        public string LastKey { get; } = "";

        public string FirstPlain { get; } = "";

        public string Ends { get; } = "";

        /// <summary>The name's nickname families as keys: a character no name holds, then the family's number.</summary>
        public string[] NameFamilies { get; }

        /// <summary>Those of its first word.</summary>
        public string[] FirstFamilies { get; } = [];

        /// <summary>Those of its first word without a final dot.</summary>
        public string[] FirstPlainFamilies { get; } = [];

        private static string[] FamilyKeys(string name) =>
            [.. Nicknames.Default.Families(name).Select(f => "\u0002" + f.ToString(System.Globalization.CultureInfo.InvariantCulture))];
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

    /// <summary>A key of two parts, each compared as its rule compares it.</summary>
    private sealed class KeyComparer(StringComparer first, StringComparer second) : IEqualityComparer<(string, string)>
    {
        public bool Equals((string, string) x, (string, string) y) => first.Equals(x.Item1, y.Item1) && second.Equals(x.Item2, y.Item2);

        public int GetHashCode((string, string) key) => HashCode.Combine(first.GetHashCode(key.Item1), second.GetHashCode(key.Item2));
    }

    /// <summary>Units sharing a key are in one block.</summary>
    private sealed class KeyTable(UnionFind blocks, StringComparer first, StringComparer second)
    {
        private readonly Dictionary<(string, string), int> firstUnit = new(new KeyComparer(first, second));

        public void Join((string, string) key, int unit)
        {
            if (!firstUnit.TryAdd(key, unit))
            {
                blocks.Union(firstUnit[key], unit);
            }
        }
    }

    /// <summary>
    /// Units of two sides under one key: a rule relates a unit of one side with those of the other, so
    /// they are put in one block only when the key has both sides (units of one side alone do not meet).
    /// </summary>
    private sealed class PairTable(UnionFind blocks, StringComparer first, StringComparer second)
    {
        private readonly Dictionary<(string, string), int> sides = new(new KeyComparer(first, second));

        private readonly List<((string, string) Key, int Unit)> entries = [];

        public void Add((string, string) key, int unit, int side)
        {
            ref var seen = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sides, key, out _);
            seen |= 1 << side;
            entries.Add((key, unit));
        }

        public void JoinPairs()
        {
            var both = new Dictionary<(string, string), int>(sides.Comparer);
            foreach (var (key, unit) in entries)
            {
                if (sides[key] == 3)
                {
                    if (!both.TryAdd(key, unit))
                    {
                        blocks.Union(both[key], unit);
                    }
                }
            }
        }
    }
}
