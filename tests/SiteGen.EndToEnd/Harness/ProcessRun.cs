using System.Diagnostics;

namespace SiteGen.EndToEnd.Harness;

/// <summary>Starts a prepared process, collects both streams, and kills it (with its children) if it overruns.</summary>
internal static class ProcessRun
{
    public static (int ExitCode, string StdOut, string StdErr) Collect(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in {timeout.TotalMinutes:0} minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
