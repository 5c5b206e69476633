using System.Data.Common;
using Chronicle.Model;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>
/// What every <see cref="IArticleStore"/> must do, whatever the database: each store's test class derives
/// from this one and says only how to open its store (SQLite: a temporary file; PostgreSQL: a fresh
/// database on the test server).
/// </summary>
public abstract class ArticleStoreContract : IDisposable
{
    protected const string Flood = "River Levels Fall\n\nThe river fell below the flood mark on Tuesday. Residents of Kelby returned home.";
    protected const string Budget = "The council approved a budget of $4.5 million. Critics said the roads were ignored.";
    protected const string Strike = "Dock workers began a strike at dawn. The port authority called it unlawful.";

    public abstract void Dispose();

    /// <summary>Opens (again) the store under test; every call opens the same store.</summary>
    protected abstract IArticleStore Open();

    /// <summary>Makes the database fail any insert of an article with this title, as a full disk would.</summary>
    protected abstract void FailInsertsTitled(string title);

    [SkippableFact]
    public void Adds_articles_and_reports_duplicates()
    {
        using var store = Open();
        var outcomes = store.AddBatch([TempStore.Article(Flood), TempStore.Article(Budget), TempStore.Article(Flood, "inbox/copy.txt")]);

        Assert.Equal([StoreStatus.Added, StoreStatus.Added, StoreStatus.Duplicate], outcomes.Select(o => o.Status));
        Assert.Equal(2, store.Count);
    }

    [SkippableFact]
    public void Adding_the_same_batch_again_changes_nothing()
    {
        using var store = Open();
        Article[] batch = [TempStore.Article(Flood), TempStore.Article(Budget)];
        store.AddBatch(batch);
        var before = store.ListDocuments();

        var again = store.AddBatch(batch);

        Assert.All(again, o => Assert.Equal(StoreStatus.Duplicate, o.Status));
        Assert.Equal(before, store.ListDocuments());
        Assert.Equal(["inbox/a.txt"], store.GetOrigins(batch[0].Id));
    }

    [SkippableFact]
    public void Records_every_origin_of_a_duplicate()
    {
        using var store = Open();
        var first = TempStore.Article(Flood, "feeds/one.xml");
        store.AddBatch([first]);
        var outcome = store.AddBatch([TempStore.Article(Flood, "archive/two.html")]).Single();

        Assert.Equal(StoreStatus.Duplicate, outcome.Status);
        Assert.Equal(["archive/two.html", "feeds/one.xml"], store.GetOrigins(first.Id));
        Assert.Equal("feeds/one.xml", store.GetArticle(first.Id)!.Origin);
    }

    [SkippableFact]
    public void Round_trips_every_field()
    {
        using var store = Open();
        var text = "Quay Collapse Injures Two\n\nPart of the old quay gave way at 6 a.m. on Sunday. Two fishermen were hurt.";
        var original = new Article(
            ArticleIdentity.ComputeId(text),
            "harbour/quay.html",
            ArticleFormat.Html,
            "Quay Collapse Injures Two",
            "The Harbour Gazette",
            "Ines Marlow",
            "https://gazette.example/quay",
            text,
            [new Zone(ZoneKind.Headline, new Span(0, 25), 3), new Zone(ZoneKind.Body, new Span(27, text.Length), 7)],
            [new RemovedText(1, "Home | News | Sport", "navigation"), new RemovedText(9, "Share this \u201Cstory\u201D", "share-widget")],
            new PublicationDate(new DateOnly(2031, 4, 6), DateEvidence.Inferred, new DateOnly(2031, 4, 5), new DateOnly(2031, 4, 7), "on Sunday", "body"),
            Chronicle.Segmentation.Segmenter.Default.Segment(text, [new Zone(ZoneKind.Headline, new Span(0, 25), 3), new Zone(ZoneKind.Body, new Span(27, text.Length), 7)]))
        {
            Warnings = ["decoded as Windows-1252", "a second warning"],
        };

        store.AddBatch([original]);
        var loaded = store.GetArticle(original.Id);

        Assert.NotNull(loaded);
        AssertSameArticle(original, loaded);
    }

    [SkippableFact]
    public void Round_trips_an_article_with_no_sentences_and_a_sentence_with_no_tokens()
    {
        using var store = Open();
        var empty = new Article("00aa", "x", ArticleFormat.Json, null, null, null, null, "", [], [], PublicationDate.Unknown, []);
        var tokenless = new Article("00bb", "y", ArticleFormat.Text, null, null, null, null, "   ", [], [], PublicationDate.Unknown, [new Sentence(0, new Span(1, 1), [])]);

        store.AddBatch([empty, tokenless]);

        AssertSameArticle(empty, store.GetArticle("00aa")!);
        AssertSameArticle(tokenless, store.GetArticle("00bb")!);
    }

    [SkippableFact]
    public void Lists_documents_by_date_then_id_with_unknown_dates_last()
    {
        using var store = Open();
        var late = TempStore.Article(Strike, published: new DateOnly(2030, 5, 2), title: "Strike");
        var early = TempStore.Article(Budget, published: new DateOnly(2030, 1, 9));
        var undated = TempStore.Article(Flood);
        store.AddBatch([undated, late, early]);

        var documents = store.ListDocuments();

        Assert.Equal([early.Id, late.Id, undated.Id], documents.Select(d => d.Id));
        Assert.Equal(new DateOnly(2030, 5, 2), documents[1].Published);
        Assert.Equal(DateEvidence.Explicit, documents[1].PublishedEvidence);
        Assert.Equal("Strike", documents[1].Title);
        Assert.Equal(late.Sentences.Count, documents[1].SentenceCount);
        Assert.Null(documents[2].Published);
        Assert.Equal(DateEvidence.Unknown, documents[2].PublishedEvidence);
    }

    [SkippableFact]
    public void Resolves_unique_prefixes_and_reports_ambiguity()
    {
        using var store = Open();
        Article[] articles = [Make("abc123"), Make("abc456"), Make("abd789")];
        store.AddBatch(articles);

        Assert.Equal(["abc123", "abc456"], store.ResolveIds("abc"));
        Assert.Equal(["abd789"], store.ResolveIds("abd"));
        Assert.Equal(["abc123"], store.ResolveIds("abc123"));
        Assert.Empty(store.ResolveIds("zz"));
        Assert.Empty(store.ResolveIds(""));
        Assert.Null(store.GetArticle("abc"));
        Assert.Equal("abd789", store.GetArticle("abd")!.Id);

        static Article Make(string id) =>
            new(id, id + ".txt", ArticleFormat.Text, null, null, null, null, "Text " + id + ".", [], [], PublicationDate.Unknown, []);
    }

    [SkippableFact]
    public void Searches_sentences_with_marked_snippets_best_first()
    {
        using var store = Open();
        store.AddBatch([TempStore.Article(Flood), TempStore.Article(Budget), TempStore.Article(Strike)]);

        var hits = store.Search("roads", 10);

        var hit = Assert.Single(hits);
        Assert.Equal(ArticleIdentity.ComputeId(Budget), hit.ArticleId);
        Assert.Equal(1, hit.SentenceIndex);
        Assert.Equal("Critics said the [roads] were ignored.", hit.Snippet);
        Assert.Equal("Critics said the roads were ignored.", Budget[hit.SentenceSpan.Start..hit.SentenceSpan.End]);
    }

    [SkippableFact]
    public void Searches_phrases_prefixes_alternatives_and_custom_markers()
    {
        using var store = Open();
        store.AddBatch([TempStore.Article(Flood), TempStore.Article(Budget), TempStore.Article(Strike)]);

        Assert.Single(store.Search("\"flood mark\"", 10));
        Assert.Empty(store.Search("\"mark flood\"", 10));
        Assert.Equal(2, store.Search("port OR council", 10).Count);
        Assert.Equal("Dock workers began a <<strike>> at dawn.", store.Search("stri*", 10, new SearchOptions("<<", ">>")).Single().Snippet);
    }

    [SkippableTheory]
    [InlineData("\"")]
    [InlineData("AND (")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("NOT")]
    [InlineData("river\" OR (")]
    [InlineData("^port:")]
    [InlineData("NEAR(river fell)")]
    public void Hostile_queries_never_throw(string query)
    {
        using var store = Open();
        store.AddBatch([TempStore.Article(Flood), TempStore.Article(Strike)]);

        var hits = store.Search(query, 10);

        Assert.NotNull(hits);
    }

    [SkippableFact]
    public void Hostile_query_with_real_words_still_finds_them()
    {
        using var store = Open();
        store.AddBatch([TempStore.Article(Flood), TempStore.Article(Strike)]);

        // The headline "River Levels Fall" and the sentence "The river fell..." both hold "river".
        Assert.Equal(2, store.Search("river\" OR (", 10).Count);
        Assert.Equal(1, store.Search("(river AND fell) OR", 10).Single().SentenceIndex);
        Assert.Equal(0, store.Search("river NOT fell", 10).Single().SentenceIndex);
    }

    [SkippableFact]
    public void Search_ignores_diacritics_and_case()
    {
        using var store = Open();
        store.AddBatch([TempStore.Article("The caf\u00E9 on Main Street reopened. Everyone came.")]);

        Assert.Single(store.Search("CAFE", 10));
    }

    [SkippableFact]
    public void Rejects_an_invalid_article_but_stores_the_rest_of_its_batch()
    {
        using var store = Open();
        var valid = TempStore.Article(Budget);
        var badSpan = TempStore.Article(Strike) with { Zones = [new Zone(ZoneKind.Body, new Span(0, 10_000), 1)] };
        var badIndex = TempStore.Article(Flood) with { Sentences = [new Sentence(3, new Span(0, 5), [])] };

        var outcomes = store.AddBatch([badSpan, valid, badIndex]);

        Assert.Equal([StoreStatus.Rejected, StoreStatus.Added, StoreStatus.Rejected], outcomes.Select(o => o.Status));
        Assert.All(outcomes.Where(o => o.Status == StoreStatus.Rejected), o => Assert.False(string.IsNullOrEmpty(o.Reason)));
        Assert.Equal(1, store.Count);
    }

    [SkippableFact]
    public void Data_survives_closing_and_reopening()
    {
        var article = TempStore.Article(Flood);
        using (var store = Open())
        {
            store.AddBatch([article]);
        }

        using var reopened = Open();
        Assert.Equal(1, reopened.Count);
        AssertSameArticle(article, reopened.GetArticle(article.Id)!);
        Assert.Single(reopened.Search("residents", 10));
    }

    [SkippableFact]
    public void A_failed_batch_rolls_back_alone()
    {
        using var store = Open();
        var kept = TempStore.Article(Budget);
        store.AddBatch([kept]);

        // A trigger stands in for a write failure (disk full, I/O error) in the middle of a batch.
        FailInsertsTitled("poison");

        var good = TempStore.Article(Flood);
        var poison = TempStore.Article(Strike, title: "poison");
        Assert.ThrowsAny<DbException>(() => store.AddBatch([good, poison]));

        Assert.Equal(1, store.Count);
        Assert.NotNull(store.GetArticle(kept.Id));
        Assert.Null(store.GetArticle(good.Id));
        Assert.Empty(store.Search("river", 10));

        // The store is still usable after the failure.
        Assert.Equal(StoreStatus.Added, store.AddBatch([good]).Single().Status);
    }

    [SkippableFact]
    public void Layers_are_stored_with_the_article_and_read_back_in_id_order()
    {
        Article Layered(string text, string entities) => TempStore.Article(text) with
        {
            Layers = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["timexes"] = "[1]", ["entities"] = entities },
        };
        var a = Layered(Flood, "{\"a\":1}");
        var b = Layered(Strike, "{\"b\":\"\u00E9t\u00E9\"}");
        using (var store = Open())
        {
            store.AddBatch([a, b]);
        }

        using var reopened = Open();
        Assert.Equal("[1]", reopened.GetArticle(a.Id)!.Layers["timexes"]);
        var expected = new[] { (a.Id, "{\"a\":1}"), (b.Id, "{\"b\":\"\u00E9t\u00E9\"}") }.OrderBy(r => r.Item1, StringComparer.Ordinal);
        Assert.Equal(expected, reopened.ReadLayer("entities").ToList());
        Assert.Empty(reopened.ReadLayer("events"));
    }

    [SkippableFact]
    public void A_layer_of_more_articles_than_one_read_holds_comes_back_whole_in_id_order()
    {
        // The SQLite store reads a layer a few hundred rows at a time.
        var articles = Enumerable.Range(0, 600).Select(i => TempStore.Article($"{Flood} Report {i} from Halden.") with
        {
            Layers = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["entities"] = $"{{\"n\":{i}}}" },
        }).ToList();
        using var store = Open();
        store.AddBatch(articles);

        var rows = store.ReadLayer("entities").ToList();
        Assert.Equal(articles.Select(a => a.Id).Order(StringComparer.Ordinal), rows.Select(r => r.ArticleId));
        Assert.Equal(articles.Select(a => (a.Id, a.Layers["entities"])).OrderBy(r => r.Id, StringComparer.Ordinal), rows);
    }

    [SkippableFact]
    public void Origins_list_in_ordinal_order()
    {
        using var store = Open();
        var article = TempStore.Article(Flood, "b/x.txt");
        store.AddBatch([article, TempStore.Article(Flood, "B/x.txt"), TempStore.Article(Flood, "a/x.txt"), TempStore.Article(Flood, "_/x.txt")]);

        Assert.Equal(["B/x.txt", "_/x.txt", "a/x.txt", "b/x.txt"], store.GetOrigins(article.Id));
    }

    [SkippableFact]
    public void Copies_within_one_batch_store_the_first_and_count_the_rest_as_duplicates()
    {
        using var store = Open();
        var outcomes = store.AddBatch([TempStore.Article(Strike, "z.txt"), TempStore.Article(Budget), TempStore.Article(Strike, "a.txt")]);

        Assert.Equal([StoreStatus.Added, StoreStatus.Added, StoreStatus.Duplicate], outcomes.Select(o => o.Status));
        Assert.Equal("z.txt", store.GetArticle(outcomes[0].Id)!.Origin);
        Assert.Equal(["a.txt", "z.txt"], store.GetOrigins(outcomes[0].Id));
    }

    protected static void AssertSameArticle(Article expected, Article actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Origin, actual.Origin);
        Assert.Equal(expected.Format, actual.Format);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Outlet, actual.Outlet);
        Assert.Equal(expected.Author, actual.Author);
        Assert.Equal(expected.Url, actual.Url);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Zones, actual.Zones);
        Assert.Equal(expected.Removed, actual.Removed);
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.Warnings, actual.Warnings);
        Assert.Equal(expected.Sentences.Count, actual.Sentences.Count);
        for (var n = 0; n < expected.Sentences.Count; n++)
        {
            Assert.Equal(expected.Sentences[n].Index, actual.Sentences[n].Index);
            Assert.Equal(expected.Sentences[n].Span, actual.Sentences[n].Span);
            Assert.Equal(expected.Sentences[n].Tokens, actual.Sentences[n].Tokens);
        }
    }
}
