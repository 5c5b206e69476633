using System.Buffers;
using System.Runtime.CompilerServices;
using Chronicle.Entities.Gazetteers;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Ner;
using Chronicle.Model;

namespace Chronicle.Entities;

/// <summary>
/// Finds PERSON, ORG, GPE, LOC, FACILITY and NORP mentions in an article's sentences with the
/// statistical tagger, types them with the gazetteer, and groups the mentions of one referent into
/// article-local clusters. Immutable and thread-safe; never throws on any text or token list.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly NerModel model;
    private readonly NerFeatureExtractor extractor;
    private readonly DocumentTagger? stackedTagger;
    private readonly EntityTyper typer;
    private readonly MentionClusterer clusterer;
    private readonly ArticleTypeConsistency consistency;

    public EntityRecognizer(NerModel model, Gazetteer gazetteer)
    {
        this.model = model;
        Gazetteer = gazetteer;
        extractor = model.CreateExtractor(gazetteer);
        stackedTagger = model.SecondStage is null ? null : new DocumentTagger(model, gazetteer);
        typer = new EntityTyper(gazetteer);
        clusterer = new MentionClusterer();
        consistency = new ArticleTypeConsistency(gazetteer);
    }

    private static readonly Lazy<EntityRecognizer> DefaultInstance = new(() => new EntityRecognizer(NerModel.Default, Gazetteer.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The recogniser with the model and gazetteer shipped in the library.</summary>
    public static EntityRecognizer Default => DefaultInstance.Value;

    public Gazetteer Gazetteer { get; }

    /// <summary>The mentions of <paramref name="text"/>, in text order, with article-local cluster ids.</summary>
    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<Sentence> sentences)
    {
        var found = Find(text, sentences);
        return clusterer.Cluster(text, found);
    }

    /// <summary>The mentions by token range, typed but not clustered.</summary>
    internal List<TokenMention> Find(string? text, IReadOnlyList<Sentence>? sentences)
    {
        var result = new List<TokenMention>();
        if (string.IsNullOrEmpty(text) || sentences is null || sentences.Count == 0)
        {
            return result;
        }

        var tokenLists = new List<Span[]>(sentences.Count);
        foreach (var sentence in sentences)
        {
            tokenLists.Add(ValidTokens(text, sentence));
        }

        if (stackedTagger is not null)
        {
            TagStacked(text, tokenLists, result);
        }
        else
        {
            TagEachSentence(text, tokenLists, result);
        }

        PropagateSurnames(text, tokenLists, result);
        PropagateOrganisations(text, tokenLists, result);
        consistency.Apply(text, tokenLists, result);
        SplitJoinedNames(text, tokenLists, result);
        return result;
    }

    /// <summary>Tags each sentence and adds its mentions; tagging and the mentions of one sentence go together, while its features are in cache.</summary>
    private void TagEachSentence(string text, List<Span[]> tokenLists, List<TokenMention> result)
    {
        var casing = DocumentCasing.Build(text, tokenLists);
        const int F = NerFeatureExtractor.FeaturesPerToken;
        for (var s = 0; s < tokenLists.Count; s++)
        {
            var tokens = tokenLists[s];
            var n = tokens.Length;
            if (n == 0)
            {
                continue;
            }

            var features = ArrayPool<int>.Shared.Rent(n * F);
            var labels = ArrayPool<int>.Shared.Rent(n);
            try
            {
                extractor.Extract(text, tokens, casing, features.AsSpan(0, n * F));
                model.Tag(features.AsSpan(0, n * F), n, labels.AsSpan(0, n));
                var firstOfSentence = result.Count;
                AddSpans(tokens, labels.AsSpan(0, n), s, result);
                TrimSentenceOpener(text, tokens, result, firstOfSentence);
                TrimCompoundModifiers(text, tokens, result, firstOfSentence);
                typer.Refine(text, s, tokens, result, firstOfSentence);
            }
            finally
            {
                ArrayPool<int>.Shared.Return(features);
                ArrayPool<int>.Shared.Return(labels);
            }
        }
    }

    /// <summary>A stacked model's mentions: its second stage needs the first stage's labels of the whole article.</summary>
    private void TagStacked(string text, List<Span[]> tokenLists, List<TokenMention> result)
    {
        var labels = stackedTagger!.Tag(text, tokenLists);
        for (var s = 0; s < tokenLists.Count; s++)
        {
            var tokens = tokenLists[s];
            if (tokens.Length == 0)
            {
                continue;
            }

            var firstOfSentence = result.Count;
            AddSpans(tokens, labels[s], s, result);
            TrimSentenceOpener(text, tokens, result, firstOfSentence);
            TrimCompoundModifiers(text, tokens, result, firstOfSentence);
            typer.Refine(text, s, tokens, result, firstOfSentence);
        }
    }

    /// <summary>
    /// An organisation's name run into another's ("an Alaska Airlines Boeing 737"): a mention is two when
    /// the article names its second part on its own as an organisation, and its first part too or that
    /// part ends in a word that ends organisations' names ("Airlines", "Corp").
    /// </summary>
    internal void SplitJoinedNames(string text, List<Span[]> tokenLists, List<TokenMention> result)
    {
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? alone = null;
        for (var m = result.Count - 1; m >= 0; m--)
        {
            var mention = result[m];
            if (mention.Type != EntityType.Org || mention.Count < 2)
            {
                continue;
            }

            alone ??= result.Where(x => x.Type == EntityType.Org).Select(x => x.Span.Slice(text).ToString()).ToHashSet(StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();
            var names = alone.Value;
            var tokens = tokenLists[mention.Sentence];
            for (var cut = 1; cut < mention.Count; cut++)
            {
                var head = new Span(tokens[mention.First].Start, tokens[mention.First + cut - 1].End);
                var tail = new Span(tokens[mention.First + cut].Start, tokens[mention.First + mention.Count - 1].End);
                var cue = tokens[mention.First + cut - 1];
                var headIsName = names.Contains(head.Slice(text))
                    || (cut >= 2 && (Gazetteer.Lookup(cue.Slice(text)) & GazetteerKind.OrgCue) != 0 && WordShape.IsCapitalised(cue.Slice(text)));
                if (headIsName && names.Contains(tail.Slice(text)))
                {
                    result[m] = mention with { Count = cut, Span = head };
                    result.Insert(m + 1, mention with { First = mention.First + cut, Count = mention.Count - cut, Span = tail });
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A person's surname that the tagger missed elsewhere in the article (often at a sentence
    /// start: "Mendes said ...") is a mention too: one name, one reading per article.
    /// </summary>
    private const GazetteerKind NotSurnames = GazetteerKind.Country | GazetteerKind.Capital | GazetteerKindNames.Norp | GazetteerKind.Title | GazetteerKind.FacilityCue;

    private void PropagateSurnames(string text, List<Span[]> tokenLists, List<TokenMention> result)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in result)
        {
            if (mention.Type == EntityType.Person && mention.Count >= 2)
            {
                var last = tokenLists[mention.Sentence][mention.First + mention.Count - 1].Slice(text);
                if (last.Length >= 3 && WordShape.Casing(last) == CasingKind.Title && (Gazetteer.Lookup(last) & NotSurnames) == 0)
                {
                    surnames.Add(last.ToString());
                }
            }
        }

        if (surnames.Count == 0)
        {
            return;
        }

        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        var covered = new CoveredSpans(result);
        var added = new List<TokenMention>();
        for (var s = 0; s < tokenLists.Count; s++)
        {
            var tokens = tokenLists[s];
            for (var i = 0; i < tokens.Length; i++)
            {
                if (lookup.Contains(tokens[i].Slice(text)) && !covered.Overlaps(tokens[i])
                    && (i + 1 >= tokens.Length || !WordShape.IsCapitalised(tokens[i + 1].Slice(text))))
                {
                    added.Add(new TokenMention(s, i, 1, EntityType.Person, tokens[i]));
                }
            }
        }

        AddInTextOrder(result, added);
    }

    /// <summary>
    /// An organisation's name that the tagger found in one place and missed in another ("Boeing has agreed
    /// ..." at a sentence start, "Boeing" elsewhere) is a mention wherever it stands on its own: the same
    /// capitalised words, not inside a longer capitalised run. Names in capitals only ("MAX") are left
    /// out: they are as often products and models as organisations.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void PropagateOrganisations(string text, List<Span[]> tokenLists, List<TokenMention> result)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in result)
        {
            var name = mention.Span.Slice(text);
            if (mention.Type == EntityType.Org && name.Length >= 3 && WordShape.IsCapitalised(name) && name.ContainsAnyInRange('a', 'z')
                && (Gazetteer.Lookup(name) & NotSurnames) == 0)
            {
                names.TryAdd(name.ToString(), mention.Count);
            }
        }

        if (names.Count == 0)
        {
            return;
        }

        var longestFirst = names.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).ToArray();
        var covered = new CoveredSpans(result);
        var added = new List<TokenMention>();
        var capitalised = new List<bool>();
        for (var s = 0; s < tokenLists.Count; s++)
        {
            var tokens = tokenLists[s];

            // Each token's casing once per sentence, not once per name tried at each token.
            capitalised.Clear();
            foreach (var token in tokens)
            {
                capitalised.Add(WordShape.IsCapitalised(token.Slice(text)));
            }

            for (var i = 0; i < tokens.Length; i++)
            {
                if (!capitalised[i] || (i > 0 && capitalised[i - 1]))
                {
                    continue;
                }

                var first = text[tokens[i].Start];
                foreach (var (name, count) in longestFirst)
                {
                    if (i + count > tokens.Length || (i + count < tokens.Length && capitalised[i + count]))
                    {
                        continue;
                    }

                    var span = new Span(tokens[i].Start, tokens[i + count - 1].End);
                    if (span.Length == name.Length && name[0] == first && span.Slice(text).SequenceEqual(name) && !covered.Overlaps(span))
                    {
                        added.Add(new TokenMention(s, i, count, EntityType.Org, span));
                        break;
                    }
                }
            }
        }

        AddInTextOrder(result, added);
    }

    private static void AddInTextOrder(List<TokenMention> result, List<TokenMention> added)
    {
        if (added.Count > 0)
        {
            result.AddRange(added);
            result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>
    /// Whether a span overlaps any of the mentions, by binary search: the mentions' spans sorted by
    /// start, with the furthest end among each prefix (an overlap is a span starting before the
    /// token's end and ending after its start).
    /// </summary>
    private sealed class CoveredSpans
    {
        private readonly int[] starts;
        private readonly int[] furthestEnd;

        public CoveredSpans(List<TokenMention> mentions)
        {
            var spans = mentions.Select(m => m.Span).OrderBy(s => s.Start).ToArray();
            starts = new int[spans.Length];
            furthestEnd = new int[spans.Length];
            var end = int.MinValue;
            for (var k = 0; k < spans.Length; k++)
            {
                starts[k] = spans[k].Start;
                end = Math.Max(end, spans[k].End);
                furthestEnd[k] = end;
            }
        }

        public bool Overlaps(Span token)
        {
            // The spans starting before the token's end are a prefix; one of them overlaps when the furthest end among them passes the token's start.
            int lo = 0, hi = starts.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (starts[mid] < token.End)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo > 0 && furthestEnd[lo - 1] > token.Start;
        }
    }

    /// <summary>
    /// A capitalised sentence opener that the treebank knows as a lower-case word, never a proper
    /// noun ("Unlike", "Meanwhile", "But"), is not part of the name the tagger joined it to.
    /// </summary>
    private void TrimSentenceOpener(string text, Span[] tokens, List<TokenMention> result, int firstOfSentence)
    {
        if (result.Count == firstOfSentence)
        {
            return;
        }

        var opener = WordShape.FirstWordIndex(text, tokens);
        var m = firstOfSentence;
        var mention = result[m];
        if (mention.First != opener || mention.Count < 2)
        {
            return;
        }

        var lexiconClass = model.Lexicon.ClassOf(FeatureHash.Lower(tokens[opener].Slice(text)));
        var properNoun = lexiconClass / 9;
        var lowerCase = lexiconClass / 3 % 3;
        if (lexiconClass != WordLexicon.Unknown && properNoun == 0 && lowerCase >= 1)
        {
            result[m] = WithoutFirstWord(mention, tokens);
        }
    }

    /// <summary>
    /// A hyphenated modifier made from a name ("Atlanta-based", "Paris-born", "Tory-led") is not part of
    /// the name after it: "Atlanta-based BellSouth" is the company "BellSouth", not a person's full name.
    /// </summary>
    private static void TrimCompoundModifiers(string text, Span[] tokens, List<TokenMention> result, int firstOfSentence)
    {
        for (var m = firstOfSentence; m < result.Count; m++)
        {
            var mention = result[m];
            if (mention.Count >= 2 && IsCompoundModifier(tokens[mention.First].Slice(text)))
            {
                result[m] = WithoutFirstWord(mention, tokens);
            }
        }
    }

    private static TokenMention WithoutFirstWord(TokenMention mention, Span[] tokens) =>
        mention with { First = mention.First + 1, Count = mention.Count - 1, Span = new Span(tokens[mention.First + 1].Start, mention.Span.End) };

    /// <summary>A capitalised word, a hyphen and a lower-case word of three letters or more, last: "Atlanta-based", "Los Angeles-born" (its last token).</summary>
    internal static bool IsCompoundModifier(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen < 1 || !char.IsUpper(word[0]) || word.Length - hyphen - 1 < 3)
        {
            return false;
        }

        foreach (var c in word[(hyphen + 1)..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddSpans(ReadOnlySpan<Span> tokens, ReadOnlySpan<int> labels, int sentence, List<TokenMention> result)
    {
        var start = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : 0;
            if (start >= 0 && NerLabels.IsInside(label) && NerLabels.TypeOf(label) == NerLabels.TypeOf(labels[start]))
            {
                continue;
            }

            if (start >= 0)
            {
                var type = NerLabels.TypeOf(labels[start]) switch
                {
                    0 => EntityType.Person,
                    1 => EntityType.Org,
                    _ => EntityType.Loc,
                };
                result.Add(new TokenMention(sentence, start, i - start, type, new Span(tokens[start].Start, tokens[i - 1].End)));
                start = -1;
            }

            if (label != 0)
            {
                start = i;
            }
        }
    }

    /// <summary>The sentence's tokens that lie inside the text, in order, without overlaps.</summary>
    private static Span[] ValidTokens(string text, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        if (tokens is null || tokens.Count == 0)
        {
            return [];
        }

        var list = new List<Span>(tokens.Count);
        var end = 0;
        foreach (var token in tokens)
        {
            var span = token.Span;
            if (span.Start >= end && span.End > span.Start && span.End <= text.Length)
            {
                list.Add(span);
                end = span.End;
            }
        }

        return list.ToArray();
    }
}
