using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Benchmarks;

/// <summary>What the figures were measured on: CPU, cores, memory, OS, and each tool's version.</summary>
public static class Machine
{
    /// <summary>The load average when the run began; Program sets it first thing.</summary>
    public static string StartLoad { get; set; } = "?";

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static IReadOnlyList<(string What, string Value)> Describe() =>
    [
        ("date (UTC)", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        ("CPU", Grep("/proc/cpuinfo", "model name") ?? "?"),
        ("cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
        ("memory", Grep("/proc/meminfo", "MemTotal") ?? "?"),
        ("OS", (Grep("/etc/os-release", "PRETTY_NAME") ?? "?").Trim('"')),
        ("load average (1, 5, 15 min) at the start / at the end; other work on the machine slows every figure", $"{StartLoad} / {LoadAverage()}"),
        (".NET", Environment.Version.ToString()),
        ("SiteGen", Output("git", "rev-parse", "--short", "HEAD") ?? "?"),
        ("pandoc", Output("pandoc", "--version")?.Split('\n')[0] ?? "not installed"),
        ("Hugo", Output("hugo", "version") ?? "not installed"),
        ("WeasyPrint", Output("weasyprint", "--version") ?? "not installed"),
        ("Chromium", Output("chromium", "--version") ?? "not installed"),
    ];

    public static string? Output(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? text.TrimEnd() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string? Grep(string file, string key) =>
        File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split([':', '='], 2)[1].Trim()
            : null;
}
