using System.Globalization;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Serve;

/// <summary>The build log for `serve`, plus one line per build saying how it went and what to do.</summary>
internal sealed class ServeLog(ConsoleBuildLog inner, string inputAsTyped) : IBuildLog
{
    public void Phase(string phase, string step, int count, TimeSpan elapsed) => inner.Phase(phase, step, count, elapsed);

    public void Info(string message) => inner.Info(message);

    public void Verbose(string message) => inner.Verbose(message);

    public void Progress(string phase, string step, int done, int total) => inner.Progress(phase, step, done, total);

    public void Counter(string name, int count, TimeSpan elapsed) => inner.Counter(name, count, elapsed);

    public void Built(BuildResult result)
    {
        inner.EndProgress();
        DiagnosticPrinter.Print(result.Diagnostics, inputAsTyped);
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            inner.Info(string.Create(CultureInfo.InvariantCulture,
                $"[{time}] Built {result.State.Reports.Length} reports in {result.Elapsed.TotalSeconds:F2} s ({result.Cache.TotalMisses} rebuilt, {result.Cache.TotalHits} reused); open pages reload."));
        }
        else
        {
            Console.Error.WriteLine($"[{time}] Build failed: {DiagnosticPrinter.Counts(result.Diagnostics)}. Still serving the last good build; the errors show on every page until you fix them and save.");
        }
    }

    /// <summary>A rebuild that threw: one line, on the error stream, and the same text in the overlay.</summary>
    public void Crashed(string message)
    {
        inner.EndProgress();
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        Console.Error.WriteLine($"[{time}] {message} Still serving the last good build; save a file to try again.");
    }
}
