using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chronicle.Web.Tests.Page;

/// <summary>Uploads through the page: the new article and its events appear; hostile markup stays text.</summary>
public sealed class UploadPageTests(UploadBrowserHost host) : IClassFixture<UploadBrowserHost>
{
    [SkippableFact]
    public async Task An_uploaded_article_appears_in_the_timeline_and_the_article_list()
    {
        BrowserHost.SkipIfNoBrowser();
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/");
        await Expect(page.Locator("#event-list .event-card").First).ToBeVisibleAsync();
        var before = await page.Locator("#event-list .event-card").CountAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await page.Locator("#upload-input").SetInputFilesAsync(TestCorpus.FixturePath("velmora-harbour-accord.txt"));
        await Expect(page.Locator("#upload-status")).ToContainTextAsync("1 added");
        await Expect(page.Locator("#upload-results .st-added")).ToHaveCountAsync(1);

        // The timeline behind the dialog refreshed itself.
        await Expect(page.Locator("#event-list .event-card", new() { HasText = "harbour accord" }).First).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(page, "upload");
        Assert.True(await page.Locator("#event-list .event-card").CountAsync() > before);
        await page.Keyboard.PressAsync("Escape");
        await page.GotoAsync(host.BaseUrl + "/#/articles");
        await Expect(page.Locator("#articles-table a", new() { HasText = "Velmora" })).ToBeVisibleAsync();
        Assert.Empty(host.Errors);
    }

    [SkippableFact]
    public async Task Markup_in_an_article_is_shown_as_text_and_never_runs()
    {
        BrowserHost.SkipIfNoBrowser();
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await page.Locator("#upload-input").SetInputFilesAsync(TestCorpus.FixturePath("hostile-markup.txt"));
        await Expect(page.Locator("#upload-status")).ToContainTextAsync("1 added");
        await page.Locator("#upload-results a").First.ClickAsync();

        var text = page.Locator("#article-text");
        await Expect(text).ToContainTextAsync("<script>window.__pwned = 1</script>");
        await Expect(text).ToContainTextAsync("<img src=x onerror=");
        Assert.Equal(0, await page.Locator("#article-text img, #article-text script, #article-text b").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("window.__pwned === undefined"), "no uploaded script ran");
        await BrowserHost.ScreenshotAsync(page, "hostile-markup-article");

        // The same on the timeline, where the event's summary quotes the sentence.
        await page.GotoAsync(host.BaseUrl + "/");
        await Expect(page.Locator("#event-list .event-card", new() { HasText = "<img src=x" }).First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#event-list img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("window.__pwned === undefined"));
        Assert.Empty(host.Errors);
    }
}
