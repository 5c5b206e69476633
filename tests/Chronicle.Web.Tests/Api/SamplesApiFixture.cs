namespace Chronicle.Web.Tests.Api;

/// <summary>One read-only API host over the samples, shared by a test class.</summary>
public sealed class SamplesApiFixture : IAsyncLifetime
{
    public ApiHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
