using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Output;
using Chronicle.Rendering;
using Chronicle.Timeline;

namespace Chronicle.Cli.Commands;

/// <summary>
/// `chronicle timeline PATH...` analyses the articles in a temporary store on the fly;
/// `chronicle timeline --db DB` prints the timeline of a store built with `ingest`.
/// </summary>
public static class TimelineCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Articles to analyse on the fly (files, directories, globs, -). Without PATH, the store given by --db.", Arity = ArgumentArity.ZeroOrMore };
        var db = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json, OutputFormat.Md, OutputFormat.Csv, OutputFormat.Timelinejs, OutputFormat.Semeval);
        var maxSize = IngestCommand.MaxSizeOption();
        var entity = new Option<string?>("--entity", "-e") { Description = "Only events whose actors or targets are this entity (any of its names)." };
        var types = new Option<string[]>("--type") { Description = "Only these event types (ANNOUNCE, MEET, ...); repeatable.", AllowMultipleArgumentsPerToken = true };
        var statuses = new Option<string[]>("--status") { Description = "Only these statuses: occurred, planned, failed, negated, uncertain; repeatable.", AllowMultipleArgumentsPerToken = true };
        var from = new Option<string?>("--from") { Description = "Only events that may fall on or after YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Only events that may fall on or before YYYY-MM-DD." };
        var minSources = new Option<int>("--min-sources") { Description = "Only events reported by at least N independent sources (syndicated copies count once).", DefaultValueFactory = _ => 1 };
        var limit = new Option<int?>("--limit", "-n") { Description = "Only the N most salient events (by independent sources and participants), in date order." };
        var command = new Command("timeline", "Print the sourced, dated timeline of a set of articles.") { paths, db, format, maxSize, entity, types, statuses, from, to, minSources, limit };
        command.SetAction(parse =>
        {
            var filter = new TimelineFilter
            {
                Entity = parse.GetValue(entity),
                Types = parse.GetValue(types) ?? [],
                Statuses = parse.GetValue(statuses) ?? [],
                From = ParseDate("--from", parse.GetValue(from)),
                To = ParseDate("--to", parse.GetValue(to)),
                MinSources = parse.GetValue(minSources),
                Limit = parse.GetValue(limit) is { } n && n <= 0 ? throw new UsageException("--limit must be at least 1.") : parse.GetValue(limit),
            };
            var chosen = parse.GetValue(format);
            if (chosen == OutputFormat.Semeval && filter.Entity is null)
            {
                throw new UsageException("--format semeval writes one target entity's timeline: give it with --entity NAME.");
            }

            // The SemEval shape numbers sentences by their line in the stored text, so it is made while the store is open.
            (TimelineOutput Timeline, string? SemEval) Build(Storage.IArticleStore store)
            {
                var built = TimelineBuilder.Build(store, filter);
                return (built, chosen == OutputFormat.Semeval ? SemEvalTimelineWriter.Write(SemEvalTimelineConverter.Convert(built, filter.Entity!, store)) : null);
            }

            var inputs = parse.GetValue(paths) ?? [];
            var dbGiven = parse.GetResult(db) is { Implicit: false };
            var failed = 0;
            (TimelineOutput Timeline, string? SemEval) result;
            CollectionsHeldOff? collectionsHeld = null;
            try
            {
                if (inputs.Length == 0)
                {
                    using var store = CommonOptions.OpenExistingStore(parse.GetValue(db)!);
                    if (store is Storage.ICorpusIndexStore indexed && filter.Entity is null && chosen is not OutputFormat.Semeval)
                    {
                        // The whole timeline of a large store, or most of it, does not fit in memory as objects: it is written as it is read.
                        var (held, streamed) = Corpus.CorpusTimeline.Filtered(indexed, filter);
                        if (streamed is not null)
                        {
                            WriteWhole(io, streamed, chosen);
                            return ExitCodes.Ok;
                        }

                        result = (held!, null);
                    }
                    else if (store is Storage.ICorpusIndexStore && filter.Entity is not null)
                    {
                        // One entity's timeline is a short read held whole: collections wait until it is written.
                        collectionsHeld = CollectionsHeldOff.AfterIndexUpdate(store);
                        result = Build(store);
                    }
                    else
                    {
                        result = Build(store);
                    }
                }
                else
                {
                    result = IngestCommand.AnalyseInto(io, inputs, dbGiven ? parse.GetValue(db)! : null, parse.GetValue(maxSize), Build, out failed);
                }

                var timeline = result.Timeline;

                if (filter.Entity is { } name && !timeline.Entities.Any(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase)) && timeline.Events.Count == 0)
                {
                    io.Error.WriteLine($"warning: no entity goes by '{name}'; see 'chronicle entities'.");
                }

                if (result.SemEval is { } semEval)
                {
                    io.Out.Write(semEval);
                }
                else
                {
                    Write(io, timeline, chosen);
                }

                return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
            }
            finally
            {
                collectionsHeld?.Dispose();
            }
        });
        return command;
    }

    private static DateOnly? ParseDate(string option, string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"{option} '{value}' is not a date of the form YYYY-MM-DD.");

    private static void Write(CliIo io, TimelineOutput timeline, OutputFormat format)
    {
        var output = io.Out;
        switch (format)
        {
            case OutputFormat.Json:
                using (var raw = io.OpenRawOut())
                {
                    if (raw is not null)
                    {
                        TimelineJson.Write(timeline, raw);
                    }
                    else
                    {
                        TimelineJson.Write(timeline, output);
                    }
                }

                break;
            case OutputFormat.Md:
                output.Write(TimelineRenderers.Markdown(timeline));
                break;
            case OutputFormat.Csv:
                output.Write(TimelineRenderers.Csv(timeline));
                break;
            case OutputFormat.Timelinejs:
                output.WriteLine(JsonOutput.Serialize(TimelineRenderers.TimelineJs(timeline, "Timeline")));
                break;
            default:
                WriteTable(output, timeline);
                break;
        }
    }

    /// <summary>A timeline read in passes (the whole one, or a large selection) in <paramref name="format"/> (JSON, Markdown, CSV, TimelineJS or the table), written as it is read.</summary>
    private static void WriteWhole(CliIo io, Corpus.WholeTimeline whole, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                using (var raw = io.OpenRawOut())
                {
                    if (raw is not null)
                    {
                        Corpus.WholeTimelineWriter.Write(whole, raw);
                    }
                    else
                    {
                        Corpus.WholeTimelineWriter.Write(whole, io.Out);
                    }
                }

                break;
            case OutputFormat.Md:
                Corpus.WholeTimelineText.WriteMarkdown(whole, io.Out);
                break;
            case OutputFormat.Csv:
                Corpus.WholeTimelineText.WriteCsv(whole, io.Out);
                break;
            case OutputFormat.Timelinejs:
                Corpus.WholeTimelineWriter.WriteTimelineJs(whole, io.Out, "Timeline");
                break;
            default:
                // The table's column widths depend on every row, so the rows (cut to their columns) are kept; the events are not.
                WriteTable(io.Out, whole.EntityNames(), whole.ForEachEvent, whole.EventCount, whole.Documents, whole.Conflicts);
                break;
        }
    }

    private static void WriteTable(TextWriter output, TimelineOutput timeline) =>
        WriteTable(
            output,
            timeline.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal),
            take =>
            {
                // The table prints no sentence: events still in their stored forms are read without them.
                foreach (var e in ListedEvents.Of(timeline.Events))
                {
                    take(e);
                }
            },
            timeline.Events.Count,
            timeline.Documents,
            timeline.Conflicts);

    private static void WriteTable(
        TextWriter output,
        IReadOnlyDictionary<string, string> names,
        Action<Action<TimelineEvent>> forEachEvent,
        int eventCount,
        IReadOnlyList<TimelineDocument> documentList,
        IReadOnlyList<TimelineConflict> conflicts)
    {
        var table = new TextTable(("date", 10), ("type", 14), ("status", 9), ("who", 28), ("summary", 90), ("sources", 12));
        forEachEvent(e =>
        {
            var who = string.Join(", ", e.Actors.Concat(e.Targets).Select(a => names.GetValueOrDefault(a, a)).Distinct(StringComparer.Ordinal));
            var sources = string.Join(" ", e.Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal));
            table.Add(e.Date ?? "?", e.Type, e.Status, who, e.Summary, sources);
        });

        output.Write(table.Render());
        output.WriteLine();
        output.WriteLine($"{eventCount} events from {documentList.Count} articles; {conflicts.Count} conflicts between sources.");
        foreach (var c in conflicts)
        {
            output.WriteLine($"  conflict ({c.Kind}, {string.Join(", ", c.Events)}): {c.Description}");
        }

        output.WriteLine();
        // Wide enough for d1000000: a cut id ("d99…") names no document.
        var documents = new TextTable(("id", 8), ("published", 10), ("evidence", 8), ("outlet", 22), ("title", 64), ("path", 48));
        foreach (var d in documentList)
        {
            documents.Add(d.Id, d.Published ?? "?", d.PublishedEvidence, d.Outlet ?? "", d.Title ?? "", d.Path);
        }

        output.Write(documents.Render());
    }
}
