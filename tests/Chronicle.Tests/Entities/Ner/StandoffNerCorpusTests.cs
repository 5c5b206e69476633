using Chronicle.Entities.Ner;
using Chronicle.Evaluation.Ner;
using Chronicle.Evaluation.Timex;
using Chronicle.Model;

namespace Chronicle.Tests.Entities.Ner;

public sealed class StandoffNerCorpusTests
{
    [Fact]
    public void Names_become_tags_on_the_pipelines_own_tokens()
    {
        const string text = "Maria Okafor of Halden Shipping met Tomas Berg in Lisbon. The Lisbon-based firm spoke French.";
        var article = new StandoffNerDocument("news/a.txt", CorpusPart.Train, text,
        [
            (new Span(0, 12), "PER"), (new Span(16, 31), "ORG"), (new Span(36, 46), "PER"), (new Span(50, 56), "LOC"),
            (new Span(62, 68), "LOC"), (new Span(86, 92), "MISC"),
        ]);

        var document = StandoffNerCorpus.ToNerDocument(article);

        Assert.Equal("news/a.txt", document.Id);
        Assert.Equal(2, document.Sentences.Count);
        var first = document.Sentences[0];
        Assert.Equal(["Maria", "Okafor", "of", "Halden", "Shipping", "met", "Tomas", "Berg", "in", "Lisbon", "."], first.Words);
        Assert.Equal(["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O"], first.Tags);

        // A name inside a longer token tags nothing; MISC is not a type the tagger learns.
        var second = document.Sentences[1];
        Assert.DoesNotContain(second.Tags, t => t != "O");
    }

    [Fact]
    public void Adjacent_names_each_open_with_B()
    {
        const string text = "Talks between Ana Ruiz Tomas Berg ended.";
        var article = new StandoffNerDocument("n", CorpusPart.Train, text, [(new Span(14, 22), "PER"), (new Span(23, 33), "PER")]);

        var tags = Assert.Single(StandoffNerCorpus.ToNerDocument(article).Sentences).Tags;

        Assert.Equal(["O", "O", "B-PER", "I-PER", "B-PER", "I-PER", "O", "O"], tags);
    }
}
