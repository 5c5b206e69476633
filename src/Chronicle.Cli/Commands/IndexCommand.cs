using System.CommandLine;
using System.Globalization;
using Chronicle.Corpus;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle index [--db STORE] [--exact]`: brings the store's cross-article index up to date now, rather than at the next read.</summary>
public static class IndexCommand
{
    public static Command Create(CliIo io)
    {
        var db = CommonOptions.Database();
        var exact = new Option<bool>("--exact")
        {
            Description = "Fuse exactly: also take in again the articles appended to a large index since its last exact update, so that the timeline is the one a build from scratch gives.",
        };
        var command = new Command("index", "Bring the cross-article index (entities, fused events) up to date with the stored articles. Reads do this on their own; a few new articles in a large index are appended fast, and --exact makes the index the one a build from scratch gives.") { db, exact };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenExistingStore(parse.GetValue(db)!);
            if (store is not ICorpusIndexStore indexed)
            {
                throw new UsageException("this store keeps no cross-article index (PostgreSQL stores build the timeline at each read).");
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var u = (parse.GetValue(exact) ? CorpusIndex.Exact : CorpusIndex.Default).Update(indexed);
            var c = CultureInfo.InvariantCulture;
            io.Out.WriteLine(u == CorpusIndexUpdate.UpToDate
                ? "index: up to date."
                : $"index: {u.NewArticles} article{(u.NewArticles == 1 ? "" : "s")} taken in ({(u.Appended ? "appended" : "exact")}), {u.EventsWritten} events written, {clock.Elapsed.TotalSeconds.ToString("0.0", c)} s.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
