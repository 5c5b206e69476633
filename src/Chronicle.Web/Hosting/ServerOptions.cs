using System.Net;

namespace Chronicle.Web.Hosting;

/// <summary>Where the server listens and what an upload may weigh. Defaults: loopback only, modest limits.</summary>
public sealed record ServerOptions
{
    public const string LoopbackHost = "127.0.0.1";

    public string Host { get; init; } = LoopbackHost;

    /// <summary>0 lets the system pick a free port (tests).</summary>
    public int Port { get; init; } = 5170;

    /// <summary>Files one upload may carry.</summary>
    public int MaxUploadFiles { get; init; } = 50;

    /// <summary>The largest single uploaded file.</summary>
    public long MaxUploadFileBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>The largest upload request as a whole.</summary>
    public long MaxUploadRequestBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// How many events a timeline answer without an entity holds as objects; one that keeps more is written
    /// as it is read from the index (a month's filter of a 100,000-article store held took the server to 2.1 GB).
    /// </summary>
    public int HeldEventsAtMost { get; init; } = Chronicle.Corpus.CorpusTimeline.HeldEventsAtMost;

    /// <summary>True when <see cref="Host"/> names only this machine.</summary>
    public bool IsLoopback =>
        Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>A problem with these options, or null when they can be used.</summary>
    public string? Validate()
    {
        if (Port is < 0 or > 65535)
        {
            return $"--port {Port} is not a TCP port (0 to 65535).";
        }

        if (string.IsNullOrWhiteSpace(Host) || Uri.CheckHostName(Host) == UriHostNameType.Unknown)
        {
            return $"--host '{Host}' is not a host name or IP address.";
        }

        if (MaxUploadFiles < 1 || MaxUploadFileBytes < 1 || MaxUploadRequestBytes < MaxUploadFileBytes)
        {
            return "upload limits must be positive, and a request must hold at least one file of the largest size.";
        }

        return null;
    }

    /// <summary>The URL Kestrel binds to; IPv6 literals need brackets.</summary>
    public string ListenUrl =>
        $"http://{(IPAddress.TryParse(Host, out var a) && a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "[" + Host + "]" : Host)}:{Port}";
}
