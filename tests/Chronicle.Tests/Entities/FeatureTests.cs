using Chronicle.Entities.Gazetteers;
using Chronicle.Entities.Ner;
using Chronicle.Model;

namespace Chronicle.Tests.Entities;

public sealed class FeatureTests
{
    private static readonly Gazetteer Small = new([
        KeyValuePair.Create("Lisbon", GazetteerKind.City | GazetteerKind.Capital),
        KeyValuePair.Create("New Amsterdam", GazetteerKind.City),
        KeyValuePair.Create("Minister", GazetteerKind.Title),
    ]);

    private static (string Text, Span[] Tokens) Tokens(string text)
    {
        var sentence = TestText.Segment(text)[0];
        return (text, sentence.Tokens.Select(t => t.Span).ToArray());
    }

    private static int[] Extract(string text, NerFeatureExtractor? extractor = null)
    {
        var (t, tokens) = Tokens(text);
        extractor ??= new NerFeatureExtractor(Small, WordLexicon.Empty, 16);
        var features = new int[tokens.Length * NerFeatureExtractor.FeaturesPerToken];
        extractor.Extract(t, tokens, DocumentCasing.Build(t, [tokens]), features);
        return features;
    }

    private static int[] Row(int[] features, int token) =>
        features.Skip(token * NerFeatureExtractor.FeaturesPerToken).Take(NerFeatureExtractor.FeaturesPerToken).ToArray();

    [Fact]
    public void Every_token_gets_the_fixed_number_of_features_inside_the_bucket_space()
    {
        var features = Extract("The Minister flew to Lisbon on Monday .");
        Assert.Equal(8 * NerFeatureExtractor.FeaturesPerToken, features.Length);
        Assert.All(features, f => Assert.InRange(f, 0, (1 << 16) - 1));
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        Assert.Equal(Extract("Officials met in New Amsterdam today ."), Extract("Officials met in New Amsterdam today ."));
    }

    [Fact]
    public void Gazetteer_membership_changes_the_features_of_a_word()
    {
        // Same shape, same neighbours, one known city and one unknown word.
        var known = Row(Extract("They went to Lisbon ."), 3);
        var unknown = Row(Extract("They went to Lisbox ."), 3);
        Assert.NotEqual(known[21], unknown[21]);
        Assert.Equal(known[6], unknown[6]);
    }

    [Fact]
    public void Multi_word_gazetteer_names_mark_every_token_with_its_position()
    {
        var row1 = Row(Extract("in New Amsterdam ."), 1);
        var row2 = Row(Extract("in New Amsterdam ."), 2);
        var plain = Row(Extract("in New Amsterdamm ."), 1);
        Assert.NotEqual(row1[21], row2[21]);
        Assert.NotEqual(row1[21], plain[21]);
    }

    [Fact]
    public void A_title_before_a_word_is_a_feature_of_that_word()
    {
        var afterTitle = Row(Extract("the Minister Ruiz spoke"), 2);
        var afterOther = Row(Extract("the Ministry Ruiz spoke"), 2);
        Assert.NotEqual(afterTitle[22], afterOther[22]);
    }

    [Fact]
    public void Sentence_initial_flag_distinguishes_the_first_word()
    {
        var first = Row(Extract("Lisbon is big ."), 0);
        var later = Row(Extract("big is Lisbon ."), 2);
        Assert.NotEqual(first[17], later[17]);
    }

    [Fact]
    public void Casing_across_the_article_is_recorded()
    {
        var text = "Orange said so . Then Orange left .";
        var tokens = TestText.Segment(text).Select(s => (IReadOnlyList<Span>)s.Tokens.Select(t => t.Span).ToArray()).ToList();
        var casing = DocumentCasing.Build(text, tokens);
        Assert.True(casing.SeenCapitalisedMidSentence(FeatureHash.Lower("orange")));
        Assert.False(casing.SeenLowerCase(FeatureHash.Lower("orange")));
        Assert.True(casing.SeenLowerCase(FeatureHash.Lower("said")));
    }

    [Theory]
    [InlineData("Lisbon", CasingKind.Title)]
    [InlineData("NATO", CasingKind.Upper)]
    [InlineData("iPhone", CasingKind.Mixed)]
    [InlineData("river", CasingKind.Lower)]
    [InlineData("1999", CasingKind.NoLetters)]
    [InlineData("A", CasingKind.Title)]
    public void Casing_kinds(string word, CasingKind expected) => Assert.Equal(expected, WordShape.Casing(word));

    [Fact]
    public void Shapes_collapse_runs_of_the_same_class()
    {
        Assert.Equal(WordShape.ShapeHash("Lisbon"), WordShape.ShapeHash("Porto"));
        Assert.NotEqual(WordShape.ShapeHash("Lisbon"), WordShape.ShapeHash("LISBON"));
        Assert.Equal(WordShape.ShapeHash("U.N."), WordShape.ShapeHash("E.U."));
    }

    [Fact]
    public void Lexicon_classes_separate_proper_nouns_from_common_words()
    {
        Assert.NotEqual(WordLexicon.Classify(20, 19, 0), WordLexicon.Classify(20, 0, 20));
        Assert.Equal(WordLexicon.Unknown, WordLexicon.Empty.ClassOf(FeatureHash.Lower("anything")));
    }
}
