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
            inner.Info(Ui.Say(CliMessages.ServeBuilt.With(time, result.State.Reports.Length,
                result.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture), result.Cache.TotalMisses, result.Cache.TotalHits)));
        }
        else
        {
            Console.Error.WriteLine(Ui.Say(CliMessages.ServeBuildFailed.With(time, DiagnosticPrinter.Counts(result.Diagnostics))));
        }
    }

    /// <summary>A rebuild that threw: one line, on the error stream, and the same text in the overlay.</summary>
    public void Crashed(string message)
    {
        inner.EndProgress();
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        Console.Error.WriteLine(Ui.Say(CliMessages.ServeCrashed.With(time, SiteGen.Diagnostics.Messages.Name.With(message))));
    }
}
