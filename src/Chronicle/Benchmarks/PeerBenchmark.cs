using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Chronicle.Benchmarks;

/// <summary>One peer's speed on the benchmark texts: characters and tokens it took in, and the seconds inside it.</summary>
public sealed record PeerTiming(string Name, string Task, long Characters, long Tokens, double Seconds)
{
    public double CharactersPerSecond => Characters / Math.Max(Seconds, 1e-9);

    public double TokensPerSecond => Tokens / Math.Max(Seconds, 1e-9);
}

/// <summary>The peers' timings, or why they were not run.</summary>
public sealed record PeerRun(IReadOnlyList<PeerTiming> Timings, IReadOnlyList<string> Skipped);

/// <summary>One text the peers are given: an id, its creation date (for the time taggers) and its token count (for per-token rates).</summary>
public sealed record PeerText(string Id, DateOnly? Date, string Text, int Tokens);

/// <summary>
/// Runs the node peers on the same texts as Chronicle's stages, one pass each after a warm-up:
/// chrono-node and Microsoft Recognizers-Text (bench/peers/tag.js) for time expressions, compromise
/// (bench/peers-ner/peer.mjs) for entities. A peer whose folder has no node_modules, or a machine
/// without node, is reported as skipped, never failed.
/// </summary>
public static class PeerBenchmark
{
    /// <summary>Recognizers-Text in particular slows down sharply on long texts: no peer may hold the benchmark up longer than this.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(5);

    public static PeerRun Run(IReadOnlyList<PeerText> texts, string timePeers, string entityPeers, string node = "node")
    {
        var timings = new List<PeerTiming>();
        var skipped = new List<string>();
        var work = Path.Combine(Path.GetTempPath(), $"chronicle-peers-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var characters = texts.Sum(t => (long)t.Text.Length);
            var tokens = texts.Sum(t => (long)t.Tokens);
            if (Missing(timePeers, "chrono-node") is { } timeProblem)
            {
                skipped.Add($"chrono-node, recognizers-text: {timeProblem}");
            }
            else
            {
                var input = Path.Combine(work, "time.json");
                var output = Path.Combine(work, "time-out.json");
                File.WriteAllText(input, new JsonArray(texts.Select(t => (JsonNode)new JsonObject
                {
                    ["id"] = t.Id,
                    ["dct"] = t.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["text"] = t.Text,
                }).ToArray()).ToJsonString());
                if (RunNode(node, timePeers, ["tag.js", input, output, "1"], out var error) is null)
                {
                    skipped.Add($"chrono-node, recognizers-text: {error}");
                }
                else
                {
                    foreach (var tool in JsonNode.Parse(File.ReadAllText(output))!["tools"]!.AsArray())
                    {
                        timings.Add(new PeerTiming($"{tool!["name"]} {tool["version"]}", "time", characters, tokens, tool["ms"]!.GetValue<double>() / 1000));
                    }
                }
            }

            if (Missing(entityPeers, "compromise") is { } entityProblem)
            {
                skipped.Add($"compromise: {entityProblem}");
            }
            else
            {
                var input = Path.Combine(work, "entities.jsonl");
                File.WriteAllLines(input, texts.Select((t, i) => new JsonObject { ["doc"] = i, ["text"] = t.Text, ["tokens"] = t.Tokens }.ToJsonString()));
                var stdout = RunNode(node, entityPeers, ["peer.mjs", input], out var error);
                var last = stdout?.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
                if (last is null)
                {
                    skipped.Add($"compromise: {error}");
                }
                else
                {
                    var seconds = JsonNode.Parse(last)!["seconds"]!.GetValue<double>();
                    timings.Add(new PeerTiming($"compromise {Version(entityPeers, "compromise")}", "entities", characters, tokens, seconds));
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        return new PeerRun(timings, skipped);
    }

    private static string? Missing(string folder, string package) =>
        Directory.Exists(Path.Combine(folder, "node_modules", package)) ? null : $"not installed in {folder} (run 'npm ci' there)";

    private static string Version(string folder, string package)
    {
        var file = Path.Combine(folder, "node_modules", package, "package.json");
        return File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file))?["version"]?.GetValue<string>() ?? "" : "";
    }

    /// <summary>The script's standard output, or null (with the reason) when node is absent or the script failed.</summary>
    private static string? RunNode(string node, string folder, IReadOnlyList<string> arguments, out string error)
    {
        var start = new ProcessStartInfo(node) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeLimit))
            {
                process.Kill(entireProcessTree: true);
                error = $"gave up after {TimeLimit.TotalMinutes:0} minutes (fewer --peer-articles would finish)";
                return null;
            }

            process.WaitForExit();
            error = process.ExitCode == 0 ? "" : $"node exited with {process.ExitCode}: {stderr.Result.Trim()}";
            return process.ExitCode == 0 ? stdout.Result : null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error = $"node not found ({e.Message})";
            return null;
        }
    }
}
