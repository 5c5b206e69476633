using System.Diagnostics;
using Chronicle.Model;
using Chronicle.Segmentation;
using Xunit.Abstractions;

namespace Chronicle.Tests.Segmentation;

/// <summary>
/// Figures on shared data, printed to the test output (run with --logger "console;verbosity=detailed"):
/// throughput on the seed texts and agreement with the UD English EWT gold tokens and sentences. The
/// assertions are floors well below the measured figures, not timings.
/// </summary>
public class SegmentationMeasurements(ITestOutputHelper output)
{
    [SkippableFact]
    public void Throughput_on_the_seed_texts()
    {
        SharedData.SkipIfAbsent();
        var seeds = Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var text = string.Join("\n\n", Enumerable.Repeat(string.Join("\n\n", seeds), 400));

        // Best of three runs after a warm-up: the machine is shared, the best run is the least disturbed.
        var sentences = Segmenter.Default.Segment(text, []);
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            sentences = Segmenter.Default.Segment(text, []);
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        var tokens = sentences.Sum(s => s.Tokens.Count);
        output.WriteLine($"{text.Length:N0} chars, {sentences.Count:N0} sentences, {tokens:N0} tokens in {best.TotalMilliseconds:N0} ms: {tokens / best.TotalSeconds:N0} tokens/s");
        Assert.True(tokens > text.Length / 10, "a token every ten characters at least");
    }

    [SkippableFact]
    public void Agreement_with_ud_english_ewt_dev()
    {
        SharedData.SkipIfAbsent();
        var path = SharedData.Path("data", "ud-english-ewt", "en_ewt-ud-dev.conllu");
        Skip.IfNot(File.Exists(path), "UD English EWT dev file is absent.");

        var (text, goldTokens, goldSentenceEnds) = ReadConllu(path);
        var sentences = Segmenter.Default.Segment(text, []);
        var ourTokens = sentences.SelectMany(s => s.Tokens).Select(t => t.Span).ToHashSet();
        var ourEnds = sentences.Select(s => s.Span.End).ToHashSet();

        var tokenF1 = F1(ourTokens, goldTokens);
        var sentenceF1 = F1(ourEnds, goldSentenceEnds);
        output.WriteLine($"UD EWT dev: token F1 {tokenF1:P1} ({goldTokens.Count:N0} gold tokens; EWT splits hyphenated words, Chronicle keeps them), sentence-end F1 {sentenceF1:P1} ({goldSentenceEnds.Count:N0} gold sentences)");
        Assert.True(tokenF1 > 0.9, $"token F1 {tokenF1:P1}");
        Assert.True(sentenceF1 > 0.7, $"sentence F1 {sentenceF1:P1}");
    }

    private static double F1<T>(HashSet<T> ours, HashSet<T> gold)
    {
        var hits = ours.Count(gold.Contains);
        var precision = ours.Count == 0 ? 0 : (double)hits / ours.Count;
        var recall = gold.Count == 0 ? 0 : (double)hits / gold.Count;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /// <summary>
    /// Rebuilds the running text of a CoNLL-U file (sentences of a paragraph joined by a space,
    /// paragraphs by a blank line) with the gold token spans (surface tokens: a multi-word token such as
    /// "don't" counts as its words only where they spell it) and gold sentence ends.
    /// </summary>
    private static (string Text, HashSet<Span> Tokens, HashSet<int> SentenceEnds) ReadConllu(string path)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new HashSet<Span>();
        var ends = new HashSet<int>();
        string? sentenceText = null;
        var cursor = 0;
        var sentenceStart = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# newpar", StringComparison.Ordinal) && text.Length > 0)
            {
                text.Append("\n\n");
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                sentenceText = line["# text = ".Length..];
                if (text.Length > 0 && text[^1] != '\n')
                {
                    text.Append(' ');
                }

                sentenceStart = text.Length;
                cursor = 0;
                text.Append(sentenceText);
                ends.Add(text.Length);
            }
            else if (line.Length > 0 && char.IsAsciiDigit(line[0]) && sentenceText is not null)
            {
                var fields = line.Split('\t');
                if (fields[0].Contains('.') || fields[0].Contains('-'))
                {
                    continue;
                }

                var at = sentenceText.IndexOf(fields[1], cursor, StringComparison.Ordinal);
                if (at >= 0)
                {
                    tokens.Add(new Span(sentenceStart + at, sentenceStart + at + fields[1].Length));
                    cursor = at + fields[1].Length;
                }
            }
        }

        return (text.ToString(), tokens, ends);
    }
}
