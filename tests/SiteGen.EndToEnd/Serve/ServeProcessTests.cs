using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SiteGen.EndToEnd.Serve;

/// <summary>`sitegen serve` as a user runs it: loopback by default, and a clean stop on SIGTERM.</summary>
public sealed partial class ServeProcessTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-serve-process-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public Task Serve_binds_loopback_by_default_and_stops_cleanly_on_sigterm() =>
        ServeAndStop(_root, "dotnet", Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));

    /// <summary>
    /// Runs `serve --port 0` from <paramref name="root"/> with a one-report input, asks it for a file, stops it with
    /// SIGTERM, and checks it served loopback only and stopped cleanly. <paramref name="program"/> is dotnet with the
    /// CLI's dll, or the installed program.
    /// </summary>
    internal static async Task ServeAndStop(string root, string program, params string[] programArgs)
    {
        Directory.CreateDirectory(Path.Combine(root, "input", "one"));
        File.WriteAllText(Path.Combine(root, "input", "one", "report.md"), "---\ntitle: 报告\ndate: 2021-02-22\n---\n\n正文。\n");
        var start = new ProcessStartInfo(program) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SITEGEN_LANG"] = "en"; // the English words these tests pin, whatever the machine's locale
        foreach (var arg in programArgs.Concat(["serve", "--port", "0", "--quiet"]))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string? line;
        do
        {
            line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }
        while (line is not null && !line.StartsWith("Serving", StringComparison.Ordinal));

        Assert.NotNull(line);
        var address = new Uri(Address().Match(line).Value);
        Assert.Equal("127.0.0.1", address.Host);
        using (var http = new HttpClient())
        {
            using var response = await http.GetAsync(new Uri(address, "__sitegen/live.js"));
            Assert.True(response.IsSuccessStatusCode);
            var page = await http.GetStringAsync(address);
            Assert.Contains("<html lang=\"zh-CN\"", page, StringComparison.Ordinal);
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var rest = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Stopped.", rest);
        Assert.DoesNotContain("Exception", await stderr);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [GeneratedRegex(@"http://[^ ]+/")]
    private static partial Regex Address();
}
