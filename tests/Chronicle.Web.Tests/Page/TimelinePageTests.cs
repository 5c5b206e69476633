using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chronicle.Web.Tests.Page;

/// <summary>The page over the samples in a real browser: timeline, filters, an event and its sources, entity and article views, keyboard, 375 px.</summary>
public sealed class TimelinePageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private async Task<JsonElement> Api(string path) => JsonDocument.Parse(await host.Http.GetStringAsync(path)).RootElement;

    [SkippableFact]
    public async Task The_timeline_shows_every_event_of_the_samples()
    {
        BrowserHost.SkipIfNoBrowser();
        var events = (await Api("/api/timeline")).GetProperty("events").GetArrayLength();
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/");
        await Expect(page.Locator("#event-list .event-card")).ToHaveCountAsync(events);
        await Expect(page.Locator(".chart .item").First).ToBeVisibleAsync();
        Assert.True(await page.Locator(".chart .lane").CountAsync() > 1, "lanes by event type");
        await BrowserHost.ScreenshotAsync(page, "timeline");
        Assert.Empty(host.Errors);
    }

    [SkippableFact]
    public async Task Filtering_by_an_entity_keeps_only_its_events()
    {
        BrowserHost.SkipIfNoBrowser();
        var top = (await Api("/api/entities"))[0];
        var name = top.GetProperty("name").GetString()!;
        var expected = (await Api("/api/timeline?entity=" + Uri.EscapeDataString(name))).GetProperty("events").GetArrayLength();
        Assert.True(expected > 0);

        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/");
        await page.Locator("input[name=entity]").FillAsync(name);
        await page.Locator("select[name=lanes]").SelectOptionAsync("entity");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Timeline: " + name);
        await Expect(page.Locator("#event-list .event-card")).ToHaveCountAsync(expected);
        await Expect(page.Locator(".lane-label").First).ToHaveTextAsync(name);
        var exportHref = await page.Locator("[data-export=csv]").GetAttributeAsync("href");
        Assert.Contains("entity=" + Uri.EscapeDataString(name).Replace("%20", "+"), exportHref);
        await BrowserHost.ScreenshotAsync(page, "timeline-entity", fullPage: true);
        Assert.Empty(host.Errors);
    }

    [SkippableFact]
    public async Task An_event_shows_each_source_sentence_inside_its_article()
    {
        BrowserHost.SkipIfNoBrowser();
        var conflicted = (await Api("/api/conflicts"))[0].GetProperty("conflict").GetProperty("events")[0].GetString()!;
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/");
        await page.Locator($"#event-list .event-card[data-event={conflicted}]").ClickAsync();
        await Expect(page.Locator(".event-title")).ToBeVisibleAsync();
        var sources = (await Api("/api/events/" + conflicted)).GetProperty("event").GetProperty("sources");
        var first = sources[0].GetProperty("sentence").GetString()!;
        var marks = page.Locator(".source mark.source-hl");
        await Expect(marks.First).ToBeVisibleAsync();
        var texts = await marks.AllInnerTextsAsync();
        Assert.Contains(Flat(first), texts.Select(Flat));
        await Expect(page.Locator(".conflict-box").First).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(page, "event", fullPage: true);

        // The source's title opens the article with the sentence highlighted.
        await page.Locator(".source .source-title").First.ClickAsync();
        await Expect(page.Locator("#article-text mark.source-hl")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#article-text .hl-entity").CountAsync() > 0);
        Assert.True(await page.Locator("#article-text .hl-time").CountAsync() > 0);
        Assert.True(await page.Locator("#article-text .hl-event").CountAsync() > 0);
        await BrowserHost.ScreenshotAsync(page, "article");
        Assert.Empty(host.Errors);
    }

    [SkippableFact]
    public async Task An_entity_page_lists_aliases_roles_and_events()
    {
        BrowserHost.SkipIfNoBrowser();
        var withRoles = (await Api("/api/timeline")).GetProperty("entities").EnumerateArray().First(e => e.GetProperty("roleHistory").GetArrayLength() > 0);
        var id = withRoles.GetProperty("id").GetString()!;
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/#/entity/" + Uri.EscapeDataString(id));
        await Expect(page.Locator("h1")).ToHaveTextAsync(withRoles.GetProperty("name").GetString()!);
        await Expect(page.Locator(".roles li")).ToHaveCountAsync(withRoles.GetProperty("roleHistory").GetArrayLength());
        await BrowserHost.ScreenshotAsync(page, "entity", fullPage: true);
        Assert.Empty(host.Errors);
    }

    [SkippableFact]
    public async Task The_page_works_by_keyboard()
    {
        BrowserHost.SkipIfNoBrowser();
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/");
        var card = page.Locator("#event-list .event-card").First;
        var id = await card.GetAttributeAsync("data-event");
        await card.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(host.BaseUrl + "/#/event/" + id);
        await Expect(page.Locator(".event-title")).ToBeVisibleAsync();

        // "/" jumps to the search box; Enter searches.
        await page.Locator("body").ClickAsync(new() { Position = new() { X = 5, Y = 300 } });
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("said");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#search-results li").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("#search-results mark").CountAsync() > 0);

        // The chart zooms with + and - once focused.
        await page.GotoAsync(host.BaseUrl + "/");
        var level = page.Locator(".zoom-level");
        await Expect(level).Not.ToBeEmptyAsync();
        var before = await level.InnerTextAsync();
        await page.Locator(".chart").FocusAsync();
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("+");
        }

        await Expect(level).Not.ToHaveTextAsync(before);
        await BrowserHost.ScreenshotAsync(page, "timeline-zoomed");
        Assert.Empty(host.Errors);
    }

    [SkippableFact]
    public async Task The_page_fits_a_375_pixel_screen()
    {
        BrowserHost.SkipIfNoBrowser();
        var page = await host.NewPageAsync(375, 812);
        await page.GotoAsync(host.BaseUrl + "/");
        await Expect(page.Locator("#event-list .event-card").First).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "no sideways scrolling of the page");
        await BrowserHost.ScreenshotAsync(page, "timeline-375");

        await page.Locator("#event-list .event-card").First.ClickAsync();
        await Expect(page.Locator(".source").First).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375);
        await BrowserHost.ScreenshotAsync(page, "event-375", fullPage: true);
        Assert.Empty(host.Errors);
    }

    private static string Flat(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
