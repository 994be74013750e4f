using System.Diagnostics;

namespace SiteGen.EndToEnd.Cli;

/// <summary>Runs the real `sitegen` command as a process, as a user would.</summary>
public static class SitegenProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>Runs sitegen with these environment variables set (a null value removes the variable).</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        return Run(start, args);
    }

    public static Result Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SITEGEN_LANG"] = "en"; // the English words these tests pin, whatever the machine's locale
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
        start.Environment["SITEGEN_LANG"] = "en";
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

        var (exitCode, stdout, stderr) = Harness.ProcessRun.Collect(start, TimeSpan.FromMinutes(5));
        Checkers.EveryBagChecked.AfterCli(start.WorkingDirectory, args, exitCode);
        return new Result(exitCode, stdout, stderr);
    }
}
