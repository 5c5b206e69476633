using Chronicle.Corpus;
using Chronicle.Entities.Resolution;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Pipeline;
using Chronicle.Reading;
using Chronicle.Rendering;
using Chronicle.Storage;
using Chronicle.Storage.Postgres;
using Chronicle.Tests.Corpus;
using Chronicle.Timeline;

namespace Chronicle.Tests.Storage;

/// <summary>
/// The cross-article index on a real PostgreSQL server gives the bytes the SQLite store's gives, after a
/// build, an append and concurrent updates, and on a database written before the index's tables.
/// </summary>
public sealed class PostgresCorpusIndexTests : IDisposable
{
    private static readonly string Samples = System.IO.Path.Combine(SharedData.RepoRoot, "samples");

    /// <summary>Appends whenever the new articles are at most as many as the indexed ones (the default waits for a large index).</summary>
    private static readonly CorpusIndex Appending = new(EventFuser.Default, EntityResolver.Default, EventOntology.Default, new CorpusIndexPolicy(1, 1.0));

    private readonly PostgresTestDatabase database = new();
    private readonly TempStore sqlite = new();

    public void Dispose()
    {
        sqlite.Dispose();
        database.Dispose();
    }

    [SkippableFact]
    public void The_samples_index_gives_the_sqlite_store_s_timelines_and_entities()
    {
        using var postgres = PostgresArticleStore.Open(database.Url);
        using var reference = sqlite.Open();
        IngestSamples(postgres);
        IngestSamples(reference);

        AssertSameIndex(reference, postgres);
        Assert.True(CorpusIndex.IsUpToDate(postgres));
        Assert.Equal(CorpusIndexUpdate.UpToDate, CorpusIndex.Default.Update(postgres));
    }

    [SkippableFact]
    public void Articles_appended_later_give_the_sqlite_store_s_index_and_so_does_the_exact_update_after_them()
    {
        using var postgres = PostgresArticleStore.Open(database.Url);
        using var reference = sqlite.Open();
        foreach (var store in new ICorpusIndexStore[] { postgres, reference })
        {
            var variator = VariedSamples.Variator();
            Runner().RunArticles(variator.Generate(30), store, _ => { });
            Appending.Update(store);
            Runner().RunArticles(variator.Generate(8, 30), store, _ => { });
            Assert.True(Appending.Update(store).Appended);
        }

        Assert.True(postgres.HasAppendedArticles());
        AssertSameIndex(reference, postgres);

        Assert.False(CorpusIndex.Exact.Update(postgres).Appended);
        CorpusIndex.Exact.Update(reference);
        Assert.False(postgres.HasAppendedArticles());
        AssertSameIndex(reference, postgres);
    }

    [SkippableFact]
    public void Two_processes_bringing_the_index_up_to_date_at_once_leave_one_correct_index()
    {
        using var reference = sqlite.Open();
        var variator = VariedSamples.Variator();
        var first = variator.Generate(24).ToList();
        var later = variator.Generate(10, 24).ToList();
        Runner().RunArticles(first, reference, _ => { });
        Appending.Update(reference);
        Runner().RunArticles(later, reference, _ => { });
        Appending.Update(reference);

        var url = database.Url;
        using (var store = PostgresArticleStore.Open(url))
        {
            Runner().RunArticles(first, store, _ => { });
        }

        // Each update runs in its own store (its own connections), as two commands after an ingest would:
        // the build from scratch and then the append, both raced.
        foreach (var batch in new[] { first, later })
        {
            if (batch == later)
            {
                using var store = PostgresArticleStore.Open(url);
                Runner().RunArticles(later, store, _ => { });
            }

            using var start = new Barrier(2);
            var updates = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            {
                using var store = PostgresArticleStore.Open(url);
                start.SignalAndWait();
                return Appending.Update(store);
            })).ToArray();
            Task.WaitAll(updates);
            Assert.Single(updates, u => u.Result != CorpusIndexUpdate.UpToDate);
        }

        using var postgres = PostgresArticleStore.Open(url);
        AssertSameIndex(reference, postgres);
        Assert.Equal(reference.ReadMentionLinks().Count, postgres.ReadMentionLinks().Count);
    }

    [SkippableFact]
    public void An_update_worked_out_before_another_process_indexed_is_refused_whole()
    {
        using var postgres = PostgresArticleStore.Open(database.Url);
        IngestSamples(postgres);
        var before = postgres.CountIndexedArticles();
        CorpusIndex.Default.Update(postgres);
        var events = postgres.ScanEvents((row, _, _) => row).Count;

        var stale = new CorpusIndexWrite(
            [],
            [new KeyValuePair<string, string>("no-such-article", "{}")],
            [],
            [new NewStoredEvent(postgres.NextBlockId(), "99999999\u0001x", "{}", ["E1"])],
            null)
        {
            ExpectedIndexedArticles = before,
        };

        Assert.Throws<IndexMovedException>(() => postgres.WriteCorpusIndex(stale));
        Assert.Equal(postgres.Count, postgres.CountIndexedArticles());
        Assert.Equal(events, postgres.ScanEvents((row, _, _) => row).Count);
    }

    [SkippableFact]
    public void A_database_written_before_the_index_s_tables_gets_them_and_its_index()
    {
        using (var old = PostgresArticleStore.Open(database.Url))
        {
            IngestSamples(old);
        }

        // What a Chronicle before schema step 3 left: the articles, and no index tables.
        database.Execute("""
            DROP TABLE corpus_articles, corpus_mentions, corpus_events, corpus_event_keys, corpus_event_heads, corpus_event_days,
                corpus_entities, corpus_aliases, corpus_refined, corpus_documents, corpus_event_shown, corpus_pending;
            DELETE FROM schema_migrations WHERE version >= 3;
            """);

        using var postgres = PostgresArticleStore.Open(database.Url);
        using var reference = sqlite.Open();
        IngestSamples(reference);
        Assert.Equal(0, postgres.CountIndexedArticles());
        Assert.Equal(reference.ListUnindexedArticles(), postgres.ListUnindexedArticles());
        AssertSameIndex(reference, postgres);
    }

    [SkippableFact]
    public void A_database_indexed_before_the_events_shown_forms_gets_them_from_its_next_update()
    {
        using (var old = PostgresArticleStore.Open(database.Url))
        {
            IngestSamples(old);
            CorpusIndex.Default.Update(old);
        }

        // What a Chronicle before schema step 4 left: an index without its events' shown forms.
        database.Execute("""
            DROP TABLE corpus_event_shown, corpus_pending;
            DELETE FROM schema_migrations WHERE version >= 4;
            """);

        using var postgres = PostgresArticleStore.Open(database.Url);
        var events = postgres.ReadEvents(null).Count;
        Assert.Equal(events, postgres.ReadEventsWithoutShown(0, int.MaxValue).Count);
        using var reference = sqlite.Open();
        IngestSamples(reference);
        AssertSameIndex(reference, postgres);
        Assert.Empty(postgres.ReadEventsWithoutShown(0, int.MaxValue));
    }

    private static IngestRunner Runner() => new(new ArticleReader(), new ArticleAnalyzer());

    private static void IngestSamples(IArticleStore store) =>
        Runner().Run(InputExpander.Expand([Samples]).ToList(), store, _ => { }, null);

    /// <summary>The whole timeline, a filtered one, entity timelines and the entity list read the same from both stores (the first read builds each index).</summary>
    private static void AssertSameIndex(ICorpusIndexStore expected, ICorpusIndexStore actual)
    {
        Assert.Equal(Whole(expected), Whole(actual));
        foreach (var filter in new[] { new TimelineFilter { Limit = 5 }, new TimelineFilter { From = new DateOnly(2019, 1, 1), To = new DateOnly(2021, 12, 31) } })
        {
            Assert.Equal(JsonOutput.Serialize(CorpusTimeline.Build(expected, filter)), JsonOutput.Serialize(CorpusTimeline.Build(actual, filter)));
        }

        var entities = CorpusTimeline.Entities(expected);
        Assert.Equal(entities.Select(JsonOutput.Serialize), CorpusTimeline.Entities(actual).Select(JsonOutput.Serialize));
        var names = entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).Take(6).Select(e => e.Name).Append("Nobody Ofthisname");
        foreach (var name in names)
        {
            var filter = new TimelineFilter { Entity = name };
            Assert.Equal(JsonOutput.Serialize(CorpusTimeline.Build(expected, filter)), JsonOutput.Serialize(CorpusTimeline.Build(actual, filter)));
        }

        Assert.Equal(expected.ReadAliases(), actual.ReadAliases());
        Assert.Equal(expected.ReadDocumentOrder(), actual.ReadDocumentOrder());
        Assert.Equal(StoredEvents(expected), StoredEvents(actual));
    }

    /// <summary>Every stored event's sort key and JSON, in order (block numbers and row ids aside).</summary>
    private static List<string> StoredEvents(ICorpusIndexStore store) =>
        store.ReadBlockEvents(store.ReadMentionLinks().Select(m => m.Block).Distinct().ToList())
            .Select(e => e.SortKey + "\t" + e.Json).Order(StringComparer.Ordinal).ToList();

    private static string Whole(ICorpusIndexStore store)
    {
        var written = new StringWriter();
        WholeTimelineWriter.Write(store, written);
        return written.ToString();
    }
}
