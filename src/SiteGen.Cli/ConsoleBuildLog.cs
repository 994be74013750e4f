using System.Globalization;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>Plain lines on standard output; phases only with --verbose.</summary>
internal sealed class ConsoleBuildLog(bool quiet, bool verbose) : IBuildLog
{
    public void Phase(string phase, string step, int count, TimeSpan elapsed)
    {
        if (verbose)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {phase,-8} {step,-22} {count,5} items {elapsed.TotalMilliseconds,9:F1} ms"));
        }
    }

    public void Info(string message)
    {
        if (!quiet)
        {
            Console.WriteLine(message);
        }
    }

    public void Verbose(string message)
    {
        if (verbose)
        {
            Console.WriteLine(message);
        }
    }
}
