using SiteGen.EndToEnd.Harness;
using System.Diagnostics;

namespace SiteGen.EndToEnd.Cli;

/// <summary>
/// A build killed with SIGKILL at any moment leaves the old output or the new one, whole, and the next build
/// cleans up after it. Killed at each named point of the write (a seam in the writer), and from outside at
/// many moments of a real run.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-crash-").FullName;

    [Theory]
    [InlineData("kill-at:staging")]
    [InlineData("kill-at:staged")]
    [InlineData("kill-at:swapped")]
    [InlineData("no-exchange,kill-at:swapped")]
    public void Killed_at_a_point_of_the_write_the_output_is_the_old_or_the_new_one_whole(string faults)
    {
        var (old, @new) = OldAndNewOutputs();

        var killed = Run(faults, "build", "--output", "site", "--formats", "html");

        Assert.Equal(137, killed.ExitCode);
        var after = FolderTree.Snapshot(Path.Combine(_root, "site"));
        Assert.True(after.SequenceEqual(old) || after.SequenceEqual(@new), $"after {faults} the output is neither build");
        AssertTheNextBuildCleansUp(@new);
    }

    [Fact]
    public void Killed_between_the_two_renames_the_next_build_puts_the_old_output_back_even_when_it_fails()
    {
        var (old, _) = OldAndNewOutputs();

        var killed = Run("no-exchange,kill-at:retired", "build", "--output", "site", "--formats", "html");
        Assert.Equal(137, killed.ExitCode);
        File.WriteAllText(Path.Combine(_root, "input", "bad.md"), "---\ndate: 2021-02-22\n---\n正文。\n");
        var failed = Run("", "build", "--output", "site", "--formats", "html");

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(old, FolderTree.Snapshot(Path.Combine(_root, "site")));
        Assert.Equal(["input", "site"], Directory.GetDirectories(_root).Select(Path.GetFileName).Where(n => n != ".sitegen-cache").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Killed_from_outside_at_many_moments_the_output_is_always_one_whole_build()
    {
        var (old, @new) = OldAndNewOutputs();
        var outputs = new[] { old, @new };
        for (var delay = 150; delay <= 1500; delay += 90)
        {
            // Each run flips the report, so every build has a different output to swap in.
            var flip = delay / 90 % 2 == 0;
            WriteReport(flip ? "旧" : "新");
            using var process = Start("", "build", "--output", "site", "--formats", "html", "--no-cache");
            Thread.Sleep(delay);
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // It finished before the kill: a complete build, also whole.
            }

            process.WaitForExit();
            var after = FolderTree.Snapshot(Path.Combine(_root, "site"));
            Assert.True(outputs.Any(after.SequenceEqual), $"killed after {delay} ms the output is neither build");
        }

        WriteReport("新");
        AssertTheNextBuildCleansUp(@new);
    }

    private (SortedDictionary<string, string> Old, SortedDictionary<string, string> New) OldAndNewOutputs()
    {
        WriteReport("新");
        Assert.Equal(0, Run("", "build", "--output", "expected", "--formats", "html", "--no-cache").ExitCode);
        var @new = FolderTree.Snapshot(Path.Combine(_root, "expected"));
        Directory.Delete(Path.Combine(_root, "expected"), recursive: true);
        WriteReport("旧");
        Assert.Equal(0, Run("", "build", "--output", "site", "--formats", "html").ExitCode);
        var old = FolderTree.Snapshot(Path.Combine(_root, "site"));
        Assert.NotEqual(old, @new);
        WriteReport("新");
        return (old, @new);
    }

    private void AssertTheNextBuildCleansUp(SortedDictionary<string, string> expected)
    {
        File.Delete(Path.Combine(_root, "input", "bad.md"));
        Assert.Equal(0, Run("", "build", "--output", "site", "--formats", "html").ExitCode);
        Assert.Equal(expected, FolderTree.Snapshot(Path.Combine(_root, "site")));
        Assert.Equal(["input", "site"], Directory.GetDirectories(_root).Select(Path.GetFileName).Where(n => n != ".sitegen-cache").Order(StringComparer.Ordinal));
    }

    private void WriteReport(string word)
    {
        Directory.CreateDirectory(Path.Combine(_root, "input", "r"));
        File.WriteAllText(Path.Combine(_root, "input", "site.yml"), PublishedSite.SiteYml);
        File.WriteAllText(Path.Combine(_root, "input", "r", "report.md"), $"---\ntitle: 报告\ndate: 2021-02-22\n---\n\n## 概述\n\n{word}的正文。\n");
    }

    private SitegenProcess.Result Run(string faults, params string[] args)
    {
        using var process = Start(faults, args);
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new SitegenProcess.Result(process.ExitCode, "", stderr.Result);
    }

    private Process Start(string faults, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SITEGEN_LANG"] = "en"; // the English words these tests pin, whatever the machine's locale
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SITEGEN_TEST_FAULTS"] = faults;
        return Process.Start(start)!;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
