using System.Diagnostics;

namespace Chronicle.Tests.Reliability;

/// <summary>Runs the real `chronicle` program (the CLI assembly built beside the tests) as a separate process.</summary>
public static class ChronicleProcess
{
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chronicle.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start chronicle");
        // Drain both pipes so a full buffer never blocks the child.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static int Run(TimeSpan timeout, params string[] args)
    {
        using var process = Start(args);
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chronicle {string.Join(' ', args)} ran past {timeout}");
        }

        return process.ExitCode;
    }
}
