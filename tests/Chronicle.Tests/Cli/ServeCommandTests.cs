namespace Chronicle.Tests.Cli;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--host", "not a host!")]
    public void Bad_addresses_are_usage_errors_before_anything_is_opened(string option, string value)
    {
        var db = Path.Combine(Path.GetTempPath(), $"chronicle-serve-{Guid.NewGuid():N}.db");
        var result = CliRunner.Run("serve", "--db", db, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error);
        Assert.False(File.Exists(db), "the store is not created for a command that cannot run");
    }

    [Fact]
    public void Help_names_the_loopback_default()
    {
        var result = CliRunner.Run("serve", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("127.0.0.1", result.Out);
        Assert.Contains("--port", result.Out);
    }
}
