using Chronicle.Corpus;
using Chronicle.Pipeline;
using Chronicle.Rendering;
using Chronicle.Tests.Storage;
using Chronicle.Timeline;

namespace Chronicle.Tests.Corpus;

public sealed class ShownEventJsonTests
{
    /// <summary>Texts the stored form escapes one way and the output another (HTML-significant, non-ASCII, beyond the BMP, control characters).</summary>
    private static readonly string[] Awkward =
    [
        "He said \"no\" <b>twice</b> & left; it's done \\ over.",
        "Le président a dit : « déjà vu » — 日本語 and العربية.",
        "A smile 😀 and a tab\there, a bell \u0007 and a line\nbreak.",
        new string('x', 2000) + " é " + new string('y', 700),
    ];

    [Fact]
    public void Each_stored_shown_form_is_written_as_the_bytes_of_the_event_it_reads_back_as()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        VariedSamples.Ingest(store, 80);
        CorpusIndex.Default.Update(store);
        var events = store.ReadEvents(null).Select(CorpusTimeline.Parse).ToList();
        var awkward = events.Take(Awkward.Length).Select((e, i) => e with
        {
            Sources = [e.Sources[0] with { Sentence = Awkward[i] }, .. e.Sources.Skip(1)],
        });
        var all = events.Concat(awkward).ToList();
        var articles = all.SelectMany(e => e.Sources).Select(s => DocumentKeys.ArticleId(s.DocumentId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // Every other article numbered: a document the numbers lack keeps its article id, as when read back.
        var documentIds = articles.Where((_, i) => i % 2 == 0).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => "d" + (x.i + 1), StringComparer.Ordinal);
        var entries = all.Select((e, i) => new ShownEvent("v" + (i + 1), System.Text.Encoding.UTF8.GetBytes(ShownEvents.Of(e)!), null)).ToList();
        var written = new ShownEventList(entries, documentIds);
        var built = entries.Select(x => ShownEvents.Read(x.Stored!, x.Id, documentIds).Event).ToList();

        Assert.Equal(Written(new TimelineOutput([], [], built, [])), Written(new TimelineOutput([], [], written, [])));
        Assert.Equal(JsonOutput.Serialize(new TimelineOutput([], [], built, [])) + Environment.NewLine, Written(new TimelineOutput([], [], written, [])));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(new TimelineOutput([], [], built, []), Compact), Written(new TimelineOutput([], [], written, []), Compact));
        Assert.Equal(built.Select(JsonOutput.Serialize), written.Select(JsonOutput.Serialize));
    }

    /// <summary>The HTTP API's settings: <see cref="JsonOutput"/>'s without the indentation.</summary>
    internal static readonly System.Text.Json.JsonSerializerOptions Compact = new(JsonOutput.Options) { WriteIndented = false };

    private static string Written(TimelineOutput timeline, System.Text.Json.JsonSerializerOptions options)
    {
        using var bytes = new MemoryStream();
        TimelineJson.Write(timeline, bytes, options);
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    [Fact]
    public void An_entitys_timeline_writes_the_bytes_its_objects_serialise_to_with_or_without_stored_forms()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        VariedSamples.Ingest(store, 60);
        CorpusIndex.Default.Update(store);
        var names = TimelineBuilder.Prepare(store).Entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).Take(6).Select(e => e.Name).ToList();
        var filters = names.Select(n => new TimelineFilter { Entity = n }).Append(new TimelineFilter { Entity = names[0], Limit = 3 }).ToList();

        void Check()
        {
            foreach (var filter in filters)
            {
                // Written first: serialising builds the events as objects, which are then written as such.
                var timeline = CorpusTimeline.Build(store, filter);
                var written = Written(timeline);
                Assert.Equal(JsonOutput.Serialize(timeline) + Environment.NewLine, written);
            }
        }

        Check();
        temp.Execute("DELETE FROM corpus_event_shown WHERE id % 3 = 0; UPDATE corpus_event_shown SET shown = NULL WHERE id % 3 = 1;");
        Check();
    }

    private static string Written(TimelineOutput timeline)
    {
        using var text = new StringWriter();
        TimelineJson.Write(timeline, text);
        return text.ToString();
    }
}
