using Chronicle.Web.Corpus;
using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>
/// POST /api/ingest: a multipart upload of article files (any format `chronicle ingest` reads), each
/// analysed and stored; the answer lists every file's articles with added, duplicate or failed.
/// Limits are checked before anything is analysed and refused with a message that names them.
/// </summary>
public static class IngestEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/ingest", Ingest)
            .DisableAntiforgery()
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithName("Ingest")
            .WithSummary("Upload article files (multipart, field 'files'); per-file results and counts.");

    private static async Task<Results<Ok<UploadResponse>, BadRequest<ApiError>, JsonHttpResult<ApiError>>> Ingest(
        HttpRequest request, UploadIngest ingest, ServerOptions options, CancellationToken cancel)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.BadRequest(new ApiError("send the files as multipart/form-data."));
        }

        if (request.ContentLength > options.MaxUploadRequestBytes)
        {
            return TooLarge(options);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancel);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or InvalidDataException)
        {
            return ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(options)
                : TypedResults.BadRequest(new ApiError("the upload could not be read: " + ex.Message));
        }

        var files = form.Files;
        if (files.Count == 0)
        {
            return TypedResults.BadRequest(new ApiError("no files in the upload."));
        }

        if (files.Count > options.MaxUploadFiles)
        {
            return TypedResults.BadRequest(new ApiError($"{files.Count} files is over the limit of {options.MaxUploadFiles} per upload; send them in smaller groups."));
        }

        var oversized = files.FirstOrDefault(f => f.Length > options.MaxUploadFileBytes);
        if (oversized is not null)
        {
            return TypedResults.Json(
                new ApiError($"{Identifiers.SafeFileName(oversized.FileName)} is {Megabytes(oversized.Length)}, over the limit of {Megabytes(options.MaxUploadFileBytes)} per file."),
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var uploaded = new List<UploadedFile>(files.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancel);
            uploaded.Add(new UploadedFile(UniqueName(Identifiers.SafeFileName(file.FileName), names), buffer.ToArray()));
        }

        return TypedResults.Ok(await ingest.IngestAsync(uploaded, cancel));
    }

    /// <summary>The form reader's own limits, set from the server's options.</summary>
    public static FormOptions FormLimits(ServerOptions options) => new()
    {
        MultipartBodyLengthLimit = options.MaxUploadRequestBytes,
        ValueCountLimit = options.MaxUploadFiles + 16,
    };

    private static JsonHttpResult<ApiError> TooLarge(ServerOptions options) =>
        TypedResults.Json(new ApiError($"the upload is over the limit of {Megabytes(options.MaxUploadRequestBytes)} per request."), statusCode: StatusCodes.Status413PayloadTooLarge);

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";

    /// <summary>Two files of one name in one upload get "name (2).ext" so their results stay apart.</summary>
    private static string UniqueName(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var k = 2; !taken.Add(candidate); k++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)} ({k}){Path.GetExtension(name)}";
        }

        return candidate;
    }
}
