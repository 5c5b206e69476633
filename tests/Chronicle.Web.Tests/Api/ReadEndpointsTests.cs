using System.Net;
using System.Text.Json;
using Chronicle.Rendering;
using Chronicle.Timeline;

namespace Chronicle.Web.Tests.Api;

public sealed class ReadEndpointsTests(SamplesApiFixture fixture) : IClassFixture<SamplesApiFixture>
{
    private HttpClient Client => fixture.Host.Client;

    private async Task<JsonElement> GetJson(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Health_counts_the_stored_articles()
    {
        var health = await GetJson("/api/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(fixture.Host.Corpus.Store.Count, health.GetProperty("articles").GetInt32());
        Assert.True(health.GetProperty("events").GetInt32() > 0);
    }

    [Fact]
    public async Task Timeline_without_filters_is_the_contract_json_of_the_library()
    {
        var body = await Client.GetStringAsync("/api/timeline");
        var expected = TimelineBuilder.Build(fixture.Host.Corpus.Store);
        var actual = JsonDocument.Parse(body).RootElement;
        Assert.Equal(expected.Events.Select(e => e.Id), actual.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(expected.Documents.Count, actual.GetProperty("documents").GetArrayLength());
        Assert.Equal(expected.Conflicts.Count, actual.GetProperty("conflicts").GetArrayLength());
        // The same field names and shapes as `chronicle timeline --format json`.
        var cli = JsonDocument.Parse(JsonOutput.Serialize(expected)).RootElement.GetProperty("events")[0];
        var api = actual.GetProperty("events")[0];
        Assert.Equal(cli.EnumerateObject().Select(p => p.Name), api.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Timeline_filters_are_the_clis_filters()
    {
        var store = fixture.Host.Corpus.Store;
        var full = TimelineBuilder.Build(store);
        var entity = full.Entities.OrderByDescending(e => full.Events.Count(v => v.Actors.Contains(e.Id) || v.Targets.Contains(e.Id))).First();
        // The entity's own most frequent type, so that the filters together still select something.
        var type = full.Events.Where(v => v.Actors.Contains(entity.Id) || v.Targets.Contains(entity.Id))
            .GroupBy(e => e.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var filter = new TimelineFilter { Entity = entity.Name, Types = [type], From = new DateOnly(2000, 1, 1), MinSources = 1, Limit = 50 };
        var expected = TimelineBuilder.Build(store, filter).Events.Select(e => (string?)e.Id).ToList();

        var url = $"/api/timeline?entity={Uri.EscapeDataString(entity.Name)}&type={type}&from=2000-01-01&minSources=1&limit=50";
        var actual = (await GetJson(url)).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(expected, actual);
        Assert.NotEmpty(actual);

        var statuses = (await GetJson("/api/timeline?status=planned")).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("status").GetString()).Distinct().ToList();
        Assert.All(statuses, s => Assert.Equal("planned", s));
    }

    [Theory]
    [InlineData("/api/timeline?from=yesterday")]
    [InlineData("/api/timeline?to=2020-13-01")]
    [InlineData("/api/timeline?minSources=0")]
    [InlineData("/api/timeline?limit=-3")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/articles?limit=0")]
    [InlineData("/api/conflicts?limit=1001")]
    [InlineData("/api/conflicts?offset=-1")]
    [InlineData("/api/timeline/export/exe")]
    public async Task Malformed_queries_are_refused_with_a_message(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public async Task Timeline_is_prepared_once_per_store_state()
    {
        await Client.GetStringAsync("/api/timeline");
        var before = fixture.Host.Corpus.Preparations;
        await Client.GetStringAsync("/api/timeline?status=occurred");
        await Client.GetStringAsync("/api/entities");
        await Client.GetStringAsync("/api/conflicts");
        Assert.Equal(before, fixture.Host.Corpus.Preparations);
    }

    [Fact]
    public async Task Articles_list_then_one_article_with_zones_and_annotations()
    {
        var list = await GetJson("/api/articles?limit=5");
        Assert.Equal(fixture.Host.Corpus.Store.Count, list.GetProperty("total").GetInt32());
        var first = list.GetProperty("articles")[0];
        var id = first.GetProperty("id").GetString()!;

        var article = await GetJson("/api/articles/" + id);
        var text = article.GetProperty("text").GetString()!;
        Assert.Equal(id, article.GetProperty("id").GetString());
        Assert.Equal(first.GetProperty("document").GetString(), article.GetProperty("document").GetString());
        Assert.NotEmpty(article.GetProperty("zones").EnumerateArray());
        Assert.NotEmpty(article.GetProperty("sentences").EnumerateArray());
        foreach (var layer in new[] { "timexes", "entities", "events" })
        {
            foreach (var a in article.GetProperty(layer).EnumerateArray())
            {
                var start = a.GetProperty("start").GetInt32();
                var end = a.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, text.Length);
            }
        }

        var anyLinked = article.GetProperty("entities").EnumerateArray().Any(m => m.GetProperty("entity").ValueKind == JsonValueKind.String);
        Assert.True(anyLinked, "some mention links to a corpus entity");
        Assert.True(article.TryGetProperty("removed", out _));
    }

    [Fact]
    public async Task A_unique_prefix_finds_an_article()
    {
        var id = (await GetJson("/api/articles?limit=1")).GetProperty("articles")[0].GetProperty("id").GetString()!;
        var article = await GetJson("/api/articles/" + id[..10]);
        Assert.Equal(id, article.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/articles/..%2F..%2Fetc%2Fpasswd", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles/ABCDEF12", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles/0000000000000000", HttpStatusCode.NotFound)]
    [InlineData("/api/entities/..%2Fsecret", HttpStatusCode.BadRequest)]
    [InlineData("/api/entities/person:nobody-at-all", HttpStatusCode.NotFound)]
    [InlineData("/api/events/v0%2F..", HttpStatusCode.BadRequest)]
    [InlineData("/api/events/v999999", HttpStatusCode.NotFound)]
    [InlineData("/assets/..%2F..%2Fappsettings.json", HttpStatusCode.NotFound)]
    [InlineData("/assets/app.js.map", HttpStatusCode.NotFound)]
    public async Task Ids_and_asset_names_are_validated(string url, HttpStatusCode expected)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Entities_list_and_one_entity_with_its_events()
    {
        var entities = await GetJson("/api/entities");
        var top = entities[0];
        Assert.True(top.GetProperty("events").GetInt32() > 0);
        var id = top.GetProperty("id").GetString()!;

        var page = await GetJson("/api/entities/" + Uri.EscapeDataString(id));
        Assert.Equal(id, page.GetProperty("entity").GetProperty("id").GetString());
        Assert.True(page.GetProperty("entity").TryGetProperty("roleHistory", out _));
        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(top.GetProperty("events").GetInt32(), events.Count);
        Assert.All(events, e => Assert.Contains(id, e.GetProperty("actors").EnumerateArray().Concat(e.GetProperty("targets").EnumerateArray()).Select(x => x.GetString()).Append(e.GetProperty("location").ToString())));

        var filtered = await GetJson("/api/entities?q=" + Uri.EscapeDataString(top.GetProperty("name").GetString()!));
        Assert.Contains(filtered.EnumerateArray(), e => e.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task An_event_comes_with_its_documents_participants_and_conflicts()
    {
        var conflicts = (await GetJson("/api/conflicts")).GetProperty("conflicts");
        Assert.NotEmpty(conflicts.EnumerateArray());
        var eventId = conflicts[0].GetProperty("conflict").GetProperty("events")[0].GetString()!;

        var page = await GetJson("/api/events/" + eventId);
        var e = page.GetProperty("event");
        Assert.Equal(eventId, e.GetProperty("id").GetString());
        Assert.NotEmpty(page.GetProperty("conflicts").EnumerateArray());
        var documents = page.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToHashSet();
        Assert.All(e.GetProperty("sources").EnumerateArray(), s => Assert.Contains(s.GetProperty("document").GetString(), documents));
    }

    [Fact]
    public async Task Conflicts_come_a_page_at_a_time_in_the_timelines_order_with_their_events()
    {
        var expected = TimelineBuilder.Build(fixture.Host.Corpus.Store);
        var events = expected.Events.ToDictionary(e => e.Id);
        Assert.True(expected.Conflicts.Count >= 3, "the samples should have a few conflicts to page through");

        var paged = new List<JsonElement>();
        for (var offset = 0; offset < expected.Conflicts.Count; offset += 2)
        {
            var page = await GetJson($"/api/conflicts?offset={offset}&limit=2");
            Assert.Equal(expected.Conflicts.Count, page.GetProperty("total").GetInt32());
            Assert.Equal(offset, page.GetProperty("offset").GetInt32());
            paged.AddRange(page.GetProperty("conflicts").EnumerateArray());
        }

        Assert.Equal(expected.Conflicts.Select(c => (c.Kind, c.Description)), paged.Select(c => (c.GetProperty("conflict").GetProperty("kind").GetString()!, c.GetProperty("conflict").GetProperty("description").GetString()!)));
        foreach (var (conflict, view) in expected.Conflicts.Zip(paged))
        {
            Assert.Equal(conflict.Events, view.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            Assert.Equal(conflict.Events.Select(id => events[id].Sources.Count), view.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("sources").GetArrayLength()));
        }

        var past = await GetJson($"/api/conflicts?offset={expected.Conflicts.Count}");
        Assert.Empty(past.GetProperty("conflicts").EnumerateArray());

        var kind = expected.Conflicts[0].Kind;
        var ofKind = await GetJson("/api/conflicts?limit=1000&kind=" + kind.ToUpperInvariant());
        Assert.Equal(expected.Conflicts.Count(c => c.Kind == kind), ofKind.GetProperty("total").GetInt32());
        Assert.All(ofKind.GetProperty("conflicts").EnumerateArray(), c => Assert.Equal(kind, c.GetProperty("conflict").GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Ontology_lists_every_type_with_its_codes_and_null_where_it_maps_none()
    {
        var types = (await GetJson("/api/ontology")).EnumerateArray().ToList();
        Assert.Equal(Events.EventOntology.Default.Types.Count, types.Count);
        foreach (var t in types)
        {
            var source = Events.EventOntology.Default.Find(t.GetProperty("type").GetString()!)!;
            Assert.Equal(source.Cameo == "-" ? null : source.Cameo, t.GetProperty("cameo").GetString());
            Assert.Equal(source.Plover == "-" ? null : source.Plover, t.GetProperty("plover").GetString());
            Assert.Equal(source.Family, t.GetProperty("family").GetString());
        }

        Assert.Contains(types, t => t.GetProperty("cameo").ValueKind == JsonValueKind.Null);
        Assert.Contains(types, t => t.GetProperty("cameo").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task Search_marks_matched_terms()
    {
        var store = fixture.Host.Corpus.Store;
        var word = TimelineBuilder.Build(store).Events.First().Sources[0].Trigger;
        var result = await GetJson("/api/search?q=" + Uri.EscapeDataString(word));
        var hits = result.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h.GetProperty("snippet").GetString()!.Contains('\uE000'));
    }

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("md", "text/markdown")]
    [InlineData("csv", "text/csv")]
    [InlineData("timelinejs", "application/json")]
    public async Task Exports_are_the_library_renderings_as_files(string format, string contentType)
    {
        var response = await Client.GetAsync($"/api/timeline/export/{format}?status=occurred");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var body = await response.Content.ReadAsStringAsync();
        var timeline = TimelineBuilder.Build(fixture.Host.Corpus.Store, new TimelineFilter { Statuses = ["occurred"] });
        var expected = format switch
        {
            "md" => TimelineRenderers.Markdown(timeline),
            "csv" => TimelineRenderers.Csv(timeline),
            "timelinejs" => JsonOutput.Serialize(TimelineRenderers.TimelineJs(timeline, "Timeline")),
            _ => JsonOutput.Serialize(timeline),
        };
        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task OpenApi_document_describes_every_endpoint()
    {
        var document = await GetJson("/openapi.json");
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[] { "/api/health", "/api/articles", "/api/articles/{id}", "/api/entities", "/api/entities/{id}", "/api/events/{id}", "/api/timeline", "/api/timeline/export/{format}", "/api/search", "/api/conflicts", "/api/ontology", "/api/ingest" })
        {
            Assert.Contains(path, paths);
        }

        Assert.DoesNotContain("/", paths);
    }
}
