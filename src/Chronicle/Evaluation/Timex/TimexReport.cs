using System.Globalization;
using System.Text;

namespace Chronicle.Evaluation.Timex;

/// <summary>Formats an evaluation as text: the TempEval-3 table, throughput, and the errors per document.</summary>
public static class TimexReport
{
    public static string Format(TimexEvaluationResult result, int maxErrors = 200)
    {
        var sb = new StringBuilder();
        var t = result.Totals;
        sb.AppendLine(CultureInfo.InvariantCulture, $"TIMEX3 evaluation of {result.GoldDir} ({result.Part.ToString().ToLowerInvariant()}): {result.Documents.Count} documents, {t.Gold} gold, {t.System} system expressions");
        sb.AppendLine("measure          P       R       F1");
        Row(sb, "strict span", t.StrictSpan);
        Row(sb, "relaxed span", t.RelaxedSpan);
        Row(sb, "type", t.Type);
        Row(sb, "value", t.Value);
        sb.AppendLine(CultureInfo.InvariantCulture, $"speed: {result.Characters:N0} characters in {result.TaggingTime.TotalMilliseconds:F0} ms = {result.CharactersPerSecond:N0} characters/s (one thread)");
        if (maxErrors <= 0)
        {
            return sb.ToString();
        }

        sb.AppendLine();
        sb.AppendLine("errors (gold | system):");
        var shown = 0;
        foreach (var doc in result.Documents)
        {
            foreach (var e in doc.Errors)
            {
                if (shown++ >= maxErrors)
                {
                    sb.AppendLine("...");
                    return sb.ToString();
                }

                sb.AppendLine(CultureInfo.InvariantCulture, $"{doc.DocId} dct={doc.Dct:yyyy-MM-dd} {Kind(e),-8} {Describe(e.Gold)} | {Describe(e.System)}");
            }
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, Prf prf) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"{name,-14} {prf.Precision,7:F3} {prf.Recall,7:F3} {prf.F1,7:F3}");

    private static string Kind(TimexPair p) =>
        p.Gold is null ? "spurious" : p.System is null ? "missed" : !p.RightValue ? "value" : !p.RightType ? "type" : "extent";

    private static string Describe(Chronicle.Time.Timex? t) =>
        t is null ? "-" : $"\"{t.Text.ReplaceLineEndings(" ")}\" {Chronicle.Time.Timex.TypeName(t.Type)} {t.Value}{(t.Mod is null ? "" : " " + t.Mod)}";
}
