using System.Net.Http.Headers;
using System.Text.Json;
using Chronicle.Web.Corpus;

namespace Chronicle.Web.Tests.Api;

/// <summary>
/// The server answers from the SQLite store's cross-article index, and from scratch for a store
/// without one: every read endpoint must give the same bytes either way, before and after an upload
/// (which the index takes in incrementally).
/// </summary>
public sealed class IndexedTimelineTests
{
    [Fact]
    public async Task Every_read_endpoint_answers_the_same_from_the_index_and_from_scratch()
    {
        await using var indexed = await ApiHost.StartAsync();
        await using var scratch = await ApiHost.StartAsync(wrap: store => new StoreWithoutIndex(store));
        Assert.Equal("index", await Source(indexed));
        Assert.Equal("from-scratch", await Source(scratch));

        await AssertSameAnswers(indexed, scratch);

        foreach (var host in new[] { indexed, scratch })
        {
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(File.ReadAllBytes(TestCorpus.FixturePath("velmora-harbour-accord.txt")));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(file, "files", "velmora-harbour-accord.txt");
            (await host.Client.PostAsync("/api/ingest", form)).EnsureSuccessStatusCode();
        }

        await AssertSameAnswers(indexed, scratch);
    }

    [Fact]
    public async Task Filtered_timelines_are_kept_per_snapshot()
    {
        await using var host = await ApiHost.StartAsync();
        var first = await host.Client.GetStringAsync("/api/timeline?status=occurred&limit=7");
        var snapshot = host.Corpus.Timeline();
        Assert.Equal(first, await host.Client.GetStringAsync("/api/timeline?limit=7&status=OCCURRED"));
        Assert.Same(snapshot.Render(new() { Statuses = ["occurred"], Limit = 7 }), snapshot.Render(new() { Statuses = ["Occurred"], Limit = 7 }));
        Assert.Same(snapshot.Unfiltered, snapshot.Render(new() { Limit = snapshot.Unfiltered.Events.Count }));
        Assert.NotSame(snapshot.Unfiltered, snapshot.Render(new() { Limit = snapshot.Unfiltered.Events.Count - 1 }));
    }

    [Fact]
    public async Task Views_short_of_the_whole_timeline_answer_from_the_index_without_reading_it_and_the_same()
    {
        await using var scratch = await ApiHost.StartAsync(wrap: store => new StoreWithoutIndex(store));
        await using var indexed = await ApiHost.StartAsync();

        // Every view the page and the CLI's filters ask for, short of the whole timeline and an export
        // without a limit (the conflict list reads every event in one pass, not as the timeline's objects):
        // the ids come from the answer from scratch.
        var urls = (await Urls(scratch)).Where(u => u is not ("/api/timeline" or "/api/timeline/export/csv")).ToList();
        Assert.Contains("/api/conflicts?offset=1&limit=2", urls);
        Assert.Contains("/api/timeline?limit=5", urls);
        Assert.Contains(urls, u => u.StartsWith("/api/entities/", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith("/api/events/", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith("/api/articles/", StringComparison.Ordinal));
        await AssertSameAnswers(urls, indexed, scratch);
        var snapshot = Assert.IsType<IndexedSnapshot>(indexed.Corpus.Timeline());
        Assert.Equal(0, snapshot.WholeTimelineReads);

        // The whole timeline is read when asked for, once, and then answers the rest the same.
        Assert.Equal(await scratch.Client.GetStringAsync("/api/timeline"), await indexed.Client.GetStringAsync("/api/timeline"));
        Assert.Equal(1, snapshot.WholeTimelineReads);
        await AssertSameAnswers(urls, indexed, scratch);
        Assert.Equal(1, snapshot.WholeTimelineReads);
    }

    [Fact]
    public async Task Timeline_answers_written_as_they_are_read_have_the_bytes_of_the_held_ones()
    {
        await using var held = await ApiHost.StartAsync();
        await using var streamed = await ApiHost.StartAsync(new Chronicle.Web.Hosting.ServerOptions { HeldEventsAtMost = 0 });
        string[] queries = ["?limit=5", "?from=2019-01-01&to=2019-12-31", "?status=occurred&minSources=2", "?to=1900-01-01", ""];
        var urls = queries.SelectMany(q => new[] { "/api/timeline" + q }.Concat(new[] { "json", "md", "csv", "timelinejs" }.Select(f => $"/api/timeline/export/{f}{q}")));
        foreach (var url in urls)
        {
            using var expected = await held.Client.GetAsync(url);
            using var actual = await streamed.Client.GetAsync(url);
            Assert.Equal(expected.StatusCode, actual.StatusCode);
            Assert.Equal(expected.Content.Headers.ContentType, actual.Content.Headers.ContentType);
            Assert.Equal(expected.Content.Headers.ContentDisposition, actual.Content.Headers.ContentDisposition);
            Assert.Equal(await expected.Content.ReadAsByteArrayAsync(), await actual.Content.ReadAsByteArrayAsync());
        }

        // Written as read: the whole timeline was never held.
        Assert.Equal(0, Assert.IsType<IndexedSnapshot>(streamed.Corpus.Timeline()).WholeTimelineReads);
        Assert.Equal(1, Assert.IsType<IndexedSnapshot>(held.Corpus.Timeline()).WholeTimelineReads);
    }

    [Fact]
    public async Task A_limited_view_keeps_the_conflicts_its_events_have_with_events_left_out()
    {
        await using var host = await ApiHost.StartAsync();
        var snapshot = Assert.IsType<IndexedSnapshot>(host.Corpus.Timeline());
        var all = snapshot.Unfiltered;

        // A date conflict between two events whose salience leaves one of them out of a limit; a fresh
        // snapshot of the same store, that has not read the whole timeline, still reports it.
        var date = all.Conflicts.First(c => c.Kind == "date" && c.Events.Count == 2);
        await using var fresh = await ApiHost.StartAsync();
        var view = Assert.IsType<IndexedSnapshot>(fresh.Corpus.Timeline());
        var ranked = view.Heads.All.OrderByDescending(h => h.Score).ThenBy(h => h.Id, StringComparer.Ordinal).Select(h => h.Id).ToList();
        var limit = date.Events.Select(id => ranked.IndexOf(id)).Min() + 1;
        var limited = view.Render(new() { Limit = limit });
        Assert.Equal(0, view.WholeTimelineReads);
        Assert.Single(date.Events, limited.Events.Select(e => e.Id).Contains);
        Assert.Contains(limited.Conflicts, c => c.Events.SequenceEqual(date.Events) && c.Description == date.Description);
        Assert.True(all.Events.Count > limit);

        // Events were left out: the documents and entities are those the kept events refer to, in the whole timeline's order.
        var cited = limited.Events.SelectMany(e => e.Sources).Select(s => s.Document).ToHashSet(StringComparer.Ordinal);
        var named = limited.Events.SelectMany(e => e.Actors.Concat(e.Targets).Append(e.Location)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.Equal(all.Documents.Where(d => cited.Contains(d.Id)).Select(d => d.ArticleId), limited.Documents.Select(d => d.ArticleId));
        Assert.Equal(all.Documents.Where(d => cited.Contains(d.Id)).Select(d => d.Id), limited.Documents.Select(d => d.Id));
        Assert.Equal(all.Entities.Where(e => named.Contains(e.Id)).Select(e => e.Id), limited.Entities.Select(e => e.Id));
        Assert.True(limited.Entities.Count < all.Entities.Count);
    }

    private static async Task<string?> Source(ApiHost host) =>
        JsonDocument.Parse(await host.Client.GetStringAsync("/api/health")).RootElement.GetProperty("timeline").GetString();

    private static async Task AssertSameAnswers(ApiHost indexed, ApiHost scratch) =>
        await AssertSameAnswers(await Urls(indexed), indexed, scratch);

    /// <summary>The timeline with the page's and the CLI's filters, the lists, and every entity, event and article page, as <paramref name="host"/> names them.</summary>
    private static async Task<List<string>> Urls(ApiHost host)
    {
        var full = JsonDocument.Parse(await host.Client.GetStringAsync("/api/timeline")).RootElement;
        var events = full.GetProperty("events").EnumerateArray().ToList();
        var entities = full.GetProperty("entities").EnumerateArray().ToList();
        var busiest = entities
            .OrderByDescending(e => events.Count(v => Mentions(v, e.GetProperty("id").GetString()!)))
            .ThenBy(e => e.GetProperty("id").GetString(), StringComparer.Ordinal)
            .First();
        var name = busiest.GetProperty("name").GetString()!;
        var type = events.GroupBy(e => e.GetProperty("type").GetString()).OrderByDescending(g => g.Count()).First().Key;
        var firstDay = events.Select(e => e.GetProperty("earliest").GetString()).OfType<string>().Order(StringComparer.Ordinal).First();

        var urls = new List<string>
        {
            "/api/timeline",
            "/api/timeline?limit=2000",
            "/api/timeline?limit=5",
            "/api/timeline?entity=" + Uri.EscapeDataString(name),
            "/api/timeline?entity=" + Uri.EscapeDataString(name.ToUpperInvariant()) + "&limit=2000",
            "/api/timeline?entity=" + Uri.EscapeDataString(name[..^1]),
            "/api/timeline?entity=nobody-of-that-name",
            $"/api/timeline?type={type}&status=occurred,planned",
            $"/api/timeline?from={firstDay}&to={firstDay}",
            "/api/timeline?minSources=2",
            "/api/timeline?status=occurred&limit=20",
            $"/api/timeline?to={firstDay}&limit=3",
            "/api/timeline/export/md?entity=" + Uri.EscapeDataString(name),
            "/api/timeline/export/csv",
            "/api/entities",
            "/api/entities?q=" + Uri.EscapeDataString(name[..3]),
            "/api/conflicts",
            "/api/conflicts?offset=1&limit=2",
            "/api/conflicts?kind=date",
            "/api/articles?limit=1000",
        };
        urls.AddRange(entities.Select(e => "/api/entities/" + Uri.EscapeDataString(e.GetProperty("id").GetString()!)));
        urls.AddRange(events.Select(e => "/api/events/" + e.GetProperty("id").GetString()));
        var articles = JsonDocument.Parse(await host.Client.GetStringAsync("/api/articles?limit=1000")).RootElement.GetProperty("articles");
        urls.AddRange(articles.EnumerateArray().Select(a => "/api/articles/" + a.GetProperty("id").GetString()));
        return urls;
    }

    private static async Task AssertSameAnswers(IReadOnlyList<string> urls, ApiHost indexed, ApiHost scratch)
    {
        foreach (var url in urls)
        {
            var expected = await scratch.Client.GetStringAsync(url);
            var actual = await indexed.Client.GetStringAsync(url);
            Assert.True(expected == actual, $"{url} differs between the index and from scratch:\nfrom scratch: {Head(expected)}\nindex:        {Head(actual)}");
        }

        var health = await Task.WhenAll(indexed.Client.GetStringAsync("/api/health"), scratch.Client.GetStringAsync("/api/health"));
        Assert.Equal(WithoutSource(health[1]), WithoutSource(health[0]));
    }

    private static bool Mentions(JsonElement e, string id) =>
        e.GetProperty("actors").EnumerateArray().Concat(e.GetProperty("targets").EnumerateArray()).Any(x => x.GetString() == id);

    private static string Head(string s) => s.Length <= 400 ? s : s[..400] + "…";

    private static string WithoutSource(string health) =>
        string.Join(",", JsonDocument.Parse(health).RootElement.EnumerateObject().Where(p => p.Name != "timeline").Select(p => p.ToString()));
}
