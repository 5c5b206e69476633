using Chronicle.Collections;
using Chronicle.Model;

namespace Chronicle.Entities.Linking;

/// <summary>
/// Groups an article's mentions that name the same referent: identical names; a person's surname
/// or trailing part of the name ("Okafor" after "Grace Okafor") when exactly one person in the
/// article carries it; a name and its expansion or acronym in brackets ("European Union Aviation
/// Safety Agency (EASA)", "the National Transport Workers Union (Unity)"); and an acronym elsewhere in the
/// article that spells the initials of a name there. Cluster ids follow first appearance.
/// </summary>
internal sealed class MentionClusterer
{
    public IReadOnlyList<EntityMention> Cluster(string text, List<TokenMention> found)
    {
        var mentions = new List<TokenMention>(found);
        AddBracketedNames(text, mentions);
        AddAcronyms(text, mentions);
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        var n = mentions.Count;
        var names = mentions.Select(m => NameText.Clean(m.Span.Slice(text))).ToArray();
        var types = mentions.Select(m => m.Type).ToArray();
        var sets = new DisjointSets(n);
        int Find(int x) => sets.Find(x);
        void Union(int a, int b) => sets.Union(a, b);

        // Identical names of compatible types.
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < n; i++)
        {
            if (names[i].Length == 0)
            {
                continue;
            }

            if (byName.TryGetValue(names[i], out var j) && EntityTypeNames.Compatible(types[i], types[j]))
            {
                Union(i, j);
            }
            else
            {
                byName.TryAdd(names[i], i);
            }
        }

        // Name followed by a bracketed alternative: "North Atlantic Treaty Organization (NATO)", or
        // an organisation's expansion and its short name, "the National Transport Workers Union (Unity)"
        // (not "LAGOS (Reuters)": a one-word place and a source).
        for (var i = 0; i + 1 < n; i++)
        {
            if (types[i] != EntityType.Person && IsBracketedAfter(text, mentions[i].Span, mentions[i + 1].Span)
                && types[i + 1] != EntityType.Person
                && (NameText.IsAcronymOf(names[i + 1], names[i]) || NameText.IsAcronymOf(names[i], names[i + 1])
                    || (types[i] == EntityType.Org && types[i + 1] == EntityType.Org && NameText.Words(names[i]).Length >= 2)))
            {
                Union(i, i + 1);
            }
        }

        // Acronyms elsewhere in the article that spell a multi-word name of the article. Each name's
        // initials are worked out once, not once per acronym.
        var initials = new string[]?[n];
        for (var i = 0; i < n; i++)
        {
            if (types[i] == EntityType.Person || !NameText.LooksLikeAcronym(names[i]) || NameText.AcronymLetters(names[i]) is not { } letters)
            {
                continue;
            }

            var match = -1;
            for (var j = 0; j < n; j++)
            {
                if (j != i && types[j] != EntityType.Person && (initials[j] ??= NameText.Initials(names[j])).Contains(letters, StringComparer.Ordinal))
                {
                    match = match < 0 || Find(match) == Find(j) ? j : -2;
                    if (match == -2)
                    {
                        break;
                    }
                }
            }

            if (match >= 0)
            {
                Union(i, match);
            }
        }

        // Short forms of people: a trailing part of exactly one longer person name in the article.
        // Only person names ending in the same word can match: they are listed by that word, in order.
        var words = names.Select(NameText.Words).ToArray();
        var peopleByLastWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var j = 0; j < n; j++)
        {
            if (types[j] == EntityType.Person && words[j].Length >= 2)
            {
                if (!peopleByLastWord.TryGetValue(words[j][^1], out var list))
                {
                    peopleByLastWord[words[j][^1]] = list = [];
                }

                list.Add(j);
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (types[i] == EntityType.Norp || words[i].Length == 0 || words[i].Length > 2
                || !peopleByLastWord.TryGetValue(words[i][^1], out var people))
            {
                continue;
            }

            var match = -1;
            foreach (var j in people)
            {
                if (types[j] != EntityType.Person || words[j].Length <= words[i].Length || !EndsWith(words[j], words[i]))
                {
                    continue;
                }

                match = match < 0 || Find(match) == Find(j) ? j : -2;
                if (match == -2)
                {
                    break;
                }
            }

            if (match >= 0 && (types[i] == EntityType.Person || words[i].Length == 1))
            {
                Union(i, match);
                if (types[i] != EntityType.Person && words[i].Length >= 2)
                {
                    // Now a person, it can be the longer name of a later short form, as before.
                    var list = peopleByLastWord[words[i][^1]];
                    var at = list.BinarySearch(i);
                    list.Insert(at < 0 ? ~at : at, i);
                }

                types[i] = EntityType.Person;
            }
        }

        var clusterOf = new Dictionary<int, int>();
        var result = new List<EntityMention>(n);
        for (var i = 0; i < n; i++)
        {
            var root = Find(i);
            if (!clusterOf.TryGetValue(root, out var id))
            {
                id = clusterOf.Count;
                clusterOf[root] = id;
            }

            result.Add(new EntityMention(mentions[i].Span, mentions[i].Span.Slice(text).ToString(), types[i], id));
        }

        return result;
    }

    private static bool EndsWith(string[] longer, string[] shorter)
    {
        for (var k = 1; k <= shorter.Length; k++)
        {
            if (!string.Equals(longer[^k], shorter[^k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="second"/> is the whole content of brackets that directly follow <paramref name="first"/>.</summary>
    private static bool IsBracketedAfter(string text, Span first, Span second)
    {
        var i = first.End;
        while (i < second.Start && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= second.Start || text[i] != '(')
        {
            return false;
        }

        i++;
        while (i < second.Start && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i != second.Start)
        {
            return false;
        }

        var j = second.End;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        return j < text.Length && text[j] == ')';
    }

    /// <summary>
    /// An all-capitals word the tagger left out that spells the initials of exactly one organisation
    /// or place named in the article ("AP" where "Associated Press" appears) becomes a mention of it.
    /// </summary>
    private static void AddAcronyms(string text, List<TokenMention> mentions)
    {
        var candidates = mentions
            .Where(m => m.Type is EntityType.Org or EntityType.Gpe or EntityType.Loc or EntityType.Facility)
            .Select(m => (m.Type, Name: NameText.Clean(m.Span.Slice(text))))
            .Where(c => NameText.Words(c.Name).Length >= 2)
            .DistinctBy(c => c.Name)
            .Select(c => (c.Type, Initials: NameText.Initials(c.Name)))
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var covered = mentions.Select(m => m.Span).ToList();
        var added = new List<TokenMention>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < text.Length && char.IsUpper(text[j]))
            {
                j++;
            }

            if (j - i is >= 2 and <= 8 && (j == text.Length || !char.IsLetterOrDigit(text[j])))
            {
                var span = new Span(i, j);
                if (NameText.AcronymLetters(text[i..j]) is { } letters && OnlyMatch(candidates, letters) is { } type
                    && !covered.Exists(c => c.Start < span.End && span.Start < c.End))
                {
                    added.Add(new TokenMention(-1, -1, 0, type, span));
                }
            }

            i = j;
        }

        mentions.AddRange(added);
    }

    /// <summary>The type of the one candidate whose initials spell <paramref name="letters"/>, or null when none or several do.</summary>
    private static EntityType? OnlyMatch(List<(EntityType Type, string[] Initials)> candidates, string letters)
    {
        EntityType? found = null;
        foreach (var (type, initials) in candidates)
        {
            if (initials.Contains(letters, StringComparer.Ordinal))
            {
                if (found is not null)
                {
                    return null;
                }

                found = type;
            }
        }

        return found;
    }

    /// <summary>
    /// A capitalised name in brackets right after an organisation or place that the tagger left out
    /// becomes a mention of the same type: "National Transportation Safety Board (NTSB)".
    /// </summary>
    private static void AddBracketedNames(string text, List<TokenMention> mentions)
    {
        var count = mentions.Count;
        for (var m = 0; m < count; m++)
        {
            var mention = mentions[m];
            if (mention.Type is EntityType.Person or EntityType.Norp)
            {
                continue;
            }

            var i = mention.Span.End;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length || text[i] != '(')
            {
                continue;
            }

            var close = text.IndexOf(')', i + 1, Math.Min(40, text.Length - i - 1));
            if (close < 0)
            {
                continue;
            }

            var inner = new Span(i + 1, close);
            var content = inner.Slice(text).Trim();
            if (content.Length < 2 || !char.IsUpper(content[0]) || content.ContainsAny(",;:\"".AsSpan()))
            {
                continue;
            }

            var start = inner.Start + (inner.Slice(text).Length - inner.Slice(text).TrimStart().Length);
            var span = new Span(start, start + content.Length);
            if (mentions.Exists(x => x.Span.Start < span.End && span.Start < x.Span.End))
            {
                continue;
            }

            var acronym = NameText.LooksLikeAcronym(content.ToString());
            if (acronym || content.Count(' ') == 0)
            {
                mentions.Add(new TokenMention(mention.Sentence, -1, 0, mention.Type, span));
            }
        }
    }
}
