using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Benchmarks;

/// <summary>The median wall time and the highest peak memory of several runs of one command, after a warm-up.</summary>
public sealed record Measured(string Name, double Seconds, double PeakMiB, IReadOnlyList<double> Runs)
{
    public string Cell => string.Create(CultureInfo.InvariantCulture, $"{Seconds:F3} s, {PeakMiB:F0} MiB");

    /// <summary>
    /// Runs <paramref name="command"/> under /usr/bin/time (for max RSS) <paramref name="runs"/> times after one
    /// warm-up; <paramref name="before"/> runs ahead of each, untimed (e.g. to edit a report).
    /// </summary>
    public static Measured Run(string name, string workingDirectory, IReadOnlyList<string> command, int runs, Action<int>? before = null)
    {
        var seconds = new List<double>();
        var peak = 0.0;
        for (var i = 0; i <= runs; i++)
        {
            before?.Invoke(i);
            var (elapsed, kib) = Once(workingDirectory, command);
            if (i > 0)
            {
                seconds.Add(elapsed);
                peak = Math.Max(peak, kib / 1024.0);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-48} {Median(seconds),8:F3} s {peak,6:F0} MiB  [{string.Join(' ', seconds.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))}]"));
        return new Measured(name, Median(seconds), peak, seconds);
    }

    private static (double Seconds, long MaxRssKiB) Once(string workingDirectory, IReadOnlyList<string> command)
    {
        var rssFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-f", "%M", "-o", rssFile }.Concat(command))
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{string.Join(' ', command)}` exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        }

        var lines = File.ReadAllLines(rssFile);
        File.Delete(rssFile);
        var kib = long.Parse(lines.Last(l => l.Length > 0 && char.IsDigit(l[0])), CultureInfo.InvariantCulture);
        return (clock.Elapsed.TotalSeconds, kib);
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
