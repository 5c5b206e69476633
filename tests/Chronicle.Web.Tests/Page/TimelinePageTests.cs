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
    public async Task The_conflicts_view_lists_the_conflicts_with_their_events()
    {
        BrowserHost.SkipIfNoBrowser();
        var list = await Api("/api/conflicts?limit=1000");
        var total = list.GetProperty("total").GetInt32();
        Assert.True(total > 0);
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/#/conflicts");
        await Expect(page.Locator("#conflict-list > li")).ToHaveCountAsync(Math.Min(total, 50));
        await Expect(page.Locator(".panel-title .muted")).ToContainTextAsync($"of {total} shown");
        var first = list.GetProperty("conflicts")[0];
        await Expect(page.Locator("#conflict-list > li").First.Locator(".event-card")).ToHaveCountAsync(first.GetProperty("events").GetArrayLength());
        Assert.Equal(total > 50, await page.Locator("#conflicts-more").IsVisibleAsync());
        Assert.Empty(host.Errors);
    }

    [SkippableFact]
    public async Task An_event_shows_each_source_sentence_inside_its_article()
    {
        BrowserHost.SkipIfNoBrowser();
        var conflicted = (await Api("/api/conflicts")).GetProperty("conflicts")[0].GetProperty("conflict").GetProperty("events")[0].GetString()!;
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
        if (await page.Locator(".undated-more").CountAsync() > 0)
        {
            await page.Locator(".undated-more").ClickAsync();
            await page.Locator(".undated").ScrollIntoViewIfNeededAsync();
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "the undated strip wraps");
            await BrowserHost.ScreenshotAsync(page, "timeline-undated-375");
        }

        await page.Locator("#event-list .event-card").First.ClickAsync();
        await Expect(page.Locator(".source").First).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375);
        await BrowserHost.ScreenshotAsync(page, "event-375", fullPage: true);
        Assert.Empty(host.Errors);
    }

    [SkippableFact]
    public async Task Undated_events_have_a_strip_under_the_chart_so_none_is_missing()
    {
        BrowserHost.SkipIfNoBrowser();
        var events = (await Api("/api/timeline")).GetProperty("events").EnumerateArray().ToList();
        var undated = events.Where(e => e.GetProperty("earliest").ValueKind == JsonValueKind.Null && e.GetProperty("latest").ValueKind == JsonValueKind.Null)
            .Select(e => e.GetProperty("id").GetString()!).ToHashSet();
        Skip.If(undated.Count == 0, "the samples have no undated event");

        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/");
        var strip = page.Locator(".undated");
        await Expect(strip).ToBeVisibleAsync();
        await Expect(strip.Locator(".undated-title")).ToHaveTextAsync($"Undated · {undated.Count} event{(undated.Count == 1 ? "" : "s")}");
        var chips = strip.Locator(".undated-item");
        await Expect(chips).ToHaveCountAsync(Math.Min(undated.Count, 12));
        if (undated.Count > 12)
        {
            await strip.GetByRole(AriaRole.Button, new() { Name = $"Show all {undated.Count}" }).ClickAsync();
            await Expect(chips).ToHaveCountAsync(undated.Count);
        }

        // Every event is somewhere on the chart: dated ones on the axis, the rest in the strip.
        var onAxis = await page.Locator(".chart .item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.event)");
        var inStrip = await chips.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.event)");
        Assert.Equal(undated, inStrip.ToHashSet());
        Assert.Equal(events.Select(e => e.GetProperty("id").GetString()!).ToHashSet(), onAxis.Concat(inStrip).ToHashSet());
        await strip.ScrollIntoViewIfNeededAsync();
        await BrowserHost.ScreenshotAsync(page, "timeline-undated");

        await chips.First.ClickAsync();
        await Expect(page.Locator(".event-title")).ToBeVisibleAsync();
        await Expect(page.Locator(".fact", new() { HasText = "Date" }).First.Locator("dd")).ToHaveTextAsync("Undated");
        Assert.Empty(host.Errors);
    }

    [SkippableFact]
    public async Task A_long_bar_zoomed_past_the_edges_keeps_its_label_in_view()
    {
        BrowserHost.SkipIfNoBrowser();
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/");
        await Expect(page.Locator(".chart .item.range").First).ToBeVisibleAsync();
        var id = await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('.chart .item.range')].sort((a, b) => b.querySelector('.mark').offsetWidth - a.querySelector('.mark').offsetWidth)[0].dataset.event");
        var bar = page.Locator($".chart .item.range[data-event={id}]").First;

        // Zoom in until the bar is far wider than the chart, then scroll into its middle: both its ends are off-screen.
        await page.Locator(".chart").FocusAsync();
        for (var i = 0; i < 16 && await bar.Locator(".mark").EvaluateAsync<double>("m => m.offsetWidth / m.closest('.chart').clientWidth") < 2; i++)
        {
            await page.Keyboard.PressAsync("+");
        }

        Assert.True(await bar.Locator(".mark").EvaluateAsync<double>("m => m.offsetWidth / m.closest('.chart').clientWidth") >= 2, "the bar is at least twice the chart's width");
        await bar.EvaluateAsync("item => { const chart = item.closest('.chart'); chart.scrollLeft = item.offsetLeft + item.querySelector('.mark').offsetWidth / 3; chart.scrollTop = Math.max(0, item.offsetTop + item.parentElement.offsetTop - 80); }");
        await page.WaitForFunctionAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");

        var chart = (await page.Locator(".chart").BoundingBoxAsync())!;
        var mark = (await bar.Locator(".mark").BoundingBoxAsync())!;
        var label = (await bar.Locator(".label").BoundingBoxAsync())!;
        Assert.True(mark.X < chart.X && mark.X + mark.Width > chart.X + chart.Width, "the bar runs past both edges");
        Assert.True(label.X >= chart.X && label.X + label.Width <= chart.X + chart.Width, $"the label [{label.X}, {label.X + label.Width}] lies inside the chart [{chart.X}, {chart.X + chart.Width}]");
        Assert.True(label.Width > 20);
        await BrowserHost.ScreenshotAsync(page, "timeline-zoomed-label");

        // Scrolled back to where the bar ends inside the chart, the label follows the bar again.
        await bar.EvaluateAsync("item => { const chart = item.closest('.chart'); chart.scrollLeft = item.offsetLeft + item.querySelector('.mark').offsetWidth - chart.clientWidth / 2; }");
        await page.WaitForFunctionAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
        mark = (await bar.Locator(".mark").BoundingBoxAsync())!;
        label = (await bar.Locator(".label").BoundingBoxAsync())!;
        Assert.True(label.X >= mark.X + mark.Width, "the label is after the bar's end");
        Assert.Empty(host.Errors);
    }

    [SkippableFact]
    public async Task An_event_shows_the_ontologys_codes_and_says_when_it_maps_none()
    {
        BrowserHost.SkipIfNoBrowser();
        var ontology = (await Api("/api/ontology")).EnumerateArray().ToDictionary(t => t.GetProperty("type").GetString()!);
        var events = (await Api("/api/timeline")).GetProperty("events").EnumerateArray().ToList();
        var page = await host.NewPageAsync();
        foreach (var mapped in new[] { true, false })
        {
            var e = events.FirstOrDefault(v => ontology.TryGetValue(v.GetProperty("type").GetString()!, out var t) && (t.GetProperty("cameo").ValueKind == JsonValueKind.String) == mapped);
            if (e.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            var type = ontology[e.GetProperty("type").GetString()!];
            await page.GotoAsync(host.BaseUrl + "/#/event/" + e.GetProperty("id").GetString());
            await Expect(page.Locator(".event-title")).ToBeVisibleAsync();
            var cameo = page.Locator(".fact", new() { Has = page.Locator("dt", new() { HasTextString = "CAMEO" }) }).Locator("dd");
            var plover = page.Locator(".fact", new() { Has = page.Locator("dt", new() { HasTextString = "PLOVER" }) }).Locator("dd");
            await Expect(cameo).ToHaveTextAsync(type.GetProperty("cameo").GetString() ?? "not mapped");
            await Expect(plover).ToHaveTextAsync(type.GetProperty("plover").GetString() ?? "not mapped");
            await Expect(page.Locator(".fact", new() { HasText = "Type family" }).Locator("dd")).ToHaveTextAsync(type.GetProperty("family").GetString()!.Replace('_', ' ').ToLowerInvariant());
            Assert.DoesNotContain("-", await page.Locator(".facts dd").AllInnerTextsAsync());
            await BrowserHost.ScreenshotAsync(page, mapped ? "event-codes" : "event-no-codes");
        }

        Assert.Empty(host.Errors);
    }

    private static string Flat(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
