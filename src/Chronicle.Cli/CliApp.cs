using System.CommandLine;
using Chronicle.Cli.Commands;

namespace Chronicle.Cli;

/// <summary>
/// Builds the command tree and runs it. Exit codes: 0 all good, 1 some inputs failed (the rest
/// were processed), 2 usage error.
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Chronicle: turns news articles about an evolving story into a sourced, dated timeline.");
        foreach (var command in Commands(stdout, stderr))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"chronicle: {error.Message}");
            }

            stderr.WriteLine("Run 'chronicle --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"chronicle: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (CliFailureException ex)
        {
            stderr.WriteLine($"chronicle: {ex.Message}");
            return ExitCodes.SomeFailed;
        }
    }

    private static IEnumerable<Command> Commands(TextWriter stdout, TextWriter stderr)
    {
        var io = new CliIo(stdout, stderr);
        yield return IngestCommand.Create(io);
        yield return DocsCommand.Create(io);
        yield return ShowCommand.Create(io);
        yield return SearchCommand.Create(io);
        yield return TagCommand.Create(io);
        yield return TimelineCommand.Create(io);
        yield return IndexCommand.Create(io);
        yield return EntitiesCommand.CreateList(io);
        yield return EntitiesCommand.CreateProfile(io);
        yield return EvalCommand.Create(io);
        yield return ServeCommand.Create(io);
        yield return BenchCommand.Create(io);
        yield return ModelCommands.CreateTrain(io);
        yield return ModelCommands.CreateBuild(io);
    }
}

/// <summary>The process's exit codes, in one place.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}

/// <summary>A mistake in how the command was called (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>A command that could not do its work, for a reason the message gives (exit code 1).</summary>
public sealed class CliFailureException(string message) : Exception(message);

/// <summary>Where commands write: injected so tests can capture both streams.</summary>
public sealed record CliIo(TextWriter Out, TextWriter Error)
{
    /// <summary>True when stdout is the process's own console and that console is a terminal.</summary>
    public bool IsInteractive => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>
    /// The process's stdout as a byte stream when <see cref="Out"/> is the console, else null (a test's
    /// writer). Large outputs (tens of megabytes of JSON) go there: the console's writer hands the
    /// system 256 characters at a time, one write call each.
    /// </summary>
    public Stream? OpenRawOut()
    {
        if (!ReferenceEquals(Out, Console.Out))
        {
            return null;
        }

        Out.Flush();
        return Console.OpenStandardOutput();
    }
}
