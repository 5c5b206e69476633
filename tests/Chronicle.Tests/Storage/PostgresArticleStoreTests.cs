using Chronicle.Model;
using Chronicle.Storage;
using Chronicle.Storage.Postgres;

namespace Chronicle.Tests.Storage;

/// <summary>The store contract against a real PostgreSQL server, plus what only a server store has: a schema table, concurrent writers.</summary>
public sealed class PostgresArticleStoreTests : ArticleStoreContract
{
    private readonly PostgresTestDatabase database = new();

    public override void Dispose() => database.Dispose();

    protected override IArticleStore Open() => PostgresArticleStore.Open(database.Url);

    protected override void FailInsertsTitled(string title) => database.Execute($"""
        CREATE FUNCTION fail_poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'write failed'; END $$;
        CREATE TRIGGER fail_poison BEFORE INSERT ON articles FOR EACH ROW WHEN (NEW.title = '{title}') EXECUTE FUNCTION fail_poison();
        """);

    [SkippableFact]
    public void Records_each_applied_migration_and_refuses_a_newer_schema()
    {
        using (Open())
        {
        }

        database.Execute("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future');");

        var error = Assert.Throws<StoreSchemaException>(() => Open());
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Many_processes_opening_a_fresh_database_migrate_it_once()
    {
        var url = database.Url;
        var stores = Enumerable.Range(0, 6).AsParallel().WithDegreeOfParallelism(6).Select(_ => PostgresArticleStore.Open(url)).ToList();
        try
        {
            Assert.All(stores, s => Assert.Equal(0, s.Count));
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }

        using var store = Open();
        Assert.Equal(StoreStatus.Added, store.AddBatch([TempStore.Article(Flood)]).Single().Status);
    }

    [SkippableFact]
    public void Concurrent_writers_store_each_article_once_with_every_origin()
    {
        // Four writers, each with its own store (as separate processes would have), get overlapping parts
        // of one corpus in different orders and small batches, so that their transactions interleave and race.
        const int writers = 4;
        var texts = Enumerable.Range(0, 60).Select(n => $"Report {n}: the ferry line {n % 7} resumed service after {n + 2} days. Passengers waited at pier {n % 5}.").ToList();
        var parts = Enumerable.Range(0, writers).Select(w =>
            texts.Select((text, n) => (text, n))
                .Where(x => x.n % writers == w || x.n % 3 == 0)
                .Select(x => TempStore.Article(x.text, origin: $"worker{w}/{x.n}.txt"))
                .OrderBy(a => (a.Id.GetHashCode(StringComparison.Ordinal) * (w + 1)) % 97)
                .ToList()).ToList();
        var url = database.Url;

        var outcomes = parts.AsParallel().WithDegreeOfParallelism(writers).Select(part =>
        {
            using var store = PostgresArticleStore.Open(url);
            return part.Chunk(5).SelectMany(batch => store.AddBatch(batch)).ToList();
        }).SelectMany(o => o).ToList();

        using var reader = Open();
        Assert.Equal(texts.Count, reader.Count);
        Assert.Equal(texts.Count, outcomes.Count(o => o.Status == StoreStatus.Added));
        Assert.Equal(parts.Sum(p => p.Count) - texts.Count, outcomes.Count(o => o.Status == StoreStatus.Duplicate));
        foreach (var group in parts.SelectMany(p => p).GroupBy(a => a.Id))
        {
            Assert.Equal(group.Select(a => a.Origin).Order(StringComparer.Ordinal), reader.GetOrigins(group.Key));
            Assert.Equal(group.First().Sentences.Count, reader.GetArticle(group.Key)!.Sentences.Count);
        }

        Assert.Equal(texts.Count, reader.Search("ferry", 1000).Select(h => h.ArticleId).Distinct().Count());
    }

    [SkippableFact]
    public void Rejects_text_that_postgresql_cannot_hold_without_costing_the_batch()
    {
        using var store = Open();
        var nul = TempStore.Article(Strike) with { Title = "bad\0title" };
        var surrogate = TempStore.Article(Flood) with { Author = "\uD800" };

        var outcomes = store.AddBatch([nul, TempStore.Article(Budget), surrogate]);

        Assert.Equal([StoreStatus.Rejected, StoreStatus.Added, StoreStatus.Rejected], outcomes.Select(o => o.Status));
        Assert.Empty(store.ResolveIds("ab\0"));
        Assert.Empty(store.GetOrigins("\0"));
        Assert.Empty(store.ReadLayer("\uDC00"));
    }

    [SkippableFact]
    public void Ranks_sentences_with_more_matches_first()
    {
        using var store = Open();
        var once = TempStore.Article("The harbour opened at noon.");
        var twice = TempStore.Article("Harbour staff said the harbour would stay open.");
        store.AddBatch([once, twice]);

        var hits = store.Search("harbour", 10);

        Assert.Equal([twice.Id, once.Id], hits.Select(h => h.ArticleId));
        Assert.True(hits[0].Rank < hits[1].Rank);
    }

    [SkippableFact]
    public void Long_sentences_give_a_cut_snippet_with_ellipses()
    {
        var text = string.Join(' ', Enumerable.Range(0, 40).Select(n => "word" + n)) + " lighthouse " + string.Join(' ', Enumerable.Range(40, 40).Select(n => "word" + n)) + ".";
        using var store = Open();
        store.AddBatch([TempStore.Article(text)]);

        var snippet = store.Search("lighthouse", 10, new SearchOptions("<", ">", "...", 10)).Single().Snippet;

        Assert.Contains("<lighthouse>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("...", snippet, StringComparison.Ordinal);
        Assert.EndsWith("...", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < text.Length / 2);
    }
}
