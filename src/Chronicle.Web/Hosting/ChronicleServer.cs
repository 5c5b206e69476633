using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chronicle.Pipeline;
using Chronicle.Reading;
using Chronicle.Storage;
using Chronicle.Web.Api;
using Chronicle.Web.Corpus;
using Chronicle.Web.Page;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chronicle.Web.Hosting;

/// <summary>
/// Builds the web app: the JSON API, its OpenAPI document at /openapi.json, and the page. The store
/// comes from the caller (the CLI opens it from --db in one place), so this code sees only
/// <see cref="IArticleStore"/>.
/// </summary>
public static class ChronicleServer
{
    /// <summary>
    /// The app over <paramref name="store"/>, which it owns and disposes. <paramref name="configure"/>
    /// may adjust the builder before it is built (tests swap Kestrel for an in-memory server).
    /// </summary>
    public static WebApplication Build(ServerOptions options, IArticleStore store, Action<WebApplicationBuilder>? configure = null)
    {
        if (options.Validate() is { } problem)
        {
            store.Dispose();
            throw new ArgumentException(problem, nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ChronicleServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.ListenUrl);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxUploadRequestBytes);
        builder.Services.Configure<FormOptions>(f =>
        {
            var limits = IngestEndpoint.FormLimits(options);
            f.MultipartBodyLengthLimit = limits.MultipartBodyLengthLimit;
            f.ValueCountLimit = limits.ValueCountLimit;
        });
        builder.Services.ConfigureHttpJsonOptions(json => Configure(json.SerializerOptions));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => new CorpusState(store));
        builder.Services.AddSingleton(new ArticleReader(new ReaderOptions(options.MaxUploadFileBytes)));
        builder.Services.AddSingleton(sp => new UploadIngest(sp.GetRequiredService<CorpusState>(), new IngestRunner(sp.GetRequiredService<ArticleReader>(), new ArticleAnalyzer()), sp.GetRequiredService<ArticleReader>()));
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chronicle API";
            document.Info.Description = "A corpus of news articles and the sourced, dated timeline built from it.";
            return Task.CompletedTask;
        }));
        configure?.Invoke(builder);

        var app = builder.Build();

        // A big store's first snapshot takes a while: it starts with the server, so the first page finds it made or under way.
        var corpus = app.Services.GetRequiredService<CorpusState>();
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(corpus.WarmUp));
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = PageAssets.ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        app.MapOpenApi("/openapi.json");
        ReadEndpoints.Map(app);
        IngestEndpoint.Map(app);
        PageAssets.Map(app);
        return app;
    }

    /// <summary>The API's JSON: the settings of everything Chronicle prints (CONTRACTS.md), so the API and `--format json` agree.</summary>
    private static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.WriteIndented = false;
        json.Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        json.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
