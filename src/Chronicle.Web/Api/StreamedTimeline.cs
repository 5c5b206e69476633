using Chronicle.Timeline;
using Chronicle.Web.Corpus;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chronicle.Web.Api;

/// <summary>
/// A large timeline answer written as it is read from the index (<see cref="IndexedSnapshot.WriteStreamed"/>), in
/// the API's JSON shape: the bytes <see cref="TypedResults.Ok{TValue}(TValue)"/> would give for the held timeline.
/// </summary>
internal sealed class StreamedTimeline(IndexedSnapshot snapshot, TimelineFilter filter) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        // The store is read as the answer is written, a megabyte at a time, with synchronous writes: off the
        // request's thread, which the server would otherwise refuse them on.
        if (httpContext.Features.Get<IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        await Task.Run(() => snapshot.WriteStreamed(filter, httpContext.Response.Body, options), httpContext.RequestAborted);
    }
}
