using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Model;
using Chronicle.Time;
using TimexRecord = Chronicle.Time.Timex;

namespace Chronicle.Evaluation.Timex;

/// <summary>One tagger's scores and speed in a comparison.</summary>
public sealed record PeerResult(string Name, string Version, TimexEvaluationResult Result);

/// <summary>
/// Scores Chronicle's tagger and the peer taggers of bench/peers (chrono-node, Microsoft
/// Recognizers-Text, run by node tag.js) on the same TimeML texts with the same creation times and
/// the same scorer, and measures characters per second of each on one core in the same run.
/// </summary>
public static class PeerComparison
{
    /// <summary>Runs the comparison; each tagger's speed is the best of timingPasses passes over all documents.</summary>
    public static IReadOnlyList<PeerResult> Run(string goldDir, CorpusPart part, string peersDir, TimexTagger tagger, int timingPasses = 10, string node = "node")
    {
        var docs = TimexCorpus.Load(goldDir, part);
        var results = new List<PeerResult> { new("chronicle", typeof(TimexTagger).Assembly.GetName().Version?.ToString() ?? "", TimexEvaluation.Run(goldDir, tagger, part, timingPasses)) };

        var work = Directory.CreateTempSubdirectory("chronicle-peers");
        try
        {
            var input = System.IO.Path.Combine(work.FullName, "input.json");
            var output = System.IO.Path.Combine(work.FullName, "output.json");
            WriteInput(docs.Select(d => d.Doc).ToList(), input);
            RunNode(node, peersDir, input, output, timingPasses);
            results.AddRange(ReadPeers(File.ReadAllText(output), goldDir, part, docs));
        }
        finally
        {
            work.Delete(true);
        }

        return results;
    }

    /// <summary>The documents as node's input: id, creation time and text.</summary>
    public static void WriteInput(IReadOnlyList<TimeMlDocument> docs, string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartArray();
        foreach (var d in docs)
        {
            json.WriteStartObject();
            json.WriteString("id", d.DocId);
            if (d.Dct is { } dct)
            {
                json.WriteString("dct", dct.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("dct");
            }

            json.WriteString("text", d.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Scores the peers' output (tag.js's JSON) against the documents it was made from.</summary>
    public static IEnumerable<PeerResult> ReadPeers(string outputJson, string goldDir, CorpusPart part, IReadOnlyList<(string Path, TimeMlDocument Doc)> docs)
    {
        using var parsed = JsonDocument.Parse(outputJson);
        var list = new List<PeerResult>();
        foreach (var tool in parsed.RootElement.GetProperty("tools").EnumerateArray())
        {
            var byId = new Dictionary<string, IReadOnlyList<TimexRecord>>(StringComparer.Ordinal);
            foreach (var doc in tool.GetProperty("docs").EnumerateArray())
            {
                byId[doc.GetProperty("id").GetString() ?? ""] = doc.GetProperty("timexes").EnumerateArray().Select(ReadTimex).Where(t => t is not null).Select(t => t!).ToList();
            }

            var system = docs.Select(d => byId.TryGetValue(d.Doc.DocId, out var found) ? found : []).ToList();
            var elapsed = TimeSpan.FromMilliseconds(tool.GetProperty("ms").GetDouble());
            var scored = TimexEvaluation.Score(goldDir, part, docs, system, elapsed) with
            {
                CpuTime = tool.TryGetProperty("cpuMs", out var cpu) ? TimeSpan.FromMilliseconds(cpu.GetDouble()) : null,
            };
            list.Add(new PeerResult(tool.GetProperty("name").GetString() ?? "", tool.GetProperty("version").GetString() ?? "", scored));
        }

        return list;
    }

    private static TimexRecord? ReadTimex(JsonElement e)
    {
        var start = e.GetProperty("start").GetInt32();
        var end = e.GetProperty("end").GetInt32();
        if (end <= start)
        {
            return null;
        }

        var type = TimexRecord.ParseType(e.TryGetProperty("type", out var t) ? t.GetString() : null) ?? TimexType.Date;
        var value = e.TryGetProperty("value", out var v) ? v.GetString() ?? "" : "";
        return new TimexRecord(new Span(start, end), e.TryGetProperty("text", out var x) ? x.GetString() ?? "" : "", type, value, null, null, null);
    }

    private static void RunNode(string node, string peersDir, string input, string output, int timingPasses)
    {
        var info = new ProcessStartInfo(node)
        {
            WorkingDirectory = peersDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("tag.js");
        info.ArgumentList.Add(input);
        info.ArgumentList.Add(output);
        info.ArgumentList.Add(Math.Max(1, timingPasses).ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + node);
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node tag.js failed ({process.ExitCode}): {stderr.Result}");
        }
    }

    /// <summary>A Markdown table of the comparison: TempEval-3 figures and characters per second, with the speed ratio to the first row.</summary>
    public static string FormatTable(IReadOnlyList<PeerResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| tagger | strict P | strict R | strict F1 | relaxed F1 | type F1 | value F1 | chars/s | speed vs first | chars/CPU-s | CPU speed vs first |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        var first = results.Count > 0 ? results[0].Result.CharactersPerSecond : 0;
        var firstCpu = results.Count > 0 ? results[0].Result.CharactersPerCpuSecond : null;
        foreach (var r in results)
        {
            var t = r.Result.Totals;
            var ratio = r.Result.CharactersPerSecond > 0 ? first / r.Result.CharactersPerSecond : 0;
            var cpu = r.Result.CharactersPerCpuSecond is { } c ? c.ToString("N0", CultureInfo.InvariantCulture) : "-";
            var cpuRatio = r.Result.CharactersPerCpuSecond is > 0 && firstCpu is { } fc ? (fc / r.Result.CharactersPerCpuSecond.Value).ToString("F1", CultureInfo.InvariantCulture) + "x" : "-";
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} {r.Version} | {t.StrictSpan.Precision:F3} | {t.StrictSpan.Recall:F3} | {t.StrictSpan.F1:F3} | {t.RelaxedSpan.F1:F3} | {t.Type.F1:F3} | {t.Value.F1:F3} | {r.Result.CharactersPerSecond:N0} | {ratio:F1}x | {cpu} | {cpuRatio} |");
        }

        return sb.ToString();
    }
}
