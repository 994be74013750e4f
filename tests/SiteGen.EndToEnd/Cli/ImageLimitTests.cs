using System.Diagnostics;
using SiteGen.EndToEnd.Harness;

namespace SiteGen.EndToEnd.Cli;

/// <summary>
/// Issue 8/9: an image above the pixel limit is refused from its header, with a located error, before anything
/// decodes it: the real CLI runs in a child process whose managed heap is capped at 256 MiB (a 40000 x 40000 PNG
/// decodes to 4.8 GB), so a build that tried would die of memory instead of printing the line.
/// </summary>
public sealed class ImageLimitTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sitegen-image-limit-");

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void A_huge_image_is_one_located_error_under_a_memory_cap(string command)
    {
        var report = Path.Combine(_root.FullName, "input", "r");
        Directory.CreateDirectory(report);
        File.WriteAllText(Path.Combine(_root.FullName, "input", "site.yml"), PublishedSite.SiteYml);
        File.WriteAllText(Path.Combine(report, "report.md"), "---\ntitle: 报告\ndate: 2021-02-22\n---\n\n正文。\n\n![巨图](huge.png)\n");
        File.WriteAllBytes(Path.Combine(report, "huge.png"), TestPng.Claiming(40000, 40000));

        var result = command == "check"
            ? RunCapped("check", "--input", "input")
            : RunCapped("build", "--input", "input", "--output", "output", "--no-cache");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/r/report.md:8:1: error SG016", result.StdErr + result.StdOut);
        Assert.Contains("40000 x 40000", result.StdErr + result.StdOut);
        Assert.DoesNotContain("OutOfMemory", result.StdErr + result.StdOut);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    private SitegenProcess.Result RunCapped(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _root.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x10000000"; // 256 MiB
        start.Environment["SITEGEN_LANG"] = "en"; // the English words these tests pin, whatever the machine's locale
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("sitegen did not finish in 5 minutes");
        }

        return new SitegenProcess.Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose() => _root.Delete(recursive: true);
}
