using Chronicle.Segmentation;
using Chronicle.Syntax;
using Xunit.Abstractions;

namespace Chronicle.Tests.Syntax;

public class SyntaxTests(ITestOutputHelper output)
{
    private static UPos[] TagText(string text)
    {
        var sentence = Segmenter.Default.Segment(text, [])[0];
        return PosTagger.Default.Tag(text, sentence);
    }

    [SkippableFact]
    public void Tagger_is_accurate_on_a_held_out_slice_of_EWT_dev()
    {
        SharedData.SkipIfAbsent();
        var dev = ConlluReader.ReadFile(SharedData.Path("data", "ud-english-ewt", "en_ewt-ud-dev.conllu"));
        var slice = PosTrainer.Evaluate(PosTagger.Default, dev.Take(400));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var all = PosTrainer.Evaluate(PosTagger.Default, dev);
        var seconds = watch.Elapsed.TotalSeconds;
        var tokens = dev.Sum(s => s.Forms.Count);
        output.WriteLine($"UPOS accuracy: first 400 dev sentences {slice:P2}, whole dev {all:P2} ({tokens} tokens in {seconds:F2} s with scoring, {tokens / seconds:F0} tokens/s)");
        Assert.True(slice > 0.9, $"accuracy {slice:P2}");
    }

    [Fact]
    public void Tags_a_simple_news_sentence()
    {
        var tags = TagText("The minister will visit the capital next week.");
        Assert.Equal([UPos.DET, UPos.NOUN, UPos.AUX, UPos.VERB, UPos.DET, UPos.NOUN, UPos.ADJ, UPos.NOUN, UPos.PUNCT], tags);
    }

    [Fact]
    public void Names_are_proper_nouns_and_talks_is_a_noun_after_held()
    {
        var text = "Maria Olsen held talks with the council.";
        var tags = TagText(text);
        Assert.Equal(UPos.PROPN, tags[0]);
        Assert.Equal(UPos.PROPN, tags[1]);
        Assert.Equal(UPos.VERB, tags[2]);
        Assert.Equal(UPos.NOUN, tags[3]);
    }

    [Fact]
    public void Tagging_is_total_and_deterministic()
    {
        foreach (var text in new[] { "", " ", "\u0000\uD800", "!!!", new string('a', 5000) })
        {
            foreach (var sentence in Segmenter.Default.Segment(text, []))
            {
                Assert.Equal(PosTagger.Default.Tag(text, sentence), PosTagger.Default.Tag(text, sentence));
                Assert.Equal(sentence.Tokens.Count, PosTagger.Default.Tag(text, sentence).Length);
            }
        }
    }

    [Theory]
    [InlineData("met", "meet")]
    [InlineData("held", "hold")]
    [InlineData("announced", "announce")]
    [InlineData("visited", "visit")]
    [InlineData("stopped", "stop")]
    [InlineData("signing", "sign")]
    [InlineData("negotiated", "negotiate")]
    [InlineData("executed", "execute")]
    [InlineData("carries", "carry")]
    [InlineData("taken", "take")]
    [InlineData("making", "make")]
    [InlineData("fled", "flee")]
    public void Lemmatizes_verbs(string form, string lemma) => Assert.Equal(lemma, Lemmatizer.Default.Lemmatize(form, UPos.VERB));

    [Theory]
    [InlineData("talks", "talk")]
    [InlineData("negotiations", "negotiation")]
    [InlineData("crises", "crisis")]
    [InlineData("men", "man")]
    [InlineData("parties", "party")]
    [InlineData("churches", "church")]
    [InlineData("status", "status")]
    public void Lemmatizes_nouns(string form, string lemma) => Assert.Equal(lemma, Lemmatizer.Default.Lemmatize(form, UPos.NOUN));

    [Fact]
    public void A_known_vocabulary_settles_ambiguous_stems()
    {
        var lemmatizer = new Lemmatizer(["accuse", "focus", "invite"]);
        Assert.Equal("accuse", lemmatizer.Verb("accused"));
        Assert.Equal("focus", lemmatizer.Verb("focused"));
        Assert.Equal("invite", lemmatizer.Verb("invited"));
    }

    [Fact]
    public void Chunker_finds_noun_phrases_and_groups_of_and_coordination()
    {
        var text = "The head of the trade office and the new envoy signed a long agreement.";
        var sentence = Segmenter.Default.Segment(text, [])[0];
        var tags = PosTagger.Default.Tag(text, sentence);
        string Word(int i) => sentence.Tokens[i].Span.Slice(text).ToString();
        var chunks = NounChunker.Chunk(tags, Word);
        Assert.Contains(chunks, c => Word(c.Start) == "The" && Word(c.Head) == "head");
        Assert.Contains(chunks, c => Word(c.Head) == "agreement" && Word(c.Start) == "a");
        var groups = NounChunker.Group(chunks, tags, Word);
        Assert.Contains(groups, g => Word(g.Start) == "The" && Word(g.End - 1) == "envoy");
    }
}
