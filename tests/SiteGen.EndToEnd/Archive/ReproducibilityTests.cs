using System.Text;
using SiteGen.EndToEnd.Harness;

namespace SiteGen.EndToEnd.Archive;

/// <summary>
/// Issue 4's guarantee: the same sources built twice, from different folders, in different time zones and
/// locales and (where libfaketime is installed) on a different day, give the same bytes, every file.
/// </summary>
public sealed class ReproducibilityTests : IDisposable
{
    private const string FakeTimeLibrary = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";
    private readonly TempDir _first = new();
    private readonly TempDir _second = new();

    [Fact]
    public void Two_builds_in_different_folders_and_days_are_byte_identical()
    {
        var a = Build(_first.Path, "in", "out", new Dictionary<string, string> { ["TZ"] = "UTC", ["LANG"] = "C.UTF-8" });
        var secondEnvironment = new Dictionary<string, string> { ["TZ"] = "Asia/Shanghai", ["LANG"] = "zh_CN.UTF-8" };
        // CI must prove the "different days" part; a developer machine without faketime still checks the rest.
        Assert.True(File.Exists(FakeTimeLibrary) || !Checkers.Tools.IsCi, $"{FakeTimeLibrary} is missing: apt-get install faketime");
        if (File.Exists(FakeTimeLibrary))
        {
            // 400 days on: another day, month and year. Monotonic clocks stay real so timeouts still work.
            secondEnvironment["LD_PRELOAD"] = FakeTimeLibrary;
            secondEnvironment["FAKETIME"] = "+400d";
            secondEnvironment["FAKETIME_DONT_FAKE_MONOTONIC"] = "1";
        }

        var b = Build(_second.Path, Path.Combine("somewhere", "much", "deeper", "sources"), Path.Combine("elsewhere", "site"), secondEnvironment);

        var filesA = Files(a);
        var filesB = Files(b);
        Assert.Equal(filesA, filesB);
        Assert.Contains(filesA, f => f.EndsWith(".epub", StringComparison.Ordinal));
        Assert.Contains(filesA, f => f.StartsWith("archive/", StringComparison.Ordinal) && f.EndsWith(".zip", StringComparison.Ordinal));
        Assert.Contains("manifest.json", filesA);
        var different = filesA.Where(f => !File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f)))).ToList();
        Assert.True(different.Count == 0, "files that differ between the two builds: " + string.Join(", ", different));
    }

    [Fact]
    public void No_output_file_embeds_the_build_folders_or_the_machine_name()
    {
        var output = Build(_first.Path, "in", "out", null);
        var leaks = new[] { _first.Path, Environment.MachineName }.Where(s => s.Length >= 4).Select(Encoding.UTF8.GetBytes).ToList();
        foreach (var file in Files(output))
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, file));
            Assert.All(leaks, leak => Assert.True(bytes.AsSpan().IndexOf(leak) < 0, $"{file} contains '{Encoding.UTF8.GetString(leak)}'"));
        }
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    private static string Build(string root, string input, string output, IReadOnlyDictionary<string, string>? environment)
    {
        var inputPath = Path.Combine(root, input);
        RepoInput.CopyTo(inputPath);
        var outputPath = Path.Combine(root, output);
        var result = CliRun.Sitegen(root, environment, "build", "--input", inputPath, "--output", outputPath);
        Assert.True(result.ExitCode == 0, result.ToString());
        return outputPath;
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != ".gitkeep")
            .Order(StringComparer.Ordinal)
            .ToList();
}
