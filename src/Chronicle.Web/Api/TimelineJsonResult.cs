using Chronicle.Rendering;
using Chronicle.Timeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Chronicle.Web.Api;

/// <summary>
/// A timeline answered as JSON with the API's settings, written by <see cref="TimelineJson"/>: the bytes the
/// serialiser gives for it, with an indexed timeline's events copied from the forms the index stored instead of
/// built as objects first (a frequent entity's timeline has thousands of them).
/// </summary>
internal sealed class TimelineJsonResult(TimelineOutput timeline, System.Text.Json.JsonSerializerOptions options) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.ContentType = "application/json; charset=utf-8";

        // Written with synchronous writes, a megabyte at a time, off the request's thread, which the server would
        // otherwise refuse them on.
        if (httpContext.Features.Get<IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        var output = httpContext.Response.Body;
        await Task.Run(() => TimelineJson.Write(timeline, output, options), httpContext.RequestAborted);
    }
}
