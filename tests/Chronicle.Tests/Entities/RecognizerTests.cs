using Chronicle.Entities;
using Chronicle.Entities.Ner;
using Chronicle.Model;
using Chronicle.Resources;

namespace Chronicle.Tests.Entities;

public sealed class RecognizerTests
{
    private const string Story =
        "Finance Minister Carla Mendes met officials of the Andean Development Bank in Lima on Tuesday. " +
        "Mendes said Peruvian farmers needed help.\n" +
        "The bank's president, Tomas Vera, flew back to Madrid from Jorge Chavez Airport.";

    [Fact]
    public void The_shipped_model_loads_and_stays_small()
    {
        using var probe = ResourceFiles.Open(NerModel.ResourcePath);
        Assert.True(probe.Length < 30_000_000);
        var model = NerModel.Load(ResourceFiles.Open(NerModel.ResourcePath));
        Assert.True(model.Lexicon.Count > 1000);
    }

    [Fact]
    public void Recognition_finds_people_places_organisations_nationalities_and_facilities()
    {
        var mentions = EntityRecognizer.Default.Recognize(Story, TestText.Segment(Story));
        Assert.Contains(mentions, m => m.Text == "Carla Mendes" && m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Text == "Lima" && m.Type == EntityType.Gpe);
        Assert.Contains(mentions, m => m.Text == "Madrid" && m.Type == EntityType.Gpe);
        Assert.Contains(mentions, m => m.Text == "Peruvian" && m.Type == EntityType.Norp);
        Assert.Contains(mentions, m => m.Text.EndsWith("Airport", StringComparison.Ordinal) && m.Type == EntityType.Facility);
        var carla = mentions.First(m => m.Text == "Carla Mendes");
        Assert.Contains(mentions, m => m.Text == "Mendes" && m.Cluster == carla.Cluster);
    }

    [Fact]
    public void Recognition_is_deterministic_and_in_text_order()
    {
        var first = EntityRecognizer.Default.Recognize(Story, TestText.Segment(Story));
        var second = EntityRecognizer.Default.Recognize(Story, TestText.Segment(Story));
        Assert.Equal(first, second);
        Assert.Equal(first.OrderBy(m => m.Span.Start), first);
    }

    [Fact]
    public void Recognition_is_the_same_from_many_threads()
    {
        var expected = EntityRecognizer.Default.Recognize(Story, TestText.Segment(Story));
        var results = new IReadOnlyList<EntityMention>[8];
        Parallel.For(0, results.Length, i => results[i] = EntityRecognizer.Default.Recognize(Story, TestText.Segment(Story)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Odd_input_gives_no_error()
    {
        var r = EntityRecognizer.Default;
        Assert.Empty(r.Recognize("", []));
        Assert.Empty(r.Recognize(null!, null!));
        var broken = new Sentence(0, new Span(0, 5), [new Token(new Span(3, 99), TokenKind.Word), new Token(new Span(-1, 2), TokenKind.Word)]);
        Assert.Empty(r.Recognize("short", [broken]));
        var longSentence = string.Join(' ', Enumerable.Repeat("Lima", 3000));
        Assert.NotEmpty(r.Recognize(longSentence, TestText.Segment(longSentence)));
    }

    [Fact]
    public void A_saved_model_loads_back_and_tags_the_same()
    {
        var model = NerModel.Default;
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var copy = NerModel.Load(buffer);
        var a = new EntityRecognizer(model, EntityRecognizer.Default.Gazetteer).Recognize(Story, TestText.Segment(Story));
        var b = new EntityRecognizer(copy, EntityRecognizer.Default.Gazetteer).Recognize(Story, TestText.Segment(Story));
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write("not a model"u8);
        }

        stream.Position = 0;
        Assert.ThrowsAny<Exception>(() => NerModel.Load(stream));
    }
}
