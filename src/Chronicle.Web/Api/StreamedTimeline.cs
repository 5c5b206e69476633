using System.Text;
using Chronicle.Corpus;
using Chronicle.Timeline;
using Chronicle.Web.Corpus;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Chronicle.Web.Api;

/// <summary>
/// A large timeline answer written as it is read from the index (<see cref="IndexedSnapshot.WriteStreamed"/>) by
/// <paramref name="write"/>, which gives the bytes the held timeline would have in the same format; a download
/// when <paramref name="fileName"/> is given.
/// </summary>
internal sealed class StreamedTimeline(IndexedSnapshot snapshot, TimelineFilter filter, string contentType, Action<WholeTimeline, Stream> write, string? fileName = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.ContentType = contentType;
        if (fileName is not null)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(fileName);
            httpContext.Response.Headers.ContentDisposition = disposition.ToString();
        }

        // The store is read as the answer is written, a megabyte at a time, with synchronous writes: off the
        // request's thread, which the server would otherwise refuse them on.
        if (httpContext.Features.Get<IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        var output = httpContext.Response.Body;
        await Task.Run(() => snapshot.WriteStreamed(filter, whole => write(whole, output)), httpContext.RequestAborted);
    }

    /// <summary>Text written to the response as UTF-8 without a byte order mark.</summary>
    public static void AsText(Stream output, Action<TextWriter> write)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        write(text);
    }
}
