using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Benchmarks;

/// <summary>
/// The median wall time, the median CPU time (user + system, all threads and child processes) and the highest
/// peak memory of several runs of one command, after a warm-up. CPU time is given beside wall time because the
/// machine is shared: other processes stretch the wall clock, much less the CPU a build itself needs.
/// </summary>
public sealed record Measured(string Name, double Seconds, double CpuSeconds, double PeakMiB, IReadOnlyList<double> Runs)
{
    public string Cell => string.Create(CultureInfo.InvariantCulture, $"{Seconds:F3} s ({CpuSeconds:F2} s CPU), {PeakMiB:F0} MiB");

    /// <summary>
    /// Runs <paramref name="command"/> under /usr/bin/time (for max RSS and CPU time) <paramref name="runs"/> times
    /// after one warm-up; <paramref name="before"/> runs ahead of each, untimed (e.g. to edit a report).
    /// </summary>
    public static Measured Run(string name, string workingDirectory, IReadOnlyList<string> command, int runs, Action<int>? before = null, bool warmUp = true)
    {
        var seconds = new List<double>();
        var cpu = new List<double>();
        var peak = 0.0;
        for (var i = warmUp ? 0 : 1; i <= runs; i++)
        {
            before?.Invoke(i);
            var once = Once(workingDirectory, command);
            if (i > 0)
            {
                seconds.Add(once.Seconds);
                cpu.Add(once.CpuSeconds);
                peak = Math.Max(peak, once.MaxRssKiB / 1024.0);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-48} {Median(seconds),8:F3} s {Median(cpu),7:F2} s CPU {peak,6:F0} MiB  [{string.Join(' ', seconds.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))}]  load {Machine.LoadAverage()}"));
        return new Measured(name, Median(seconds), Median(cpu), peak, seconds);
    }

    private static (double Seconds, double CpuSeconds, long MaxRssKiB) Once(string workingDirectory, IReadOnlyList<string> command)
    {
        var rssFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-f", "%M %U %S", "-o", rssFile }.Concat(command))
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
        var fields = lines.Last(l => l.Length > 0 && char.IsDigit(l[0])).Split(' ');
        var cpu = double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture);
        return (clock.Elapsed.TotalSeconds, cpu, long.Parse(fields[0], CultureInfo.InvariantCulture));
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
