using Chronicle.Entities.Gazetteers;
using Chronicle.Entities.Ner;
using Chronicle.Model;

namespace Chronicle.Entities;

/// <summary>A mention found in one sentence, by token range, before clustering.</summary>
internal readonly record struct TokenMention(int Sentence, int First, int Count, EntityType Type, Span Span);

/// <summary>
/// Refines the tagger's PER/ORG/LOC into the stage's types with the gazetteer: a LOC that the
/// gazetteer knows as a country, city or region is a GPE; a place or organisation ending in (or
/// followed by) a facility cue word is a FACILITY; a mention that is only a demonym or group word,
/// or such a capitalised word outside any mention, is a NORP.
/// </summary>
internal sealed class EntityTyper(Gazetteer gazetteer)
{
    public void Refine(string text, int sentence, ReadOnlySpan<Span> tokens, List<TokenMention> mentions, int firstOfSentence)
    {
        for (var m = firstOfSentence; m < mentions.Count; m++)
        {
            mentions[m] = RefineOne(text, tokens, mentions[m]);
        }

        AddNorps(text, sentence, tokens, mentions, firstOfSentence);
    }

    private TokenMention RefineOne(string text, ReadOnlySpan<Span> tokens, TokenMention mention)
    {
        var first = mention.First;
        var count = mention.Count;
        var whole = Lookup(text, tokens.Slice(first, count));
        if ((whole & GazetteerKindNames.Norp) != 0 && (whole & GazetteerKindNames.Political) == 0)
        {
            return mention with { Type = EntityType.Norp };
        }

        // A capitalised cue word right after the mention extends it: "Ben Gurion" + "Airport".
        var end = first + count;
        while (end < tokens.Length && end - first < 8 && IsCue(text, tokens[end]) && WordShape.IsCapitalised(tokens[end].Slice(text)) && tokens[end].Start - tokens[end - 1].End <= 1)
        {
            end++;
        }

        if (end > first + count && mention.Type != EntityType.Person)
        {
            return new TokenMention(mention.Sentence, first, end - first, EntityType.Facility, new Span(tokens[first].Start, tokens[end - 1].End));
        }

        // An organisation's name goes on through a capitalised organisation word right after it: "BBC" + "News".
        if (mention.Type == EntityType.Org && end < tokens.Length && Has(text, tokens[end], GazetteerKind.OrgCue)
            && WordShape.IsCapitalised(tokens[end].Slice(text)) && tokens[end].Start - tokens[end - 1].End <= 1)
        {
            return mention with { Count = count + 1, Span = new Span(tokens[first].Start, tokens[end].End) };
        }

        var last = tokens[first + count - 1];
        var lastIsCue = count > 1 && IsCue(text, last) && WordShape.IsCapitalised(last.Slice(text));
        return mention.Type switch
        {
            EntityType.Loc or EntityType.Person when lastIsCue => mention with { Type = EntityType.Facility },
            EntityType.Org when (whole & WellKnownPlaces) != 0 && !IsCountryCodeOnly(text, tokens.Slice(first, count)) => mention with { Type = EntityType.Gpe },
            EntityType.Loc when (whole & GazetteerKindNames.Political) != 0 => mention with { Type = EntityType.Gpe },
            EntityType.Person or EntityType.Org when count > 1 && EndsLikeNaturalPlace(text, last) => mention with { Type = EntityType.Loc },
            EntityType.Person when count > 1 && (EndsLikeOrganisation(text, tokens.Slice(first, count)) || OpensLikeCompany(tokens[first].Slice(text))) => mention with { Type = EntityType.Org },
            EntityType.Person when (whole & WellKnownPlaces) != 0 && !StartsWithGivenName(text, tokens[first])
                && (first == 0 || !Has(text, tokens[first - 1], GazetteerKind.Title)) => mention with { Type = EntityType.Gpe },
            _ => mention,
        };
    }

    /// <summary>Places a person-tagged name is taken for: countries, capitals, regions; not every town, since many share a surname ("Bryan", "Bush").</summary>
    private const GazetteerKind WellKnownPlaces = GazetteerKind.Country | GazetteerKind.Capital | GazetteerKind.Region;

    /// <summary>A name that ends in a capitalised organisation word and does not start with a given name ("Harbor Freight Airlines").</summary>
    private bool EndsLikeOrganisation(string text, ReadOnlySpan<Span> name) =>
        Has(text, name[^1], GazetteerKind.OrgCue) && WordShape.IsCapitalised(name[^1].Slice(text)) && !StartsWithGivenName(text, name[0]);

    /// <summary>Words that open a company's or an institute's name in the Romance languages and German ("Cie. Financiere de Paribas", "Grupo Modelo", "Institut Pasteur"); no person's name starts with one.</summary>
    private static readonly string[] CompanyOpeners = ["Cie", "Cie.", "Cia", "Cia.", "Compagnie", "Compania", "Companhia", "Groupe", "Grupo", "Gruppo", "Banque", "Banco", "Banca", "Societe", "Sociedad", "Societa", "Institut", "Instituto", "Istituto"];

    private static bool OpensLikeCompany(ReadOnlySpan<char> word)
    {
        foreach (var opener in CompanyOpeners)
        {
            if (word.Equals(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name that ends in a capitalised natural-place word ("Banda Sea"), not also an organisation word.</summary>
    private bool EndsLikeNaturalPlace(string text, Span last) =>
        Has(text, last, GazetteerKind.PlaceCue) && !Has(text, last, GazetteerKind.OrgCue) && WordShape.IsCapitalised(last.Slice(text));

    private bool StartsWithGivenName(string text, Span token) => Has(text, token, GazetteerKind.GivenName);

    private bool Has(string text, Span token, GazetteerKind kind) => (gazetteer.Lookup(token.Slice(text)) & kind) != 0;

    private void AddNorps(string text, int sentence, ReadOnlySpan<Span> tokens, List<TokenMention> mentions, int firstOfSentence)
    {
        var covered = tokens.Length <= 512 ? stackalloc bool[tokens.Length] : new bool[tokens.Length];
        for (var m = firstOfSentence; m < mentions.Count; m++)
        {
            covered.Slice(mentions[m].First, mentions[m].Count).Fill(true);
        }

        var added = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (covered[i] || !WordShape.IsCapitalised(tokens[i].Slice(text)))
            {
                continue;
            }

            var length = gazetteer.LongestMatch(text, tokens, i, out var kinds);
            if (length == 0 || (kinds & GazetteerKindNames.Norp) == 0 || covered.Slice(i, length).Contains(true))
            {
                continue;
            }

            mentions.Add(new TokenMention(sentence, i, length, EntityType.Norp, new Span(tokens[i].Start, tokens[i + length - 1].End)));
            added = true;
            i += length - 1;
        }

        if (added)
        {
            mentions.Sort(firstOfSentence, mentions.Count - firstOfSentence, Comparer<TokenMention>.Create((a, b) => a.First.CompareTo(b.First)));
        }
    }

    private GazetteerKind Lookup(string text, ReadOnlySpan<Span> tokens)
    {
        var start = 0;
        if (tokens.Length > 1 && tokens[0].Slice(text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            start = 1;
        }

        var length = gazetteer.LongestMatch(text, tokens, start, out var kinds);
        return length == tokens.Length - start ? NerFeatureExtractor.Effective(kinds, text, tokens[start..]) : GazetteerKind.None;
    }

    /// <summary>
    /// A name the gazetteer knows only as an ISO code ("GM" is Gambia's): the tagger's organisation reading
    /// stands, since capitalised initials in news are companies and agencies far more often than countries.
    /// </summary>
    private bool IsCountryCodeOnly(string text, ReadOnlySpan<Span> tokens) =>
        tokens.Length == 1 && (gazetteer.Lookup(tokens[0].Slice(text)) & (GazetteerKind.CountryCode | GazetteerKind.Country)) == GazetteerKind.CountryCode;

    private bool IsCue(string text, Span token) => (gazetteer.Lookup(token.Slice(text)) & GazetteerKind.FacilityCue) != 0;
}
