using Chronicle.Corpus;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Pipeline;
using Chronicle.Tests.Corpus;
using Chronicle.Tests.Storage;

namespace Chronicle.Tests.Pipeline;

public sealed class EventJsonReaderTests
{
    private static readonly string Samples = System.IO.Path.Combine(SharedData.RepoRoot, "samples");

    [Fact]
    public void Stored_events_and_mentions_read_by_hand_equal_what_the_serializer_reads()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        CorpusStores.Ingest(store, CorpusStores.Inputs(Samples));
        VariedSamples.Ingest(store, 30);
        CorpusIndex.Default.Update(store);

        var events = store.ReadEvents(null);
        Assert.True(events.Count > 100);
        foreach (var stored in events)
        {
            var expected = AnnotationLayers.Serialize(AnnotationLayers.Deserialize<FusedEvent>(stored.Utf8Json));
            Assert.Equal(expected, AnnotationLayers.Serialize(EventJsonReader.ReadFusedEvent(stored.Utf8Json)));
        }

        var mentions = 0;
        foreach (var document in store.ListDocuments())
        {
            var article = store.GetArticle(document.Id)!;
            var json = article.Layers[AnnotationLayers.Events];
            var expected = AnnotationLayers.Deserialize<List<EventMention>>(json)!;
            mentions += expected.Count;
            Assert.Equal(AnnotationLayers.Serialize(expected), AnnotationLayers.Serialize(EventJsonReader.ReadMentions(json)!));
        }

        Assert.True(mentions > 100);
    }

    [Fact]
    public void Nulls_numbers_for_enums_unknown_properties_and_missing_ones_read_as_the_serializer_reads_them()
    {
        const string json = """
            {"id":"","type":"MEET","family":"CONTACT","earliest":null,"latest":"2019-03-10","granularity":"day","status":2,
             "actors":["a"],"targets":[],"location":null,"extra":{"nested":[1,2,{"x":null}]},
             "sources":[{"documentId":"d","sentence":"S.","mention":{"type":"MEET","trigger":{"start":1,"end":4,"length":3},
               "triggerText":"met","lemma":"meet","nominal":true,"sentenceIndex":2,"sentenceSpan":{"start":0,"end":9},
               "actors":[{"span":{"start":1,"end":2},"type":"PERSON","entityKey":"person:a","name":"A","isPlace":false}],
               "targets":[],"location":null,"time":{"earliest":"2019-03-10","latest":"2019-03-10","granularity":"day","mod":null,
               "value":"2019-03-10","source":"sentence","span":null},"status":"negated","negation":"never",
               "attribution":{"speaker":null,"source":null},"participantKeys":["person:a"]}}],
             "independentSources":1,"salience":{"level":"core","score":1.25,"independentSources":1,"participantFrequency":3}}
            """;
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        Assert.Equal(
            AnnotationLayers.Serialize(AnnotationLayers.Deserialize<FusedEvent>(bytes)),
            AnnotationLayers.Serialize(EventJsonReader.ReadFusedEvent(bytes)));
        Assert.Equal(EventStatus.Failed, EventJsonReader.ReadFusedEvent(bytes).Status);
    }
}
