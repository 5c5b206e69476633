using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Entities;
using Chronicle.Entities.Ner;
using Chronicle.Model;
using Chronicle.Segmentation;

namespace Chronicle.Evaluation.Ner;

/// <summary>
/// Compares Chronicle's recogniser with a peer tagger (bench/peers-ner: compromise on node) on the
/// same gold file: <see cref="Export"/> writes the documents as JSON lines for the peer,
/// <see cref="ScorePeer"/> scores the spans the peer printed with the same scorer, and
/// <see cref="Table"/> puts quality and speed side by side.
/// </summary>
public static class NerPeerBench
{
    /// <summary>Writes {"doc", "text", "tokens"} lines: the text of each document exactly as Chronicle is scored on it.</summary>
    public static int Export(string iobPath, string outputPath) =>
        WriteTexts(ConllReader.ReadFile(iobPath).Select(d =>
        {
            var (text, sentences) = d.ToText();
            return (text, sentences.Sum(s => s.Tokens.Count));
        }), outputPath);

    /// <summary>The same for whole articles of a stand-off gold, with the token counts of the pipeline's segmentation.</summary>
    public static int Export(IReadOnlyList<StandoffNerDocument> articles, string outputPath) =>
        WriteTexts(articles.Select(a => (a.Text, Segmenter.Default.Segment(a.Text, []).Sum(s => s.Tokens.Count))), outputPath);

    private static int WriteTexts(IEnumerable<(string Text, int Tokens)> documents, string outputPath)
    {
        using var file = File.Create(outputPath);
        var d = 0;
        foreach (var (text, tokens) in documents)
        {
            using (var json = new Utf8JsonWriter(file))
            {
                json.WriteStartObject();
                json.WriteNumber("doc", d++);
                json.WriteString("text", text);
                json.WriteNumber("tokens", tokens);
                json.WriteEndObject();
            }

            file.WriteByte((byte)'\n');
        }

        return d;
    }

    /// <summary>Chronicle's scores, timed on a warm recogniser (best of <paramref name="runs"/>).</summary>
    public static NerScores ScoreChronicle(string iobPath, EntityRecognizer recognizer, int runs = 3)
    {
        var documents = ConllReader.ReadFile(iobPath);
        NerScores? best = null;
        for (var i = 0; i < Math.Max(1, runs); i++)
        {
            var scores = NerEvaluation.Score("Chronicle", documents, recognizer);
            best = best is null || scores.Elapsed < best.Elapsed ? scores : best;
        }

        return best!;
    }

    /// <summary>Chronicle's scores on whole articles, timed on a warm recogniser (best of <paramref name="runs"/>).</summary>
    public static NerScores ScoreChronicle(IReadOnlyList<StandoffNerDocument> articles, EntityRecognizer recognizer, int runs = 3) =>
        Enumerable.Range(0, Math.Max(1, runs))
            .Select(_ => NerEvaluation.ScoreTexts("Chronicle", articles, recognizer))
            .MinBy(s => s.Elapsed)!;

    /// <summary>Scores the peer's spans on whole articles of a stand-off gold.</summary>
    public static NerScores ScorePeer(string name, IReadOnlyList<StandoffNerDocument> articles, string spansPath)
    {
        var (predicted, seconds) = ReadPeerSpans(spansPath, articles.Count);
        var segmented = articles.Select(a => Segmenter.Default.Segment(a.Text, [])).ToList();
        return new NerScores(
            name,
            NerEvaluation.Compare(articles.Select(a => a.Gold).ToList(), predicted),
            segmented.Sum(s => s.Count),
            segmented.Sum(s => s.Sum(x => x.Tokens.Count)),
            TimeSpan.FromSeconds(seconds));
    }

    /// <summary>Scores the peer's JSON-lines spans (and its closing {"seconds", "tokens"} line) against the gold file.</summary>
    public static NerScores ScorePeer(string name, string iobPath, string spansPath)
    {
        var documents = ConllReader.ReadFile(iobPath);
        var (predicted, seconds) = ReadPeerSpans(spansPath, documents.Count);
        var gold = documents.Select(d =>
        {
            var (text, sentences) = d.ToText();
            return NerEvaluation.GoldSpans(d, text, sentences);
        }).ToList();
        var scores = NerEvaluation.Compare(gold, predicted);
        return new NerScores(
            name,
            scores,
            documents.Sum(d => d.Sentences.Count),
            documents.Sum(d => d.Sentences.Sum(x => x.Words.Count)),
            TimeSpan.FromSeconds(seconds));
    }

    /// <summary>The peer's spans per document, and its closing line's seconds.</summary>
    private static (IReadOnlyList<IReadOnlyList<(Span, string)>> Spans, double Seconds) ReadPeerSpans(string spansPath, int documents)
    {
        var predicted = Enumerable.Range(0, documents).Select(_ => new List<(Span, string)>()).ToList();
        var seconds = 0.0;
        foreach (var line in File.ReadLines(spansPath))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("seconds", out var s))
            {
                seconds = s.GetDouble();
                continue;
            }

            var doc = root.GetProperty("doc").GetInt32();
            if (doc >= 0 && doc < predicted.Count)
            {
                predicted[doc].Add((new Span(root.GetProperty("start").GetInt32(), root.GetProperty("end").GetInt32()), root.GetProperty("type").GetString() ?? ""));
            }
        }

        return (predicted, seconds);
    }

    /// <summary>A Markdown table: per system, F1 per type, overall P/R/F1 and tokens per second.</summary>
    public static string Table(IEnumerable<NerScores> systems)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine("| system | PER F1 | ORG F1 | LOC F1 | P | R | F1 | tokens/s (1 thread) |");
        b.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var s in systems)
        {
            string F(string type) => s.Types.Single(t => t.Type == type).F1.ToString("0.000", c);
            var all = s.Overall;
            b.Append(c, $"| {s.Name} | {F("PER")} | {F("ORG")} | {F("LOC")} | {all.Precision:0.000} | {all.Recall:0.000} | {all.F1:0.000} | {s.TokensPerSecond:N0} |").AppendLine();
        }

        return b.ToString();
    }
}
