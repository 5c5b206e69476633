using System.Text;
using System.Text.Json;
using Chronicle.Model;

namespace Chronicle.Benchmarks;

/// <summary>
/// Writes a generated corpus as JSON Lines files that the reader takes back as they are (one article per
/// line, fields the JSON reader knows), spread round robin over a fixed number of files so that a
/// corpus splits evenly among ingest workers by file.
/// </summary>
public static class CorpusFiles
{
    /// <summary>Writes part-000.jsonl, part-001.jsonl... under <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(IEnumerable<RawArticle> articles, string folder, int files)
    {
        Directory.CreateDirectory(folder);
        var paths = Enumerable.Range(0, files).Select(n => Path.Combine(folder, $"part-{n:000}.jsonl")).ToArray();
        var writers = paths.Select(p => new StreamWriter(p, append: false, new UTF8Encoding(false))).ToArray();
        try
        {
            var n = 0;
            foreach (var article in articles)
            {
                writers[n++ % files].WriteLine(Line(article));
            }
        }
        finally
        {
            foreach (var writer in writers)
            {
                writer.Dispose();
            }
        }

        return paths;
    }

    private static string Line(RawArticle article)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("title", article.Title);
            json.WriteString("text", article.Text);
            json.WriteString("published", article.PublishedRaw);
            json.WriteString("url", article.Url);
            json.WriteString("outlet", article.Outlet);
            json.WriteString("author", article.Author);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
