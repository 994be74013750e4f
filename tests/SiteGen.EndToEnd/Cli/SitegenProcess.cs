using System.Diagnostics;

namespace SiteGen.EndToEnd.Cli;

/// <summary>Runs the real `sitegen` command as a process, as a user would.</summary>
public static class SitegenProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(string workingDirectory, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(cli);
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

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
