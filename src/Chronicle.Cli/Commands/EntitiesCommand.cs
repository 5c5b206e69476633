using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Output;
using Chronicle.Corpus;
using Chronicle.Entities;
using Chronicle.Entities.Resolution;
using Chronicle.Rendering;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle entities` and `chronicle entity NAME`: the people, organisations and places of a store.</summary>
public static class EntitiesCommand
{
    public static Command CreateList(CliIo io)
    {
        var db = CommonOptions.Database();
        var type = new Option<string?>("--type", "-t") { Description = "Only this type: PERSON, ORG, GPE, LOC, FACILITY or NORP." };
        var explain = new Option<bool>("--explain") { Description = "Show the evidence for every merge of names into one entity." };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json, OutputFormat.Md);
        var command = new Command("entities", "List the entities of the store: name, type, aliases, roles, articles, first and last seen.") { db, type, explain, format };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenExistingStore(parse.GetValue(db)!);
            var wanted = ParseType(parse.GetValue(type));
            if (parse.GetValue(format) == OutputFormat.Json && !parse.GetValue(explain) && store is ICorpusIndexStore indexed)
            {
                // A large store's entities do not fit in memory as objects (articles lists of countries run to
                // tens of thousands): they are written as they are read.
                CorpusIndex.Default.Update(indexed);
                using var raw = io.OpenRawOut();
                using var writer = raw is null ? new ChunkedJsonWriter(io.Out) : new ChunkedJsonWriter(raw);
                WriteJson(indexed, wanted, writer);
                return ExitCodes.Ok;
            }

            if (parse.GetValue(explain))
            {
                void Write(Entity entity)
                {
                    if (wanted is null || entity.Type == wanted)
                    {
                        io.Out.Write(entity.Explain());
                    }
                }

                if (store is ICorpusIndexStore explained)
                {
                    // Written as read, as the JSON list is: every entity whole does not fit in memory at scale.
                    CorpusIndex.Default.Update(explained);
                    explained.ScanEntities(stored =>
                    {
                        Write(Pipeline.AnnotationLayers.Deserialize<Entity>(stored.Json)!);
                        return false;
                    });
                }
                else
                {
                    foreach (var entity in Load(store))
                    {
                        Write(entity);
                    }
                }

                return ExitCodes.Ok;
            }

            IReadOnlyList<TimelineEntity> output;
            if (store is ICorpusIndexStore listed && parse.GetValue(format) != OutputFormat.Json)
            {
                // The table and Markdown show counts, not document ids, and no merge evidence: each entity is
                // read slim and only its row kept (every entity whole was 1.8 GB at 100,000 articles).
                output = CorpusTimeline.EntityRows(listed, wanted);
            }
            else
            {
                var documentIds = DocumentIds(store);
                output = Load(store).Where(e => wanted is null || e.Type == wanted).Select(e => TimelineBuilder.ToOutput(e, documentIds)).ToList();
            }

            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    io.Out.WriteLine(JsonOutput.Serialize(output));
                    break;
                case OutputFormat.Md:
                    io.Out.WriteLine("| name | type | aliases | roles | articles | first seen | last seen |");
                    io.Out.WriteLine("|---|---|---|---|---|---|---|");
                    foreach (var e in output)
                    {
                        io.Out.WriteLine($"| {Markdown.Cell(e.Name)} | {e.Type} | {Markdown.Cell(string.Join("; ", e.Aliases))} | {Markdown.Cell(string.Join("; ", e.Roles))} | {e.Documents.Count} | {e.FirstSeen ?? "?"} | {e.LastSeen ?? "?"} |");
                    }

                    break;
                default:
                    var table = new TextTable(("name", 30), ("type", 8), ("aliases", 40), ("roles", 40), ("articles", 8), ("first seen", 10), ("last seen", 10));
                    foreach (var e in output)
                    {
                        table.Add(e.Name, e.Type, string.Join("; ", e.Aliases), string.Join("; ", e.Roles), e.Documents.Count.ToString(CultureInfo.InvariantCulture), e.FirstSeen ?? "?", e.LastSeen ?? "?");
                    }

                    io.Out.Write(table.Render());
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private const int AlsoMatchingShown = 10;

    public static Command CreateProfile(CliIo io)
    {
        var name = new Argument<string>("NAME") { Description = "Any name the entity goes by (any alias or spelling)." };
        var db = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Text, OutputFormat.Json);
        var command = new Command("entity", "Profile of one entity: aliases, roles over time, articles, merge evidence.") { name, db, format };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenExistingStore(parse.GetValue(db)!);

            // A profile as JSON is a short read held whole, written from the events' stored forms: collections wait
            // until it is written (see CollectionsHeldOff). The text lists every event made into objects, which
            // outgrew the hold for no gain.
            var json = parse.GetValue(format) == OutputFormat.Json;
            using var held = json ? CollectionsHeldOff.AfterIndexUpdate(store) : null;
            if (EntityProfile.Find(store, parse.GetValue(name)!) is not { } profile)
            {
                throw new CliFailureException($"no entity goes by '{parse.GetValue(name)}'; see 'chronicle entities'.");
            }

            var (output, entity) = (profile.Page.Entity, profile.Entity);
            if (json)
            {
                using var raw = io.OpenRawOut();
                if (raw is not null)
                {
                    EntityPageJson.Write(profile.Page, raw);
                }
                else
                {
                    EntityPageJson.Write(profile.Page, io.Out);
                }

                return ExitCodes.Ok;
            }

            io.Out.WriteLine($"{output.Name} ({output.Type}, {output.Id})");
            io.Out.WriteLine($"aliases:    {(output.Aliases.Count == 0 ? "-" : string.Join("; ", output.Aliases))}");
            io.Out.WriteLine($"seen:       {output.FirstSeen ?? "?"} to {output.LastSeen ?? "?"}, {output.Mentions} mentions in {output.Documents.Count} articles");
            io.Out.WriteLine("roles:");
            foreach (var role in output.RoleHistory.OrderBy(r => r.Date ?? "9999", StringComparer.Ordinal))
            {
                io.Out.WriteLine($"  {role.Date ?? "undated",-10}  {role.Role}  ({role.Document})");
            }

            io.Out.WriteLine($"events:     {profile.Page.Events.Count}");
            foreach (var e in profile.Page.Events)
            {
                io.Out.WriteLine($"  {e.Id,-6} {e.Date ?? "?",-10}  {e.Type,-12} {e.Summary}  ({string.Join(" ", e.Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal))})");
            }

            io.Out.WriteLine("articles:");
            foreach (var doc in profile.Page.Documents)
            {
                io.Out.WriteLine($"  {doc.Id,-4} {doc.Published ?? "?",-10}  {doc.Title}");
            }

            if (profile.AlsoMatching.Count > 0)
            {
                // A common first name fits hundreds of people in a large corpus: name a few and count the rest.
                var more = profile.AlsoMatching.Count > AlsoMatchingShown ? $" and {profile.AlsoMatching.Count - AlsoMatchingShown} more" : string.Empty;
                io.Out.WriteLine($"also matching: {string.Join(", ", profile.AlsoMatching.Take(AlsoMatchingShown))}{more}");
            }

            // One write per line: a city of a large corpus has tens of thousands of merges, and adding them
            // to one string line by line took a minute.
            foreach (var line in entity.Explain().Split('\n').Where(l => l.Contains("merged by", StringComparison.Ordinal)))
            {
                io.Out.Write(line + "\n");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // A store with the cross-article index lists the entities it keeps (resolved once, brought up to
    // date) and numbers documents as its timeline does; any other store is resolved from scratch.
    private static IReadOnlyList<Entity> Load(IArticleStore store) =>
        store is ICorpusIndexStore indexed ? CorpusTimeline.Entities(indexed) : CorpusEntities.Resolve(store);

    /// <summary>The index's entities of the wanted type (all when null) as the JSON array the list prints, written one at a time.</summary>
    private static void WriteJson(ICorpusIndexStore store, EntityType? wanted, ChunkedJsonWriter writer)
    {
        var documentIds = DocumentIds(store);
        writer.Json.WriteStartArray();
        CorpusTimeline.ForEachEntity(store, wanted, documentIds, writer.Item);
        writer.Json.WriteEndArray();
        writer.EndLine();
    }

    private static Dictionary<string, string> DocumentIds(IArticleStore store) =>
        (store is ICorpusIndexStore indexed ? CorpusTimeline.AllDocuments(indexed) : TimelineBuilder.Documents(store))
            .ToDictionary(d => d.ArticleId, d => d.Id, StringComparer.Ordinal);

    private static EntityType? ParseType(string? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var type in Enum.GetValues<EntityType>())
        {
            if (string.Equals(EntityTypeNames.Label(type), value, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        throw new UsageException($"--type '{value}' is not one of PERSON, ORG, GPE, LOC, FACILITY, NORP.");
    }
}
