using Chronicle.Corpus;
using Chronicle.Rendering;
using Chronicle.Timeline;
using Chronicle.Web.Corpus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chronicle.Web.Api;

/// <summary>The read side of the API: health, articles, entities, events, the timeline and its exports, search, conflicts.</summary>
public static class ReadEndpoints
{
    public const int MaxSearchResults = 200;
    public const int MaxPage = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/health", (CorpusState corpus) =>
        {
            var timeline = corpus.Timeline();
            return TypedResults.Ok(new Health("ok", corpus.Store.Count, timeline.EventCount, timeline.Entities.Count, typeof(ReadEndpoints).Assembly.GetName().Version?.ToString() ?? "0", timeline.Source));
        }).WithName("Health").WithSummary("Whether the server and its store answer, with counts.");

        api.MapGet("/articles", Results<Ok<ArticleList>, BadRequest<ApiError>> (CorpusState corpus, int? offset, int? limit) =>
        {
            if (offset is < 0 || limit is < 1 or > MaxPage)
            {
                return TypedResults.BadRequest(new ApiError($"offset must be 0 or more and limit from 1 to {MaxPage}."));
            }

            var documents = corpus.Timeline().Documents;
            var page = documents.Skip(offset ?? 0).Take(limit ?? 100).Select(ArticleViews.Summarise).ToList();
            return TypedResults.Ok(new ArticleList(documents.Count, offset ?? 0, page));
        }).WithName("ListArticles").WithSummary("Stored articles in timeline order (d1, d2 ...), a page at a time.");

        api.MapGet("/articles/{id}", Results<Ok<ArticleView>, BadRequest<ApiError>, NotFound<ApiError>> (CorpusState corpus, string id) =>
        {
            if (!Identifiers.IsArticleId(id))
            {
                return TypedResults.BadRequest(new ApiError("an article id is 4 to 64 lower-case hex characters."));
            }

            var ids = corpus.Store.ResolveIds(id);
            if (ids.Count != 1 || corpus.Store.GetArticle(ids[0]) is not { } article)
            {
                return TypedResults.NotFound(new ApiError(ids.Count > 1 ? $"'{id}' matches {ids.Count} articles; give more of the id." : $"no article '{id}'."));
            }

            var timeline = corpus.Timeline();
            return TypedResults.Ok(ArticleViews.Build(article, corpus.Store.GetOrigins(article.Id), timeline));
        }).WithName("GetArticle").WithSummary("One article: clean text, zones, sentences, removed junk, times, entities and events as offsets.");

        api.MapGet("/entities", (CorpusState corpus, string? q, string? type) =>
        {
            var timeline = corpus.Timeline();
            var counts = timeline.EventCounts;
            var entities = timeline.Entities
                .Where(e => string.IsNullOrWhiteSpace(type) || e.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
                .Where(e => string.IsNullOrWhiteSpace(q) || e.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || e.Aliases.Any(a => a.Contains(q, StringComparison.OrdinalIgnoreCase)))
                .Select(e => new EntitySummary(e.Id, e.Name, e.Type, e.Aliases, e.Mentions, counts.GetValueOrDefault(e.Id), e.FirstSeen, e.LastSeen))
                .OrderByDescending(e => e.Events).ThenByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal)
                .ToList();
            return TypedResults.Ok(entities);
        }).WithName("ListEntities").WithSummary("Resolved entities, most eventful first; q matches any name, type a type label.");

        api.MapGet("/entities/{id}", Results<Ok<EntityPage>, BadRequest<ApiError>, NotFound<ApiError>> (CorpusState corpus, string id) =>
        {
            if (!Identifiers.IsEntityId(id))
            {
                return TypedResults.BadRequest(new ApiError("an entity id is a type and a name slug, such as person:jane-doe."));
            }

            return corpus.Timeline().EntityPage(id) is { } page
                ? TypedResults.Ok(page)
                : TypedResults.NotFound(new ApiError($"no entity '{id}'."));
        }).WithName("GetEntity").WithSummary("One entity: aliases, roles over time, its events and documents.");

        api.MapGet("/events/{id}", Results<Ok<EventPage>, BadRequest<ApiError>, NotFound<ApiError>> (CorpusState corpus, string id) =>
        {
            if (!Identifiers.IsEventId(id))
            {
                return TypedResults.BadRequest(new ApiError("an event id is v and a number, such as v12."));
            }

            return corpus.Timeline().Event(id) is { } found
                ? TypedResults.Ok(new EventPage(found.Event, found.Participants, found.Documents, found.Conflicts))
                : TypedResults.NotFound(new ApiError($"no event '{id}'."));
        }).WithName("GetEvent").WithSummary("One event: date and granularity, status, participants, every source sentence, conflicts.");

        api.MapGet("/timeline", Results<TimelineJsonResult, BadRequest<ApiError>, StreamedTimeline> (HttpRequest request, CorpusState corpus, Hosting.ServerOptions options) =>
        {
            var (filter, error) = TimelineQuery.Parse(request.Query);
            if (filter is null)
            {
                return TypedResults.BadRequest(new ApiError(error!));
            }

            // A large selection (a month with every undated event, say) is written as it is read, not held.
            var snapshot = corpus.Timeline();
            var json = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            if (snapshot is IndexedSnapshot indexed && indexed.Streams(filter, options.HeldEventsAtMost))
            {
                return new StreamedTimeline(indexed, filter, "application/json; charset=utf-8", (whole, output) => WholeTimelineWriter.Write(whole, output, json));
            }

            return new TimelineJsonResult(snapshot.Render(filter), json);
        }).Produces<TimelineOutput>(StatusCodes.Status200OK, "application/json").WithName("GetTimeline").WithSummary("The timeline (CONTRACTS.md shape) with the CLI's filters: entity, type, status, from, to, minSources, limit.");

        api.MapGet("/timeline/export/{format}", (HttpRequest request, CorpusState corpus, Hosting.ServerOptions options, string format) =>
        {
            var (filter, error) = TimelineQuery.Parse(request.Query);
            if (filter is null)
            {
                return Results.BadRequest(new ApiError(error!));
            }

            var snapshot = corpus.Timeline();
            if (format is "json" or "md" or "csv" or "timelinejs" && snapshot is IndexedSnapshot indexed && indexed.Streams(filter, options.HeldEventsAtMost))
            {
                return format switch
                {
                    "json" => new StreamedTimeline(indexed, filter, "application/json; charset=utf-8", (whole, output) => WholeTimelineWriter.Write(whole, output, JsonOutput.Options), "timeline.json"),
                    "md" => new StreamedTimeline(indexed, filter, "text/markdown; charset=utf-8", (whole, output) => StreamedTimeline.AsText(output, text => WholeTimelineText.WriteMarkdown(whole, text)), "timeline.md"),
                    "csv" => new StreamedTimeline(indexed, filter, "text/csv; charset=utf-8", (whole, output) => StreamedTimeline.AsText(output, text => WholeTimelineText.WriteCsv(whole, text)), "timeline.csv"),
                    _ => new StreamedTimeline(indexed, filter, "application/json; charset=utf-8", (whole, output) => StreamedTimeline.AsText(output, text => WholeTimelineWriter.WriteTimelineJs(whole, text, "Timeline", endLine: false)), "timeline-timelinejs.json"),
                };
            }

            var timeline = snapshot.Render(filter);
            return format switch
            {
                "json" => Download(JsonOutput.Serialize(timeline), "application/json", "timeline.json"),
                "md" => Download(TimelineRenderers.Markdown(timeline), "text/markdown", "timeline.md"),
                "csv" => Download(TimelineRenderers.Csv(timeline), "text/csv", "timeline.csv"),
                "timelinejs" => Download(JsonOutput.Serialize(TimelineRenderers.TimelineJs(timeline, "Timeline")), "application/json", "timeline-timelinejs.json"),
                _ => Results.BadRequest(new ApiError("format is one of json, md, csv, timelinejs.")),
            };
        }).WithName("ExportTimeline").WithSummary("The filtered timeline as a file: json, md, csv or timelinejs.")
          .Produces<string>(StatusCodes.Status200OK, "application/json", "text/markdown", "text/csv")
          .Produces<ApiError>(StatusCodes.Status400BadRequest);

        var ontology = OntologyView.Types(Events.EventOntology.Default);
        api.MapGet("/ontology", () => TypedResults.Ok(ontology))
            .WithName("Ontology").WithSummary("The event types with their CAMEO code and PLOVER type (null where the ontology maps none) and fusion family.");

        api.MapGet("/search", Results<Ok<SearchResponse>, BadRequest<ApiError>> (CorpusState corpus, string? q, int? limit) =>
        {
            if (string.IsNullOrWhiteSpace(q) || q.Length > 500)
            {
                return TypedResults.BadRequest(new ApiError("q is the words to search for (1 to 500 characters)."));
            }

            if (limit is < 1 or > MaxSearchResults)
            {
                return TypedResults.BadRequest(new ApiError($"limit is from 1 to {MaxSearchResults}."));
            }

            var documents = corpus.Timeline().Documents.ToDictionary(d => d.ArticleId, StringComparer.Ordinal);
            var hits = corpus.Store.Search(q, limit ?? 50, SearchMarkers.Options)
                .Select(h =>
                {
                    var d = documents.GetValueOrDefault(h.ArticleId);
                    return new SearchResult(h.ArticleId, d?.Id, d?.Title, h.SentenceIndex, h.SentenceSpan.Start, h.SentenceSpan.End, h.Snippet, h.Rank);
                })
                .ToList();
            return TypedResults.Ok(new SearchResponse(q, hits));
        }).WithName("Search").WithSummary("Full-text search over sentences, best first; matched terms between U+E000 and U+E001.");

        api.MapGet("/conflicts", Results<Ok<ConflictList>, BadRequest<ApiError>> (CorpusState corpus, int? offset, int? limit, string? kind) =>
        {
            if (offset is < 0 || limit is < 1 or > MaxPage)
            {
                return TypedResults.BadRequest(new ApiError($"offset must be 0 or more and limit from 1 to {MaxPage}."));
            }

            // A page's events are read with it: on a large store every conflict's events whole ran to gigabytes.
            var timeline = corpus.Timeline();
            var kept = string.IsNullOrWhiteSpace(kind)
                ? timeline.Conflicts
                : timeline.Conflicts.Where(c => c.Kind.Equals(kind.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            var page = kept.Skip(offset ?? 0).Take(limit ?? 100).ToList();
            var byId = timeline.EventsOf(page.SelectMany(c => c.Events).ToHashSet(StringComparer.Ordinal)).ToDictionary(e => e.Id, StringComparer.Ordinal);
            var views = page.Select(c => new ConflictView(c, c.Events.Select(byId.GetValueOrDefault).OfType<TimelineEvent>().ToList())).ToList();
            return TypedResults.Ok(new ConflictList(kept.Count, offset ?? 0, views));
        }).WithName("ListConflicts").WithSummary("Disagreements between sources (dates, participants, counts) with their events, a page at a time; kind keeps one kind.");
    }

    private static IResult Download(string content, string contentType, string fileName) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(content), contentType + "; charset=utf-8", fileName);
}
