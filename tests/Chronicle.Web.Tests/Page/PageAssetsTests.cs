using System.Net;
using Chronicle.Web.Page;
using Chronicle.Web.Tests.Api;

namespace Chronicle.Web.Tests.Page;

public sealed class PageAssetsTests(SamplesApiFixture fixture) : IClassFixture<SamplesApiFixture>
{
    [Fact]
    public async Task The_page_is_served_with_a_strict_content_security_policy()
    {
        var response = await fixture.Host.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("/assets/app.js", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("app.js", "text/javascript")]
    [InlineData("app.css", "text/css")]
    public async Task Assets_come_from_the_assembly(string name, string type)
    {
        var response = await fixture.Host.Client.GetAsync("/assets/" + name);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_page_loads_nothing_from_elsewhere()
    {
        Assert.Contains("index.html", PageAssets.Names);
        foreach (var name in PageAssets.Names)
        {
            var text = await fixture.Host.Client.GetStringAsync(name == "index.html" ? "/" : "/assets/" + name);
            Assert.DoesNotContain("//cdn", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']https?:", text);
            Assert.DoesNotMatch(@"@import|url\(\s*[""']?https?:", text);
        }
    }

    [Fact]
    public async Task The_script_never_writes_markup_from_data()
    {
        var script = await fixture.Host.Client.GetStringAsync("/assets/app.js");
        Assert.DoesNotContain("innerHTML", script);
        Assert.DoesNotContain("outerHTML", script);
        Assert.DoesNotContain("insertAdjacentHTML", script);
        Assert.DoesNotContain("document.write", script);
    }
}
