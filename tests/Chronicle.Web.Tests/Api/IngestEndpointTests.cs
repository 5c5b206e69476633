using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Chronicle.Web.Hosting;

namespace Chronicle.Web.Tests.Api;

public sealed class IngestEndpointTests
{
    private static MultipartFormDataContent Form(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(content, "files", name);
        }

        return form;
    }

    private static (string, byte[]) Fixture(string name) => (name, File.ReadAllBytes(TestCorpus.FixturePath(name)));

    [Fact]
    public async Task Upload_adds_then_reports_duplicates_and_refreshes_the_timeline()
    {
        await using var host = await ApiHost.StartAsync();
        var before = JsonDocument.Parse(await host.Client.GetStringAsync("/api/health")).RootElement;

        var response = await host.Client.PostAsync("/api/ingest", Form(Fixture("velmora-harbour-accord.txt")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var file = body.GetProperty("files")[0];
        Assert.Equal("velmora-harbour-accord.txt", file.GetProperty("file").GetString());
        Assert.Equal("added", file.GetProperty("articles")[0].GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("summary").GetProperty("added").GetInt32());

        var after = JsonDocument.Parse(await host.Client.GetStringAsync("/api/health")).RootElement;
        Assert.Equal(before.GetProperty("articles").GetInt32() + 1, after.GetProperty("articles").GetInt32());
        Assert.True(after.GetProperty("events").GetInt32() > before.GetProperty("events").GetInt32());
        var timeline = await host.Client.GetStringAsync("/api/timeline?entity=" + Uri.EscapeDataString("Tessaline Shipping"));
        Assert.Contains("harbour accord", timeline);

        var again = JsonDocument.Parse(await (await host.Client.PostAsync("/api/ingest", Form(Fixture("velmora-harbour-accord.txt")))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("duplicate", again.GetProperty("files")[0].GetProperty("articles")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Every_file_gets_its_own_result_and_an_unreadable_one_fails_alone()
    {
        await using var host = await ApiHost.StartAsync(empty: true);
        var response = await host.Client.PostAsync("/api/ingest", Form(Fixture("velmora-harbour-accord.txt"), ("blank.txt", []), ("../../evil name?.txt", Encoding.UTF8.GetBytes("Just one short line."))));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var files = body.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(3, files.Count);
        Assert.Equal("added", files[0].GetProperty("articles")[0].GetProperty("status").GetString());
        Assert.Equal("failed", files[1].GetProperty("articles")[0].GetProperty("status").GetString());
        // The name is reduced to its last segment and safe characters: no path survives.
        Assert.Equal("evil name_.txt", files[2].GetProperty("file").GetString());
    }

    [Fact]
    public async Task Too_many_files_are_refused_with_the_limit_in_the_message()
    {
        await using var host = await ApiHost.StartAsync(new ServerOptions { MaxUploadFiles = 2 }, empty: true);
        var response = await host.Client.PostAsync("/api/ingest", Form(("a.txt", [1]), ("b.txt", [2]), ("c.txt", [3])));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit of 2", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, host.Corpus.Store.Count);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_analysis()
    {
        await using var host = await ApiHost.StartAsync(new ServerOptions { MaxUploadFileBytes = 1024, MaxUploadRequestBytes = 64 * 1024 }, empty: true);
        var response = await host.Client.PostAsync("/api/ingest", Form(("big.txt", Encoding.UTF8.GetBytes(new string('a', 5000)))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("over the limit", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, host.Corpus.Store.Count);
    }

    [Fact]
    public async Task A_request_over_the_total_limit_is_refused()
    {
        await using var host = await ApiHost.StartAsync(new ServerOptions { MaxUploadFileBytes = 4096, MaxUploadRequestBytes = 8192 }, empty: true);
        var files = Enumerable.Range(0, 4).Select(i => ($"f{i}.txt", Encoding.UTF8.GetBytes(new string('b', 4000)))).ToArray();
        var response = await host.Client.PostAsync("/api/ingest", Form(files));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("per request", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anything_but_a_multipart_upload_is_refused()
    {
        await using var host = await ApiHost.StartAsync(empty: true);
        // The endpoint declares multipart/form-data, so routing itself answers 415 to anything else.
        var response = await host.Client.PostAsync("/api/ingest", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var empty = await host.Client.PostAsync("/api/ingest", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Markup_in_article_text_is_escaped_in_the_api_output()
    {
        await using var host = await ApiHost.StartAsync(empty: true);
        var upload = JsonDocument.Parse(await (await host.Client.PostAsync("/api/ingest", Form(Fixture("hostile-markup.txt")))).Content.ReadAsStringAsync()).RootElement;
        var id = upload.GetProperty("files")[0].GetProperty("articles")[0].GetProperty("id").GetString()!;

        foreach (var url in new[] { "/api/articles/" + id, "/api/timeline", "/api/search?q=council" })
        {
            var raw = await host.Client.GetStringAsync(url);
            Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", raw, StringComparison.OrdinalIgnoreCase);
        }

        // Escaped, not dropped: the decoded text still holds the markup as text.
        var text = JsonDocument.Parse(await host.Client.GetStringAsync("/api/articles/" + id)).RootElement.GetProperty("text").GetString();
        Assert.Contains("<script>", text);
        Assert.Contains("onerror=", text);
    }
}
