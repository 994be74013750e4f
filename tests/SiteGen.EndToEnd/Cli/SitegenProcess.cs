using System.Diagnostics;

namespace SiteGen.EndToEnd.Cli;

/// <summary>Runs the real `sitegen` command as a process, as a user would.</summary>
public static class SitegenProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Run(start, args);
    }

    /// <summary>
    /// Runs sitegen under a memory cap: the address space limited with prlimit (native memory included) and
    /// the managed heap with DOTNET_GCHeapHardLimit, so a run that holds what it should stream dies.
    /// </summary>
    public static Result RunCapped(string workingDirectory, long addressSpace, long managedHeap, params string[] args)
    {
        var start = new ProcessStartInfo("prlimit")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add($"--as={addressSpace}");
        start.ArgumentList.Add("dotnet");
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + managedHeap.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        return Run(start, args);
    }

    private static Result Run(ProcessStartInfo start, string[] args)
    {
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sitegen {string.Join(' ', args)} did not finish in 5 minutes");
        }

        Checkers.EveryBagChecked.AfterCli(start.WorkingDirectory, args, process.ExitCode);
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
