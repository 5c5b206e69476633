using Chronicle.Entities.Gazetteers;
using Chronicle.Model;

namespace Chronicle.Entities;

/// <summary>
/// One name, one type per article. Two passes over an article's typed mentions:
/// (1) the same name written the same way gets the type most of its mentions carry (ties: the first
/// mention's); (2) a one-word "person" that the article never introduces as a person (no full
/// name ends or starts with it, no title before it, not a known given name), in text that does
/// introduce people by full name (news, not chat or mail): right after "in", "near", "off" and the
/// like it is a place; used again and again it is an organisation, since companies and bodies go
/// by one word ("Vextral said on Monday ...") while people are introduced first.
/// </summary>
internal sealed class ArticleTypeConsistency(Gazetteer gazetteer)
{
    /// <summary>A name said once may be anyone's; one the article keeps using without ever introducing is not a person.</summary>
    private const int MinRepeats = 2;

    private const GazetteerKind PersonEvidence = GazetteerKind.GivenName | GazetteerKind.Title;

    public void Apply(string text, List<Span[]> tokenLists, List<TokenMention> mentions)
    {
        if (mentions.Count < 1)
        {
            return;
        }

        VoteByName(text, mentions);
        RetypeUnintroducedPeople(text, tokenLists, mentions);
        RetypeShortFormsOfPeople(text, tokenLists, mentions);
        RetypeShortFormsOfCompanies(text, tokenLists, mentions);
    }

    /// <summary>The legal forms that end a company's full name ("Inc.", "Cos.", "AG").</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation", "Co", "Co.", "Cos", "Cos.", "Ltd", "Ltd.", "Limited",
        "LLC", "LLP", "PLC", "plc", "AG", "GmbH", "SA", "S.A.", "NV", "N.V.",
    };

    /// <summary>
    /// A company's full name less its legal form ("Philip Morris" after "Philip Morris Cos.") names that
    /// company wherever the article uses it, even where the tagger read the short form as a person or a
    /// place: news gives the full name once and the short form after.
    /// </summary>
    private static void RetypeShortFormsOfCompanies(string text, List<Span[]> tokenLists, List<TokenMention> mentions)
    {
        var shortForms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var tokens = tokenLists[mention.Sentence];
            var last = mention.First + mention.Count - 1;
            if (mention.Type != EntityType.Org || mention.Count < 2 || !LegalForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[last].Slice(text)))
            {
                continue;
            }

            var end = last - 1;
            if (end > mention.First && tokens[end].Slice(text) is ",")
            {
                end--;
            }

            shortForms.Add(text[tokens[mention.First].Start..tokens[end].End]);
        }

        for (var m = 0; m < mentions.Count && shortForms.Count > 0; m++)
        {
            var mention = mentions[m];
            if (mention.Type is EntityType.Person or EntityType.Loc or EntityType.Gpe && shortForms.Contains(text.Substring(mention.Span.Start, mention.Span.Length)))
            {
                mentions[m] = mention with { Type = EntityType.Org };
            }
        }
    }

    /// <summary>
    /// A one-word organisation that is the first or last word of a person's full name in the same article
    /// is that person ("Elian" after "Elian Gonzalez"): news introduces a person by full name and then
    /// uses one part of it, and the tagger, seeing the word alone again and again, takes it for a body
    /// that goes by one word. Places keep their type ("Washington" beside "George Washington").
    /// </summary>
    private static void RetypeShortFormsOfPeople(string text, List<Span[]> tokenLists, List<TokenMention> mentions)
    {
        var nameParts = FullNameEnds(text, tokenLists, mentions, StringComparer.Ordinal);

        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Type == EntityType.Org && mention.Count == 1 && nameParts.Contains(text.Substring(mention.Span.Start, mention.Span.Length)))
            {
                mentions[m] = mention with { Type = EntityType.Person };
            }
        }
    }

    private static void VoteByName(string text, List<TokenMention> mentions)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var m = 0; m < mentions.Count; m++)
        {
            if (!Votes(mentions[m].Type))
            {
                continue;
            }

            var name = text.Substring(mentions[m].Span.Start, mentions[m].Span.Length);
            if (!groups.TryGetValue(name, out var list))
            {
                groups[name] = list = [];
            }

            list.Add(m);
        }

        foreach (var list in groups.Values)
        {
            if (list.Count < 2)
            {
                continue;
            }

            var winner = list.GroupBy(m => mentions[m].Type)
                .Select(g => (Type: g.Key, Count: g.Count(), First: g.Min()))
                .OrderByDescending(g => g.Count)
                .ThenBy(g => g.First)
                .First().Type;
            foreach (var m in list)
            {
                mentions[m] = mentions[m] with { Type = winner };
            }
        }
    }

    /// <summary>Prepositions that put the next name in a place ("in", "near"), not at or from an organisation.</summary>
    private static readonly string[] PlacePrepositions = ["in", "near", "off", "outside", "inside", "across", "around", "throughout", "towards", "toward"];

    private static bool AfterPlacePreposition(string text, Span[] tokens, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var previous = tokens[index - 1].Slice(text);
        foreach (var word in PlacePrepositions)
        {
            if (previous.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first and last words of every person's name of two or more words in the article.</summary>
    private static HashSet<string> FullNameEnds(string text, List<Span[]> tokenLists, List<TokenMention> mentions, StringComparer comparer)
    {
        var ends = new HashSet<string>(comparer);
        foreach (var mention in mentions)
        {
            if (mention.Type == EntityType.Person && mention.Count >= 2)
            {
                var tokens = tokenLists[mention.Sentence];
                ends.Add(tokens[mention.First].Slice(text).ToString());
                ends.Add(tokens[mention.First + mention.Count - 1].Slice(text).ToString());
            }
        }

        return ends;
    }

    /// <summary>Family words that put a first name after them ("his brother Jermaine", "sister, Rebbie").</summary>
    private static readonly HashSet<string> KinshipWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "brother", "brothers", "sister", "sisters", "son", "sons", "daughter", "daughters", "father", "mother",
        "wife", "husband", "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter",
        "grandfather", "grandmother", "widow", "widower", "fiancee", "fiance", "stepfather", "stepmother",
    };

    private static bool AfterKinshipWord(string text, Span[] tokens, int index)
    {
        var before = index - 1;
        if (before > 0 && tokens[before].Slice(text) is ",")
        {
            before--;
        }

        return before >= 0 && KinshipWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[before].Slice(text));
    }

    private static bool Votes(EntityType type) => type is EntityType.Person or EntityType.Org or EntityType.Loc or EntityType.Gpe;

    private void RetypeUnintroducedPeople(string text, List<Span[]> tokenLists, List<TokenMention> mentions)
    {
        var introduced = FullNameEnds(text, tokenLists, mentions, StringComparer.OrdinalIgnoreCase);

        // Only text that introduces people by full name follows the convention (news, not chat or mail).
        if (introduced.Count == 0)
        {
            return;
        }

        var titled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in mentions)
        {
            if (mention.Type == EntityType.Person && mention.Count == 1 && mention.First > 0
                && ((gazetteer.Lookup(tokenLists[mention.Sentence][mention.First - 1].Slice(text)) & GazetteerKind.Title) != 0
                    || AfterKinshipWord(text, tokenLists[mention.Sentence], mention.First)))
            {
                titled.Add(text.Substring(mention.Span.Start, mention.Span.Length));
            }
        }

        var repeated = mentions.Where(m => m.Type == EntityType.Person && m.Count == 1)
            .GroupBy(m => text.Substring(m.Span.Start, m.Span.Length), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() >= MinRepeats)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Type != EntityType.Person || mention.Count != 1)
            {
                continue;
            }

            var word = text.AsSpan(mention.Span.Start, mention.Span.Length);
            var name = word.ToString();
            if (introduced.Contains(name) || titled.Contains(name) || (gazetteer.Lookup(word) & PersonEvidence) != 0 || word.Length < 2)
            {
                continue;
            }

            if (AfterPlacePreposition(text, tokenLists[mention.Sentence], mention.First))
            {
                mentions[m] = mention with { Type = EntityType.Loc };
            }
            else if (repeated.Contains(name))
            {
                mentions[m] = mention with { Type = EntityType.Org };
            }
        }
    }
}
