using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Output;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Reading;
using Chronicle.Rendering;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle tag FILE`: annotate one article and print every annotation with offsets.</summary>
public static class TagCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("FILE") { Description = "The article file (any format 'ingest' reads; the first article of a multi-article file)." };
        var dct = new Option<string?>("--dct") { Description = "Document creation time YYYY-MM-DD, overriding the article's own date." };
        var raw = new Option<bool>("--raw") { Description = "Take the file's text exactly as it is (no cleaning), so offsets point into the file." };
        var format = CommonOptions.Format(OutputFormat.Json, OutputFormat.Json, OutputFormat.Timeml);
        var command = new Command("tag", "Annotate one article: its text with temporal expressions (TIMEX3), entities, sentences, zones and publication date.") { file, dct, raw, format };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var dctOverride = ParseDct(parse.GetValue(dct));
            var analyzer = new ArticleAnalyzer();
            var article = parse.GetValue(raw) ? AnalyseRaw(path, analyzer) : AnalyseCleaned(path, analyzer);
            var anchor = dctOverride ?? article.Published.Date;
            var timexes = ArticleAnalyzer.SharedTagger.Tag(article.Text, anchor);
            io.Out.WriteLine(parse.GetValue(format) == OutputFormat.Timeml
                ? Chronicle.Time.TimeMlWriter.Write(article.Text, timexes, anchor, Path.GetFileNameWithoutExtension(path))
                : JsonOutput.Serialize(TagDocumentBuilder.Build(path, article, anchor, timexes)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateOnly? ParseDct(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--dct '{value}' is not a date of the form YYYY-MM-DD.");
    }

    private static Article AnalyseCleaned(string path, ArticleAnalyzer analyzer)
    {
        var first = ReadFirst(path);
        return analyzer.Analyze(first);
    }

    /// <summary>The file's decoded text exactly, segmented as one block; the date still comes from the article's own evidence.</summary>
    private static Article AnalyseRaw(string path, ArticleAnalyzer analyzer)
    {
        var read = ReadFirst(path);
        var cleaned = analyzer.Analyze(read);
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path), normalizeNewlines: false);
        if (decoded.Error is { } error)
        {
            throw new CliFailureException($"{path}: {error}");
        }

        return analyzer.AnalyzeRawText(read, decoded.Text, cleaned.Published);
    }

    private static RawArticle ReadFirst(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliFailureException($"{path}: no such file.");
        }

        var first = new ArticleReader(new ReaderOptions()).ReadFile(path).First();
        if (first.Error is { } error)
        {
            throw new CliFailureException(error.ToString());
        }

        return first.Article!;
    }
}
