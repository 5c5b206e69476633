using Chronicle.Benchmarks;
using Chronicle.Corpus;
using Chronicle.Pipeline;
using Chronicle.Reading;
using Chronicle.Rendering;
using Chronicle.Storage;
using Chronicle.Tests.Storage;
using Chronicle.Timeline;

namespace Chronicle.Tests.Corpus;

public sealed class CorpusIndexTests
{
    private static readonly string Samples = System.IO.Path.Combine(SharedData.RepoRoot, "samples");

    [Fact]
    public void Samples_timeline_from_the_index_equals_the_timeline_from_scratch()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        CorpusStores.Ingest(store, CorpusStores.Inputs(Samples));
        AssertIndexMatchesScratch(store);
    }

    [Fact]
    public void An_update_made_while_collections_are_held_off_brings_the_index_up_to_date()
    {
        // A command holding collections off for a short read may find the index behind: the update must not
        // ask for its own latency mode then, which the runtime refuses while the hold lasts.
        using var temp = new TempStore();
        using var store = temp.Open();
        CorpusStores.Ingest(store, CorpusStores.Inputs(Samples));
        var held = TryHoldCollections();
        try
        {
            CorpusIndex.Default.Update(store);
        }
        finally
        {
            if (held && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                try
                {
                    GC.EndNoGCRegion();
                }
                catch (InvalidOperationException)
                {
                    // A collection ended the hold meanwhile.
                }
            }
        }

        Assert.True(CorpusIndex.IsUpToDate(store));
        AssertIndexMatchesScratch(store);
    }

    private static bool TryHoldCollections()
    {
        try
        {
            return GC.TryStartNoGCRegion(64L << 20);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(120)]
    public void The_whole_timeline_written_as_it_is_read_has_the_bytes_of_the_one_built_in_memory(int variants)
    {
        using var temp = new TempStore();
        using var store = IndexedSamples(temp);
        if (variants > 0)
        {
            Ingest(store, variants);
            CorpusIndex.Default.Update(store);
        }

        var built = CorpusTimeline.Build(store);
        Assert.Contains(built.Events, e => e.Date is null);
        Assert.NotEmpty(built.Conflicts);
        var written = new StringWriter();
        WholeTimelineWriter.Write(store, written);
        Assert.Equal(JsonOutput.Serialize(built) + written.NewLine, written.ToString());

        var slides = new StringWriter();
        WholeTimelineWriter.WriteTimelineJs(store, slides, "Story");
        Assert.Equal(JsonOutput.Serialize(TimelineRenderers.TimelineJs(built, "Story")) + slides.NewLine, slides.ToString());
    }

    [Fact]
    public void Large_selections_written_as_they_are_read_have_the_bytes_of_the_ones_held_as_objects()
    {
        // A filter that keeps more events than a timeline holds as objects is read in passes instead: every
        // format must print what the held timeline prints, narrowed documents, entities and conflicts included.
        using var temp = new TempStore();
        using var store = IndexedSamples(temp);
        Ingest(store, 60);
        CorpusIndex.Default.Update(store);
        var filters = new[]
        {
            new TimelineFilter { From = new DateOnly(2019, 3, 1), To = new DateOnly(2019, 12, 31) },
            new TimelineFilter { Types = ["CRASH", "GROUND"] },
            new TimelineFilter { Statuses = ["occurred"], MinSources = 2 },
            new TimelineFilter { Limit = 25 },
            new TimelineFilter { MinSources = 1, Limit = 100_000 },
        };

        foreach (var filter in filters)
        {
            var held = CorpusTimeline.Filtered(store, filter, holdAtMost: int.MaxValue).Held!;
            var streamed = CorpusTimeline.Filtered(store, filter, holdAtMost: 0).Streamed!;
            Assert.Equal(CorpusTimeline.Build(store, filter).Events.Count, held.Events.Count);
            Assert.NotEmpty(held.Events);

            var json = new StringWriter();
            WholeTimelineWriter.Write(streamed, json);
            Assert.Equal(JsonOutput.Serialize(held) + json.NewLine, json.ToString());

            var markdown = new StringWriter();
            WholeTimelineText.WriteMarkdown(streamed, markdown);
            Assert.Equal(TimelineRenderers.Markdown(held), markdown.ToString());

            var csv = new StringWriter();
            WholeTimelineText.WriteCsv(streamed, csv);
            Assert.Equal(TimelineRenderers.Csv(held), csv.ToString());

            var slides = new StringWriter();
            WholeTimelineWriter.WriteTimelineJs(streamed, slides, "Story");
            Assert.Equal(JsonOutput.Serialize(TimelineRenderers.TimelineJs(held, "Story")) + slides.NewLine, slides.ToString());
        }

        Assert.Contains(filters, f => CorpusTimeline.Filtered(store, f, 0).Streamed!.Documents.Count < CorpusTimeline.AllDocuments(store).Count);
        Assert.Contains(filters, f => CorpusTimeline.Build(store, f).Conflicts.Count > 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(120)]
    public void Entity_timelines_from_the_index_have_the_bytes_of_the_ones_built_in_memory(int variants)
    {
        // An entity's timeline reads its own events whole, the events that may be their date partners
        // slim (no mentions or sentences), the entities it shows without merge evidence, and is written
        // an item at a time: none of that may change a byte of what the in-memory build prints.
        using var temp = new TempStore();
        using var store = IndexedSamples(temp);
        if (variants > 0)
        {
            Ingest(store, variants);
            CorpusIndex.Default.Update(store);
        }

        var prepared = TimelineBuilder.Prepare(store);
        var ranked = prepared.Entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var names = ranked.Take(12).Concat(ranked.Where((_, i) => i % 20 == 0)).Select(e => e.Name).Append("Nobody Ofthisname").Distinct(StringComparer.Ordinal).ToList();
        var dateConflicts = 0;
        foreach (var name in names)
        {
            var filter = new TimelineFilter { Entity = name };
            var expected = prepared.Render(filter);
            var written = new StringWriter();
            TimelineJson.Write(CorpusTimeline.Build(store, filter), written);
            Assert.Equal(JsonOutput.Serialize(expected) + written.NewLine, written.ToString());
            dateConflicts += expected.Conflicts.Count(c => c.Events.Count > 1);
        }

        Assert.True(dateConflicts > 0, "no entity timeline had a date conflict between events");
    }

    [Fact]
    public void Entity_timelines_are_whole_when_read_after_their_store_is_closed()
    {
        // A timeline's conflicts may still be judged on another thread when it is handed back; a command closes
        // the store before it writes the timeline, so nothing of that work may read the store.
        using var temp = new TempStore();
        var built = new List<(string Expected, TimelineOutput Timeline)>();
        using (var store = IndexedSamples(temp))
        {
            Ingest(store, 120);
            CorpusIndex.Default.Update(store);
            var prepared = TimelineBuilder.Prepare(store);
            foreach (var entity in prepared.Entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).Take(12))
            {
                var filter = new TimelineFilter { Entity = entity.Name };
                built.Add((Json(prepared.Render(filter)), CorpusTimeline.Build(store, filter)));
            }
        }

        Assert.All(built, b => Assert.Equal(b.Expected, Json(b.Timeline)));
        Assert.Contains(built, b => b.Timeline.Conflicts.Any(c => c.Events.Count > 1));
    }

    [Fact]
    public void Filters_without_an_entity_read_only_their_events_and_give_the_timeline_from_scratch()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        CorpusStores.Ingest(store, CorpusStores.Inputs(Samples));
        new IngestRunner(new ArticleReader(), new ArticleAnalyzer()).RunArticles(Variator().Generate(60), store, _ => { });
        CorpusIndex.Default.Update(store);
        var filters = new[]
        {
            new TimelineFilter { Limit = 12 },
            new TimelineFilter { From = new DateOnly(2019, 3, 1), To = new DateOnly(2020, 12, 31) },
            new TimelineFilter { Types = ["CRASH", "ground"] },
            new TimelineFilter { Statuses = ["planned"], MinSources = 2 },
            new TimelineFilter { From = new DateOnly(2024, 1, 1), Limit = 5 },
            new TimelineFilter { To = new DateOnly(1900, 1, 1) },
            new TimelineFilter { Limit = 1_000_000 },
        };
        foreach (var filter in filters)
        {
            var scratch = TimelineBuilder.BuildWithFusion(store, filter).Timeline;
            Assert.NotNull(scratch);
            Assert.Equal(Json(scratch), Json(CorpusTimeline.Build(store, filter)));
        }

        Assert.NotEmpty(CorpusTimeline.Build(store, filters[1]).Conflicts);
    }

    [Fact]
    public void A_filter_that_leaves_events_out_lists_only_the_documents_and_entities_they_refer_to()
    {
        using var temp = new TempStore();
        using var store = IndexedSamples(temp);
        var whole = CorpusTimeline.Build(store);
        var limited = CorpusTimeline.Build(store, new TimelineFilter { Limit = 3 });

        var cited = limited.Events.SelectMany(e => e.Sources).Select(s => s.Document).ToHashSet(StringComparer.Ordinal);
        var named = limited.Events.SelectMany(e => e.Actors.Concat(e.Targets).Append(e.Location)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.Equal(JsonOutput.Serialize(whole.Documents.Where(d => cited.Contains(d.Id)).ToList()), JsonOutput.Serialize(limited.Documents));
        Assert.Equal(JsonOutput.Serialize(whole.Entities.Where(e => named.Contains(e.Id)).ToList()), JsonOutput.Serialize(limited.Entities));
        Assert.True(limited.Documents.Count < whole.Documents.Count);
        Assert.True(limited.Entities.Count < whole.Entities.Count);

        // A filter that keeps every event keeps the whole timeline, documents without events included.
        Assert.Equal(Json(whole), Json(CorpusTimeline.Build(store, new TimelineFilter { Limit = whole.Events.Count })));
    }

    [Fact]
    public void Entities_read_as_stored_come_back_in_the_resolver_s_order()
    {
        using var temp = new TempStore();
        IndexedSamples(temp).Dispose();

        // Rows stored against the resolver's order, as updates that replace entities leave them.
        temp.Execute("CREATE TEMP TABLE stored AS SELECT * FROM corpus_entities; DELETE FROM corpus_entities; INSERT INTO corpus_entities SELECT * FROM stored ORDER BY ordinal DESC;");

        using var store = temp.Open();
        var seen = new List<string>();
        var unordered = store.ScanShownEntitiesUnordered(e =>
        {
            seen.Add(e.Id);
            return e.Id;
        });

        Assert.Equal(store.ScanEntities(e => e.Id), unordered);
        Assert.Equal(CorpusTimeline.Entities(store).Select(e => e.Id), unordered);
        // The rows come in the order they were stored, not the resolver's: the sort is what the test checks.
        Assert.NotEqual(unordered, seen);
        Assert.Equal(unordered.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_entity_key_row_carries_its_event_s_first_day_also_after_the_schema_step_that_adds_it()
    {
        using var temp = new TempStore();
        IndexedSamples(temp).Dispose();

        List<(int? Stored, int? OfSortKey)> Days()
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={temp.Path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT k.day, e.sort_key FROM corpus_event_keys AS k JOIN corpus_events AS e ON e.id = k.event_id ORDER BY k.entity_key, k.event_id;";
            using var reader = command.ExecuteReader();
            var days = new List<(int?, int?)>();
            while (reader.Read())
            {
                days.Add((reader.IsDBNull(0) ? null : reader.GetInt32(0), EventOrder.Day(reader.GetString(1))));
            }

            return days;
        }

        var written = Days();
        Assert.Contains(written, d => d.Stored is null);
        Assert.Contains(written, d => d.Stored is not null);
        Assert.All(written, d => Assert.Equal(d.OfSortKey, d.Stored));

        // A store of the step before: the step fills the days from the events' sort keys.
        temp.Execute("UPDATE corpus_event_keys SET day = -1; PRAGMA user_version = 9;");

        temp.Open().Dispose();
        Assert.Equal(written, Days());
    }

    [Fact]
    public void Views_read_each_entity_as_its_whole_json_shows_it()
    {
        using var temp = new TempStore();
        using var store = IndexedSamples(temp);
        var documentIds = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shown(string json) => JsonOutput.Serialize(TimelineBuilder.ToOutput(ShownEntities.Parse(json), documentIds));

        var whole = store.ReadEntities(null).ToDictionary(e => e.Id, e => e.Json, StringComparer.Ordinal);
        var shown = store.ScanShownEntities(e => e);
        Assert.Equal(whole.Keys.Order(StringComparer.Ordinal), shown.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Contains(whole.Values, json => json.Contains("\"mergeEvidence\":[{", StringComparison.Ordinal));
        Assert.All(shown, e =>
        {
            Assert.DoesNotContain("mergeEvidence", e.Json, StringComparison.Ordinal);
            Assert.True(e.Json.Length < whole[e.Id].Length);
            Assert.Equal(Shown(whole[e.Id]), Shown(e.Json));
        });
        var ids = whole.Keys.Order(StringComparer.Ordinal).Take(5).ToList();
        Assert.Equal(store.ReadEntities(ids).Select(e => Shown(e.Json)), store.ReadShownEntities(ids, json => Shown(System.Text.Encoding.UTF8.GetString(json))));
    }

    [Fact]
    public void The_index_keeps_every_article_s_place_in_the_document_order()
    {
        using var temp = new TempStore();
        using var store = IndexedSamples(temp);

        var timeline = TimelineBuilder.BuildWithFusion(store).Timeline;
        var numbers = store.ReadDocumentNumbers(timeline.Documents.Select(d => d.ArticleId).ToList());
        Assert.Equal(timeline.Documents.Select(d => d.Id), timeline.Documents.Select(d => $"d{numbers[d.ArticleId]}"));
    }

    [Fact]
    public void A_store_indexed_without_the_document_order_gets_it_from_its_first_entity_timeline()
    {
        using var temp = new TempStore();
        using var store = IndexedSamples(temp);
        var ids = store.ListDocuments().Select(d => d.Id).ToList();
        ClearDocumentOrder(temp);

        Assert.Empty(store.ReadDocumentNumbers(ids));
        AssertIndexMatchesScratch(store);
        Assert.Equal(ids.Count, store.ReadDocumentNumbers(ids).Count);
    }

    [Fact]
    public void An_entity_profile_of_a_store_without_the_document_order_writes_it_and_numbers_as_the_timeline()
    {
        // The profile reads the entity's documents on a read-only side handle: the order must still be written.
        using var temp = new TempStore();
        using var store = IndexedSamples(temp);
        var ids = store.ListDocuments().Select(d => d.Id).ToList();
        ClearDocumentOrder(temp);

        var entity = store.ScanShownEntities(e => (ShownEntities.Parse(e.Json).Name, e.Mentions)).MaxBy(e => e.Mentions).Name;
        var profile = EntityProfile.Find(store, entity)!;

        Assert.Equal(ids.Count, store.ReadDocumentNumbers(ids).Count);
        var numbered = TimelineBuilder.BuildWithFusion(store).Timeline.Documents.ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);
        Assert.NotEmpty(profile.Page.Documents);
        Assert.All(profile.Page.Documents, d => Assert.Equal(numbered[d.ArticleId], d.Id));
    }

    /// <summary>Drops the stored document order behind the store's back, as a store indexed before it was kept.</summary>
    private static void ClearDocumentOrder(TempStore temp)
    {
        using var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={temp.Path};Pooling=False");
        raw.Open();
        using var clear = raw.CreateCommand();
        clear.CommandText = "DELETE FROM corpus_documents;";
        clear.ExecuteNonQuery();
    }

    [Fact]
    public void Storing_the_document_order_again_moves_places_and_drops_articles_no_longer_in_it()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        store.WriteDocumentOrder(["a", "b", "c"]);
        store.WriteDocumentOrder(["c", "a"]);

        var numbers = store.ReadDocumentNumbers(["a", "b", "c"]);
        Assert.Equal(2, numbers.Count);
        Assert.Equal(1, numbers["c"]);
        Assert.Equal(2, numbers["a"]);
    }

    [Fact]
    public void Many_wanted_places_are_read_by_a_scan_of_the_order_with_the_same_answer()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        // Past 4,096 wanted ids, at least an eighth of the order, the store scans the whole order: ids of every
        // length (one longer than the scan's buffer), non-ASCII ones, and wanted ids it does not hold.
        var order = Enumerable.Range(0, 7000).Select(i => i switch
        {
            6 => new string('x', 300),
            9 => "caf\u00e9-\u0436-" + i,
            _ => $"article-{i:x8}",
        }).ToList();
        store.WriteDocumentOrder(order);
        var wanted = order.Where((_, i) => i % 3 != 1).Append("not-stored").Append(new string('y', 300)).ToList();

        var numbers = store.ReadDocumentNumbers(wanted);

        Assert.Equal(wanted.Count - 2, numbers.Count);
        Assert.All(order.Select((id, i) => (id, i)).Where(x => x.i % 3 != 1), x => Assert.Equal(x.i + 1, numbers[x.id]));
        Assert.Equal(7, numbers[new string('x', 300)]);
        Assert.Equal(10, numbers[order[9]]);
        Assert.False(numbers.ContainsKey("not-stored"));
    }

    [Fact]
    public void Samples_added_in_two_steps_give_the_index_of_adding_them_at_once()
    {
        var inputs = CorpusStores.Inputs(Samples);
        using var whole = new TempStore();
        using var parts = new TempStore();
        using var wholeStore = whole.Open();
        using var partStore = parts.Open();
        CorpusStores.Ingest(wholeStore, inputs);
        CorpusStores.Ingest(partStore, inputs.Where((_, i) => i % 2 == 0));
        var first = CorpusIndex.Default.Update(partStore);
        CorpusStores.Ingest(partStore, inputs.Where((_, i) => i % 2 == 1));
        var second = CorpusIndex.Default.Update(partStore);

        Assert.True(first.NewArticles > 0);
        Assert.True(second.NewArticles > 0);
        Assert.Equal(wholeStore.Count, partStore.Count);
        Assert.Equal(Json(TimelineBuilder.Build(wholeStore)), Json(TimelineBuilder.Build(partStore)));
        foreach (var name in EntityNames(wholeStore))
        {
            var filter = new TimelineFilter { Entity = name };
            Assert.Equal(Json(TimelineBuilder.Build(wholeStore, filter)), Json(TimelineBuilder.Build(partStore, filter)));
        }
    }

    [Fact]
    public void A_store_indexed_before_schema_step_7_counts_event_numbers_and_reads_heads_from_its_events_once_opened()
    {
        using var temp = new TempStore();
        string whole;
        string ofEntity;
        var name = "";
        string limited;
        var limit = new TimelineFilter { Limit = 10 };
        using (var store = IndexedSamples(temp))
        {
            whole = Json(CorpusTimeline.Build(store));
            limited = Json(CorpusTimeline.Build(store, limit));
            name = EntityNames(store)[0];
            ofEntity = Json(CorpusTimeline.Build(store, new TimelineFilter { Entity = name }));
        }

        // The schema before the day counts: the step that adds them fills them from the stored events (and
        // step 8 adds its indexes again).
        temp.Execute("DROP TABLE corpus_event_days; DROP INDEX corpus_articles_ids; DROP TABLE corpus_event_heads; DROP INDEX articles_summaries; DROP INDEX corpus_articles_refined; DROP TABLE corpus_event_shown; DROP TABLE corpus_pending; PRAGMA user_version = 6;");

        using var reopened = temp.Open();
        Assert.Equal(whole, Json(CorpusTimeline.Build(reopened)));
        Assert.Equal(ofEntity, Json(CorpusTimeline.Build(reopened, new TimelineFilter { Entity = name })));
        Assert.Equal(limited, Json(CorpusTimeline.Build(reopened, limit))); // heads from the events' whole JSON
    }

    [Fact]
    public void An_index_that_is_up_to_date_is_left_alone()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        CorpusStores.Ingest(store, CorpusStores.Inputs(Samples).Take(3));
        var first = CorpusIndex.Default.Update(store);
        var again = CorpusIndex.Default.Update(store);

        Assert.True(first.EventsWritten > 0);
        Assert.Same(CorpusIndexUpdate.UpToDate, again);
        Assert.True(CorpusIndex.IsUpToDate(store));
    }

    [SkippableFact]
    public void Seeds_in_two_steps_match_the_timeline_from_scratch()
    {
        SharedData.SkipIfAbsent();
        var inputs = CorpusStores.Inputs(SharedData.Path("seeds"));
        using var temp = new TempStore();
        using var store = temp.Open();
        CorpusStores.Ingest(store, inputs.Take(inputs.Count / 2));
        CorpusIndex.Default.Update(store);
        CorpusStores.Ingest(store, inputs.Skip(inputs.Count / 2));
        AssertIndexMatchesScratch(store);
    }

    [Fact]
    public void A_varied_corpus_added_in_two_steps_matches_the_timeline_from_scratch()
    {
        // Variants of the samples (years shifted, names swapped, paragraphs reordered) share their
        // participants across many articles, as a real archive does, and some lack a date line.
        var variator = new CorpusVariator(BenchSources.Interleave(BenchSources.Load([Samples])));
        var runner = new IngestRunner(new ArticleReader(), new ArticleAnalyzer());
        using var temp = new TempStore();
        using var store = temp.Open();
        runner.RunArticles(variator.Generate(40), store, _ => { });
        var first = CorpusIndex.Default.Update(store);
        runner.RunArticles(variator.Generate(12, 40), store, _ => { });
        var second = CorpusIndex.Default.Update(store);

        Assert.Equal(52, store.Count);
        Assert.True(first.BlocksFused > 1);
        Assert.True(second.MentionsFused < first.MentionsFused + second.NewMentions);
        AssertIndexMatchesScratch(store);
    }

    [Fact]
    public void Entities_after_each_addition_equal_a_resolution_from_scratch()
    {
        // Each addition resolves again only the name blocks its articles reach and keeps the other
        // stored entities: what is stored must still be what resolving every article gives.
        var variator = new CorpusVariator(BenchSources.Interleave(BenchSources.Load([Samples])));
        var runner = new IngestRunner(new ArticleReader(), new ArticleAnalyzer());
        using var temp = new TempStore();
        using var store = temp.Open();
        runner.RunArticles(variator.Generate(20), store, _ => { });
        CorpusIndex.Default.Update(store);
        foreach (var (count, start) in new[] { (8, 20), (1, 28), (10, 29) })
        {
            runner.RunArticles(variator.Generate(count, start), store, _ => { });
            Assert.Equal(count, CorpusIndex.Default.Update(store).NewArticles);
            var scratch = CorpusEntities.Resolve(store).Select(AnnotationLayers.Serialize).ToList();
            Assert.Equal(scratch, store.ReadEntities(null).Select(e => e.Json).ToList());
        }
    }

    [Fact]
    public void Additions_give_the_timeline_json_of_a_store_indexed_from_scratch()
    {
        // Each addition re-dates only the undated articles whose constraints changed and reuses the
        // stored constraints of blocks it did not touch: the timeline must still be, byte for byte, the
        // one of the same articles indexed at once.
        using var added = new TempStore();
        using var scratch = new TempStore();
        using var addedStore = added.Open();
        using var scratchStore = scratch.Open();
        var updates = IndexInSteps(addedStore, 30, (6, 30), (1, 36), (9, 37));
        Ingest(scratchStore, 46);
        var undated = scratchStore.ListDocuments().Count(d => d.PublishedEvidence != Model.DateEvidence.Explicit);

        Assert.Equal(Json(CorpusTimeline.Build(scratchStore)), Json(CorpusTimeline.Build(addedStore)));
        Assert.True(undated > 0);
        Assert.Contains(updates, u => u.Redated < undated);
        foreach (var name in EntityNames(scratchStore))
        {
            var filter = new TimelineFilter { Entity = name };
            Assert.Equal(Json(CorpusTimeline.Build(scratchStore, filter)), Json(CorpusTimeline.Build(addedStore, filter)));
        }
    }

    [Fact]
    public void Additions_keep_unchanged_events_and_store_what_a_build_from_scratch_stores()
    {
        // A block fused again keeps its old number, and the events that come out as stored are not
        // written again: the rows left must still be, event for event, those of an index built at once.
        using var added = new TempStore();
        using var scratch = new TempStore();
        using var addedStore = added.Open();
        using var scratchStore = scratch.Open();
        var updates = IndexInSteps(addedStore, 30, (5, 30), (1, 35));
        Ingest(scratchStore, 36);
        CorpusIndex.Default.Update(scratchStore);

        Assert.Contains(updates, u => u.EventsKept > 0);
        Assert.Equal(StoredEvents(scratchStore), StoredEvents(addedStore));
        Assert.Equal(StoredMentions(scratchStore), StoredMentions(addedStore));
        Assert.Equal(Json(CorpusTimeline.Build(scratchStore)), Json(CorpusTimeline.Build(addedStore)));
    }

    private static void Ingest(SqliteArticleStore store, int count) => VariedSamples.Ingest(store, count);

    private static List<CorpusIndexUpdate> IndexInSteps(SqliteArticleStore store, int first, params (int Count, int Start)[] steps) =>
        VariedSamples.IndexInSteps(store, CorpusIndex.Default, CorpusIndex.Default, first, steps);

    private static CorpusVariator Variator() => VariedSamples.Variator();

    private static List<string> StoredEvents(SqliteArticleStore store) => VariedSamples.StoredEvents(store);

    /// <summary>A store of the samples with the index built.</summary>
    private static SqliteArticleStore IndexedSamples(TempStore temp)
    {
        var store = temp.Open();
        CorpusStores.Ingest(store, CorpusStores.Inputs(Samples));
        CorpusIndex.Default.Update(store);
        return store;
    }

    /// <summary>Every stored mention's article, index and links (block numbers aside).</summary>
    private static List<string> StoredMentions(SqliteArticleStore store) =>
        store.ReadMentionLinks().Select(m => $"{m.ArticleId}\t{m.Index}\t{m.Link}").ToList();

    /// <summary>The full timeline, and the timeline of each of the most mentioned entities (by canonical name and by alias), from the index and from scratch.</summary>
    private static void AssertIndexMatchesScratch(SqliteArticleStore store)
    {
        Assert.Equal(Json(TimelineBuilder.BuildWithFusion(store).Timeline), Json(CorpusTimeline.Build(store)));
        var names = EntityNames(store);
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            var filter = new TimelineFilter { Entity = name };
            var scratch = TimelineBuilder.BuildWithFusion(store, filter).Timeline;
            Assert.Equal(Json(scratch), Json(CorpusTimeline.Build(store, filter)));
        }

        var missing = new TimelineFilter { Entity = "Nobody Ofthisname" };
        Assert.Equal(Json(TimelineBuilder.BuildWithFusion(store, missing).Timeline), Json(CorpusTimeline.Build(store, missing)));

        // Spellings the corpus never used find the closest entity, from the alias index as from scratch.
        var found = 0;
        foreach (var misspelt in names.Take(3).Select(Misspelt))
        {
            var filter = new TimelineFilter { Entity = misspelt };
            var scratch = TimelineBuilder.BuildWithFusion(store, filter).Timeline;
            Assert.Equal(Json(scratch), Json(CorpusTimeline.Build(store, filter)));
            found += scratch.Entities.Count > 0 ? 1 : 0;
        }

        Assert.True(found > 0, "no misspelt name found its entity");
    }

    /// <summary>The name with the last letter of its longest word doubled ("Halden" as "Haldenn").</summary>
    private static string Misspelt(string name)
    {
        var words = name.Split(' ');
        var longest = Array.IndexOf(words, words.MaxBy(w => w.Length));
        words[longest] += words[longest][^1];
        return string.Join(' ', words);
    }

    private static List<string> EntityNames(SqliteArticleStore store)
    {
        var entities = TimelineBuilder.BuildWithFusion(store).Timeline.Entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).Take(8).ToList();
        return entities.Select(e => e.Name).Concat(entities.SelectMany(e => e.Aliases).Take(4)).ToList();
    }

    private static string Json(TimelineOutput timeline) => JsonOutput.Serialize(timeline);
}
