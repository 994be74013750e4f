using System.Diagnostics;
using System.Globalization;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>
/// Prints the build as it goes. On a terminal, one line on standard error redrawn in place ("render
/// TypesetPdf 37/100 reports"); in CI or when redirected, plain lines only for steps slower than two
/// seconds. --verbose adds every step with its count and time, the work counters and the cache figures.
/// </summary>
internal sealed class ConsoleBuildLog(bool quiet, bool verbose, bool interactive) : IBuildLog
{
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private long _lastDrawn;
    private bool _lineShown;

    public ConsoleBuildLog(bool quiet, bool verbose)
        : this(quiet, verbose, IsInteractive())
    {
    }

    /// <summary>A terminal a person watches: standard error not redirected, not CI, not a dumb terminal.</summary>
    public static bool IsInteractive() =>
        !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public void Phase(string phase, string step, int count, TimeSpan elapsed)
    {
        if (verbose)
        {
            WriteLine(Ui.Say(CliMessages.VerboseStep.With(phase.PadRight(8), step.PadRight(22), Padded(count, 5), Milliseconds(elapsed))));
        }
        else if (!quiet && !interactive && elapsed >= Slow)
        {
            var seconds = elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);
            WriteLine(Ui.Say(count == 1 ? CliMessages.SlowStepOne.With(phase, step, seconds) : CliMessages.SlowStep.With(phase, step, count, seconds)));
        }
    }

    public void Progress(string phase, string step, int done, int total)
    {
        if (quiet || !interactive || total <= 1)
        {
            return;
        }

        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            if (done != 0 && done != total && Stopwatch.GetElapsedTime(_lastDrawn, now) < Redraw)
            {
                return;
            }

            _lastDrawn = now;
            var text = Ui.Say(CliMessages.StepProgress.With(phase, step, done, total));
            // \r and "erase line" redraw in place; the line is cleared before any other message.
            Console.Error.Write($"\r\u001b[2K{text}");
            _lineShown = true;
        }
    }

    public void Counter(string name, int count, TimeSpan elapsed)
    {
        if (verbose)
        {
            WriteLine(Ui.Say(CliMessages.VerboseCounter.With(name.PadRight(60), Padded(count, 5), Milliseconds(elapsed))));
        }
    }

    public void Info(string message)
    {
        if (!quiet)
        {
            WriteLine(message);
        }
    }

    public void Verbose(string message)
    {
        if (verbose)
        {
            WriteLine(message);
        }
    }

    private static string Padded(int count, int width) => count.ToString(CultureInfo.InvariantCulture).PadLeft(width);

    private static string Milliseconds(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture).PadLeft(9);

    /// <summary>Clears the progress line, so what follows starts on a clean line.</summary>
    public void EndProgress()
    {
        lock (_gate)
        {
            if (_lineShown)
            {
                Console.Error.Write("\r\u001b[2K");
                _lineShown = false;
            }
        }
    }

    private void WriteLine(string message)
    {
        EndProgress();
        Console.WriteLine(message);
    }
}
