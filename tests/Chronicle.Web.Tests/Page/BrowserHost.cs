using Chronicle.Storage;
using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Chronicle.Web.Tests.Page;

/// <summary>
/// The app on a real Kestrel port over its own copy of the samples, and Debian's chromium driven by
/// Playwright. When /usr/bin/chromium is absent nothing is started and the tests skip (see <see cref="SkipIfNoBrowser"/>).
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string MissingMessage = "/usr/bin/chromium is absent (apt-get install -y chromium): browser test skipped.";

    private static readonly string[] ChromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"];

    private WebApplication? app;
    private IPlaywright? playwright;
    private string? storePath;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public HttpClient Http { get; } = new();

    /// <summary>Where screenshots go: artifacts/web-screenshots at the repository root (ignored by git).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(TestCorpus.RepoRoot, "artifacts", "web-screenshots");

    public static bool HasBrowser => File.Exists(ChromiumPath);

    public static void SkipIfNoBrowser() => Skip.IfNot(HasBrowser, MissingMessage);

    public async Task InitializeAsync()
    {
        if (!HasBrowser)
        {
            return;
        }

        storePath = TestCorpus.CopyOfSamples();
        app = ChronicleServer.Build(new ServerOptions { Port = 0 }, SqliteArticleStore.Open(storePath));
        await app.StartAsync();
        BaseUrl = app.Urls.First().TrimEnd('/');
        Http.BaseAddress = new Uri(BaseUrl);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        Directory.CreateDirectory(ScreenshotDirectory);

        // The first timeline of a store is prepared on the first request, on a machine shared with other test classes.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    /// <summary>A fresh page at <paramref name="width"/> CSS pixels wide; it fails the test on any script error.</summary>
    public async Task<IPage> NewPageAsync(int width = 1360, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        page.PageError += (_, error) => Errors.Add(error);
        page.Dialog += (_, dialog) => Errors.Add("a dialog opened: " + dialog.Message);
        return page;
    }

    /// <summary>Script errors and dialogs seen by any page of this host.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Saves what the viewport shows, or the whole page when <paramref name="fullPage"/> (short pages only: a long timeline makes an unreadable image).</summary>
    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = fullPage });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        Http.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (storePath is not null)
        {
            TestCorpus.Delete(storePath);
        }
    }
}

/// <summary>A second host for the tests that upload, so the read-only tests never see their articles.</summary>
public sealed class UploadBrowserHost : BrowserHost;
