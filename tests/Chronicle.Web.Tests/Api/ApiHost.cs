using Chronicle.Storage;
using Chronicle.Web.Corpus;
using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Chronicle.Web.Tests.Api;

/// <summary>The app on an in-memory test server (Microsoft.AspNetCore.TestHost, from Mvc.Testing) over a copy of the samples.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string storePath;

    private ApiHost(WebApplication app, string storePath)
    {
        this.app = app;
        this.storePath = storePath;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public CorpusState Corpus => app.Services.GetRequiredService<CorpusState>();

    /// <param name="options">The server's options (defaults when null).</param>
    /// <param name="empty">An empty store instead of the samples.</param>
    /// <param name="wrap">Puts something in front of the store (tests hide its index with <see cref="StoreWithoutIndex"/>).</param>
    public static async Task<ApiHost> StartAsync(ServerOptions? options = null, bool empty = false, Func<IArticleStore, IArticleStore>? wrap = null)
    {
        var path = empty ? TestCorpus.EmptyStorePath() : TestCorpus.CopyOfSamples();
        IArticleStore store = SqliteArticleStore.Open(path);
        var app = ChronicleServer.Build(options ?? new ServerOptions(), wrap is null ? store : wrap(store), b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return new ApiHost(app, path);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        TestCorpus.Delete(storePath);
    }
}
