using System.Net.Http.Headers;
using System.Text.Json;

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

    private static async Task<string?> Source(ApiHost host) =>
        JsonDocument.Parse(await host.Client.GetStringAsync("/api/health")).RootElement.GetProperty("timeline").GetString();

    /// <summary>The timeline with the page's and the CLI's filters, the lists, and every entity, event and article page.</summary>
    private static async Task AssertSameAnswers(ApiHost indexed, ApiHost scratch)
    {
        var full = JsonDocument.Parse(await indexed.Client.GetStringAsync("/api/timeline")).RootElement;
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
            "/api/articles?limit=1000",
        };
        urls.AddRange(entities.Select(e => "/api/entities/" + Uri.EscapeDataString(e.GetProperty("id").GetString()!)));
        urls.AddRange(events.Select(e => "/api/events/" + e.GetProperty("id").GetString()));
        var articles = JsonDocument.Parse(await indexed.Client.GetStringAsync("/api/articles?limit=1000")).RootElement.GetProperty("articles");
        urls.AddRange(articles.EnumerateArray().Select(a => "/api/articles/" + a.GetProperty("id").GetString()));

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
