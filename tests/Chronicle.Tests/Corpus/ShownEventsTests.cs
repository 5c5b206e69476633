using Chronicle.Corpus;
using Chronicle.Fusion;
using Chronicle.Pipeline;
using Chronicle.Rendering;
using Chronicle.Storage;
using Chronicle.Tests.Storage;
using Chronicle.Timeline;

namespace Chronicle.Tests.Corpus;

public sealed class ShownEventsTests
{
    [Fact]
    public void Events_listed_for_a_table_are_the_timeline_s_events_without_their_sentences()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        VariedSamples.Ingest(store, 60);
        CorpusIndex.Default.Update(store);
        var entity = store.ScanShownEntities(e => (ShownEntities.Parse(e.Json).Name, e.Mentions)).MaxBy(e => e.Mentions).Name;

        var events = CorpusTimeline.Build(store, new TimelineFilter { Entity = entity }).Events;
        var listed = ListedEvents.Of(events);

        Assert.True(events.Count > 1);
        Assert.All(listed.SelectMany(e => e.Sources), s => Assert.Equal(string.Empty, s.Sentence));
        var blanked = events.Select(e => e with { Sources = e.Sources.Select(s => s with { Sentence = string.Empty }).ToList() });
        Assert.Equal(JsonOutput.Serialize(blanked.ToList()), JsonOutput.Serialize(listed.ToList()));
    }

    [Fact]
    public void A_stored_shown_form_reads_back_as_the_event_renamed_shows_it_with_its_own_conflicts()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        VariedSamples.Ingest(store, 120);
        CorpusIndex.Default.Update(store);

        var events = store.ReadEvents(null).Select(CorpusTimeline.Parse).ToList();
        var articles = events.SelectMany(e => e.Sources).Select(s => DocumentKeys.ArticleId(s.DocumentId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var documentIds = articles.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => "d" + (x.i + 1), StringComparer.Ordinal);
        var own = 0;
        foreach (var e in events)
        {
            var renamed = CorpusTimeline.Renamed(e, documentIds);
            var stored = System.Text.Encoding.UTF8.GetBytes(ShownEvents.Of(e)!);
            var (shown, conflicts) = ShownEvents.Read(stored, e.Id, documentIds);

            Assert.Equal(JsonOutput.Serialize(TimelineBuilder.ToOutput(renamed)), JsonOutput.Serialize(shown));
            Assert.Equal(ConflictFinder.Default.FindWithin(renamed).Select(Text), conflicts.Select(Text));
            Assert.Equal(conflicts.Select(Text), ShownEvents.ReadOwn(stored, e.Id, documentIds).Select(Text));
            own += conflicts.Count;
        }

        Assert.True(own > 0, "no event had a conflict of its own");
    }

    [Fact]
    public void An_event_whose_text_holds_the_marks_a_description_is_cut_at_is_stored_without_a_shown_form()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        VariedSamples.Ingest(store, 10);
        CorpusIndex.Default.Update(store);
        var e = CorpusTimeline.Parse(store.ReadEvents(null)[0]);
        var marked = e with { Sources = [e.Sources[0] with { Sentence = e.Sources[0].Sentence + " \uFDD0" + "0\uFDD1" }, .. e.Sources.Skip(1)] };

        Assert.NotNull(ShownEvents.Of(e));
        Assert.Null(ShownEvents.Of(marked));
    }

    [Fact]
    public void Views_read_events_without_stored_forms_whole_and_give_the_same_bytes()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        VariedSamples.Ingest(store, 60);
        CorpusIndex.Default.Update(store);
        var filters = Names(store).Select(n => new TimelineFilter { Entity = n })
            .Append(new TimelineFilter { Limit = 8 })
            .Append(new TimelineFilter { From = new DateOnly(2019, 1, 1), To = new DateOnly(2019, 12, 31) })
            .ToList();
        var expected = filters.Select(f => Json(CorpusTimeline.Build(store, f))).ToList();

        // Every third event loses its forms, every third its shown form alone: as an index would that stored
        // them before it kept them, or an event whose text holds the marks.
        temp.Execute("DELETE FROM corpus_event_shown WHERE id % 3 = 0; UPDATE corpus_event_shown SET shown = NULL WHERE id % 3 = 1;");

        Assert.Equal(expected, filters.Select(f => Json(CorpusTimeline.Build(store, f))));
        Assert.Contains(expected, json => json.Contains("\"conflicts\": [\n    {", StringComparison.Ordinal) || json.Contains("\"conflicts\":[{", StringComparison.Ordinal));
    }

    [Fact]
    public void The_conflict_list_read_from_view_forms_is_the_whole_timelines_with_or_without_stored_forms()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        VariedSamples.Ingest(store, 60);
        CorpusIndex.Default.Update(store);
        var whole = CorpusTimeline.Build(store);
        var ids = whole.Documents.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);
        string Listed() => JsonOutput.Serialize(whole with { Conflicts = CorpusViews.AllConflicts(store, CorpusViews.ReadHeads(store), ids) });

        Assert.Contains(whole.Conflicts, c => c.Events.Count == 1);
        Assert.Contains(whole.Conflicts, c => c.Events.Count == 2);
        Assert.Equal(JsonOutput.Serialize(whole), Listed());
        temp.Execute("DELETE FROM corpus_event_shown WHERE id % 3 = 0; UPDATE corpus_event_shown SET shown = NULL WHERE id % 3 = 1;");
        Assert.Equal(JsonOutput.Serialize(whole), Listed());
    }

    [Fact]
    public void A_store_indexed_before_schema_step_9_gets_its_events_shown_forms_from_the_next_update()
    {
        using var temp = new TempStore();
        List<string> names;
        List<string> expected;
        int events;
        using (var store = temp.Open())
        {
            VariedSamples.Ingest(store, 40);
            CorpusIndex.Default.Update(store);
            names = Names(store);
            expected = names.Select(n => Json(CorpusTimeline.Build(store, new TimelineFilter { Entity = n }))).ToList();
            events = store.ReadEvents(null).Count;
        }

        temp.Execute("DROP TABLE corpus_event_shown; DROP TABLE corpus_pending; PRAGMA user_version = 8;");

        using var reopened = temp.Open();
        Assert.Equal(events, reopened.ReadEventsWithoutShown(0, int.MaxValue).Count);
        Assert.Equal(expected, names.Select(n => Json(CorpusTimeline.Build(reopened, new TimelineFilter { Entity = n }))));
        Assert.Empty(reopened.ReadEventsWithoutShown(0, int.MaxValue));
        Assert.Equal(events, Count(temp, "SELECT COUNT(*) FROM corpus_event_shown WHERE shown IS NOT NULL;"));
        Assert.Equal(0, Count(temp, "SELECT COUNT(*) FROM corpus_pending;"));
    }

    private static List<string> Names(SqliteArticleStore store) =>
        TimelineBuilder.Prepare(store).Entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).Take(10).Select(e => e.Name).ToList();

    private static string Text(EventConflict c) => string.Join(",", c.Events) + "|" + c.Kind + "|" + c.Description;

    private static string Json(TimelineOutput timeline) => JsonOutput.Serialize(timeline);

    private static long Count(TempStore temp, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={temp.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
