using System.Diagnostics;
using Chronicle.Time;
using TimexRecord = Chronicle.Time.Timex;

namespace Chronicle.Evaluation.Timex;

/// <summary>The scoring of one document: its counts and its aligned expressions (for error analysis).</summary>
public sealed record TimexDocumentResult(string Path, string DocId, DateOnly? Dct, TimexCounts Counts, IReadOnlyList<TimexPair> Pairs)
{
    /// <summary>The pairs that are not a perfect match (missed, spurious, extent, type or value wrong).</summary>
    public IEnumerable<TimexPair> Errors => Pairs.Where(p => !(p.ExactSpan && p.RightType && p.RightValue));
}

/// <summary>The outcome of an evaluation run: totals, per-document results and throughput.</summary>
public sealed record TimexEvaluationResult(
    string GoldDir,
    CorpusPart Part,
    TimexCounts Totals,
    IReadOnlyList<TimexDocumentResult> Documents,
    long Characters,
    TimeSpan TaggingTime)
{
    public double CharactersPerSecond => TaggingTime.TotalSeconds <= 0 ? 0 : Characters / TaggingTime.TotalSeconds;

    /// <summary>
    /// The process's CPU time for the same best pass (null when not measured): on a machine that other
    /// processes load, wall time counts their turns too, CPU time does not.
    /// </summary>
    public TimeSpan? CpuTime { get; init; }

    public double? CharactersPerCpuSecond => CpuTime is { TotalSeconds: > 0 } cpu ? Characters / cpu.TotalSeconds : null;
}

/// <summary>Runs a tagger over the TimeML files of a folder and scores it the TempEval-3 way.</summary>
public static class TimexEvaluation
{
    /// <summary>How long the taggers run untimed before a timed run (the same for the peers in bench/peers/tag.js).</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    /// <summary>The shortest timed pass (the same for the peers in bench/peers/tag.js).</summary>
    public static readonly TimeSpan MinPass = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Tags the documents of the part and scores them. The speed is the best of timingPasses passes over
    /// all documents on one thread (after untimed passes for WarmUp, which load the word lists and let the JIT
    /// optimise), so that a busy machine disturbs it less.
    /// </summary>
    public static TimexEvaluationResult Run(string goldDir, TimexTagger tagger, CorpusPart part = CorpusPart.Dev, int timingPasses = 1)
    {
        var docs = TimexCorpus.Load(goldDir, part);
        if (timingPasses > 1)
        {
            // Untimed passes for at least WarmUp (and at least one), so that the timed ones run the code
            // tiered compilation optimises in the background (it waits ~100 ms and needs 30 calls per
            // method); bench/peers/tag.js warms node's taggers for the same time.
            var warm = Stopwatch.StartNew();
            do
            {
                foreach (var d in docs)
                {
                    tagger.Tag(d.Doc.Text, d.Doc.Dct);
                }
            }
            while (warm.Elapsed < WarmUp);
        }
        else if (docs.Count > 0)
        {
            tagger.Tag(docs[0].Doc.Text, docs[0].Doc.Dct);
        }

        List<IReadOnlyList<TimexRecord>> system = [];
        var best = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.MaxValue;
        using var self = Process.GetCurrentProcess();
        for (var pass = 0; pass < Math.Max(1, timingPasses); pass++)
        {
            // A pass goes over the documents as many times as it takes to last MinPass, so that a small
            // part is not timed in a few milliseconds; its time is per round.
            self.Refresh();
            var cpuStart = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var rounds = 0;
            do
            {
                system = docs.Select(d => tagger.Tag(d.Doc.Text, d.Doc.Dct)).ToList();
                rounds++;
            }
            while (watch.Elapsed < MinPass);

            watch.Stop();
            self.Refresh();
            var cpu = (self.TotalProcessorTime - cpuStart) / rounds;
            var elapsed = watch.Elapsed / rounds;
            best = elapsed < best ? elapsed : best;
            bestCpu = cpu < bestCpu ? cpu : bestCpu;
        }

        return Score(goldDir, part, docs, system, best) with { CpuTime = bestCpu };
    }

    /// <summary>Scores expressions found by any system (a peer's, read from JSON) against the same documents.</summary>
    public static TimexEvaluationResult Score(
        string goldDir,
        CorpusPart part,
        IReadOnlyList<(string Path, TimeMlDocument Doc)> docs,
        IReadOnlyList<IReadOnlyList<TimexRecord>> system,
        TimeSpan taggingTime)
    {
        var results = new List<TimexDocumentResult>(docs.Count);
        var totals = TimexCounts.Zero;
        long chars = 0;
        for (var i = 0; i < docs.Count; i++)
        {
            var (path, doc) = docs[i];
            var pairs = TimexScorer.Align(doc.Timexes, system[i]);
            var counts = TimexScorer.Count(pairs, doc.Timexes.Count, system[i].Count);
            totals = totals.Add(counts);
            chars += doc.Text.Length;
            results.Add(new TimexDocumentResult(path, doc.DocId, doc.Dct, counts, pairs));
        }

        return new TimexEvaluationResult(goldDir, part, totals, results, chars, taggingTime);
    }
}
