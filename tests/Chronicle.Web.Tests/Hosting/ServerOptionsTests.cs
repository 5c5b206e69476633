using Chronicle.Web.Hosting;

namespace Chronicle.Web.Tests.Hosting;

public sealed class ServerOptionsTests
{
    [Fact]
    public void The_default_listens_on_loopback_only()
    {
        var options = new ServerOptions();
        Assert.Equal("127.0.0.1", options.Host);
        Assert.True(options.IsLoopback);
        Assert.Null(options.Validate());
        Assert.StartsWith("http://127.0.0.1:", options.ListenUrl);
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("::1", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("192.168.1.20", false)]
    public void Loopback_is_told_from_other_addresses(string host, bool loopback) =>
        Assert.Equal(loopback, new ServerOptions { Host = host }.IsLoopback);

    [Fact]
    public void Ipv6_literals_are_bracketed_in_the_url() =>
        Assert.Equal("http://[::1]:8080", new ServerOptions { Host = "::1", Port = 8080 }.ListenUrl);

    [Theory]
    [InlineData("127.0.0.1", 70000)]
    [InlineData("127.0.0.1", -1)]
    [InlineData("not a host!", 8080)]
    [InlineData("", 8080)]
    public void Bad_hosts_and_ports_are_reported(string host, int port) =>
        Assert.NotNull(new ServerOptions { Host = host, Port = port }.Validate());

    [Fact]
    public void Limits_must_hold_at_least_one_largest_file() =>
        Assert.NotNull(new ServerOptions { MaxUploadFileBytes = 100, MaxUploadRequestBytes = 10 }.Validate());
}
