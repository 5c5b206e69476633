using System.CommandLine;
using Chronicle.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle serve`: the web page and HTTP API over a store, on this machine only unless --host says otherwise.</summary>
public static class ServeCommand
{
    public static Command Create(CliIo io)
    {
        var db = CommonOptions.Database();
        var port = new Option<int>("--port", "-p") { Description = "TCP port to listen on (0 picks a free one).", DefaultValueFactory = _ => new ServerOptions().Port };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on; the default answers only this machine. Any other address exposes the store and its upload to the network.",
            DefaultValueFactory = _ => ServerOptions.LoopbackHost,
        };
        var command = new Command("serve", "Serve the timeline page and the HTTP API (JSON, OpenAPI at /openapi.json).") { db, port, host };
        command.SetAction(parse =>
        {
            var options = new ServerOptions { Host = parse.GetValue(host)!, Port = parse.GetValue(port) };
            if (options.Validate() is { } problem)
            {
                throw new UsageException(problem);
            }

            var app = ChronicleServer.Build(options, CommonOptions.OpenStore(parse.GetValue(db)!));
            app.Start();
            foreach (var address in app.Urls)
            {
                io.Out.WriteLine($"Chronicle is serving {parse.GetValue(db)} at {address}/ (API at {address}/api, OpenAPI at {address}/openapi.json). Ctrl+C stops it.");
            }

            if (!options.IsLoopback)
            {
                io.Error.WriteLine($"warning: listening on {options.Host}: other machines can read this store and upload to it.");
            }

            app.WaitForShutdown();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Ok;
        });
        return command;
    }
}
