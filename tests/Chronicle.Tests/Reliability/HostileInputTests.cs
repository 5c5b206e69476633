using System.Text;
using System.Text.Json;
using Chronicle.Tests.Cli;

namespace Chronicle.Tests.Reliability;

/// <summary>Inputs a newsroom archive really contains, fed through the whole command: each is reported or read, and the batch goes on.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private string Db => Path.Combine(temp.Path, "store.db");

    [Fact]
    public void A_200_MB_file_is_refused_by_name_without_being_read_and_the_batch_goes_on()
    {
        var big = Path.Combine(temp.Path, "in", "huge.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(big)!);
        using (var stream = File.Create(big))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse: costs no disk or time
        }

        temp.File("in/ok.txt", "Council approves budget\n\nThe council approved the city budget on Monday after a short debate.");
        var result = CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--db", Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("huge.txt", result.Error);
        Assert.Contains("limit", result.Error);
        Assert.Contains("1 added", result.Out);
    }

    [Fact]
    public void A_10_MB_line_is_read_and_stored()
    {
        var words = "the council said on Friday that ministers would meet in May and discuss the budget ";
        var builder = new StringBuilder(10 * 1024 * 1024 + words.Length);
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(words);
        }

        temp.File("line.txt", builder.ToString());
        var result = CliRunner.Run("ingest", Path.Combine(temp.Path, "line.txt"), "--db", Db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 added", result.Out);
    }

    [Fact]
    public void A_text_of_many_date_like_tokens_is_tagged()
    {
        var forms = new[] { "12 May 2021", "2021-05-12", "Friday", "31 February 2020", "year 0", "9999", "-44", "1,967 people" };
        var builder = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append(forms[i % forms.Length]).Append(i % 10 == 9 ? ".\n" : ", ");
        }

        var path = temp.File("dates.txt", builder.ToString());
        var result = CliRunner.Run("tag", path, "--raw", "--dct", "2021-06-01");
        Assert.Equal(0, result.ExitCode);
        var timexes = JsonDocument.Parse(result.Out).RootElement.GetProperty("timexes");
        Assert.True(timexes.GetArrayLength() > 10_000);
        Assert.DoesNotContain(timexes.EnumerateArray(), t => t.GetProperty("value").GetString() is "1967" or "0000" or "9999");
    }

    public void Dispose() => temp.Dispose();
}
