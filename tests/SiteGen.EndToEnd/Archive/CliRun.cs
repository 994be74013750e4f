using System.Diagnostics;

namespace SiteGen.EndToEnd.Archive;

/// <summary>
/// Runs `sitegen` as a process with a chosen working folder and extra environment (time zone, locale,
/// a faked clock), so a test can vary everything a build must not depend on.
/// </summary>
public static class CliRun
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{StdOut}\nstderr:\n{StdErr}";
    }

    public static Result Sitegen(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SITEGEN_LANG"] = "en"; // the English words these tests pin, whatever the machine's locale
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var (exitCode, stdout, stderr) = Harness.ProcessRun.Collect(start, TimeSpan.FromMinutes(8));
        Checkers.EveryBagChecked.AfterCli(workingDirectory, args, exitCode);
        return new Result(exitCode, stdout, stderr);
    }
}
