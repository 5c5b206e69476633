using System.Text;
using Chronicle.Model;

namespace Chronicle.Benchmarks;

/// <summary>
/// Turns a handful of real articles into as many distinct ones as a benchmark needs: each variant
/// shifts every year it states, swaps capitalised names between articles and reorders its body
/// paragraphs, so content-hash deduplication cannot short-circuit the work and the text stays news.
/// Deterministic for a given seed.
/// </summary>
public sealed class CorpusVariator
{
    private readonly IReadOnlyList<RawArticle> sources;
    private readonly string[] names;

    public CorpusVariator(IReadOnlyList<RawArticle> sources)
    {
        if (sources.Count == 0)
        {
            throw new ArgumentException("at least one source article is needed", nameof(sources));
        }

        this.sources = sources;
        names = sources.SelectMany(s => CapitalisedWords(s.Text)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Variants number <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 (each number always gives the same variant).</summary>
    public IEnumerable<RawArticle> Generate(int count, int first = 0)
    {
        for (var i = first; i < first + count; i++)
        {
            var source = sources[i % sources.Count];
            var variant = i / sources.Count;
            var random = new Random(unchecked((i * 7919) + 17));
            var text = Vary(source.Text, variant, random);
            yield return source with { Text = text, Line = i + 1 };
        }
    }

    private string Vary(string text, int variant, Random random)
    {
        var paragraphs = text.Split("\n\n");
        if (paragraphs.Length > 3)
        {
            // Keep the top (headline, dateline) in place; shuffle the body.
            var body = paragraphs[2..];
            random.Shuffle(body);
            paragraphs = [.. paragraphs[..2], .. body];
        }

        var joined = string.Join("\n\n", paragraphs);
        var shifted = ShiftYears(joined, variant % 7);
        var swapped = names.Length > 1 ? SwapName(shifted, random) : shifted;
        return swapped + $"\n\nThis is edition {variant + 1} of the report.";
    }

    /// <summary>Adds <paramref name="years"/> to every four-digit number from 1900 to 2099.</summary>
    private static string ShiftYears(string text, int years)
    {
        if (years == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            var boundedLeft = i == 0 || !char.IsAsciiDigit(text[i - 1]);
            var boundedRight = i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]);
            if (boundedLeft && boundedRight && int.TryParse(text.AsSpan(i, 4), out var year) && year is >= 1900 and <= 2099)
            {
                var shifted = Math.Min(2099, year + years).ToString(System.Globalization.CultureInfo.InvariantCulture);
                for (var k = 0; k < 4; k++)
                {
                    builder[i + k] = shifted[k];
                }
            }
        }

        return builder.ToString();
    }

    private string SwapName(string text, Random random)
    {
        var from = names[random.Next(names.Length)];
        var to = names[random.Next(names.Length)];
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static IEnumerable<string> CapitalisedWords(string text)
    {
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = word.Trim('.', ',', ';', ':', '"', '\'', '(', ')', '“', '”', '’');
            if (trimmed.Length >= 4 && char.IsUpper(trimmed[0]) && trimmed.Skip(1).All(char.IsLower))
            {
                yield return trimmed;
            }
        }
    }
}
