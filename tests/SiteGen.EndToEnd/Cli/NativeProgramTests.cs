using SiteGen.EndToEnd.Archive;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Content;
using SiteGen.EndToEnd.Harness;
using SiteGen.EndToEnd.Html;

namespace SiteGen.EndToEnd.Cli;

/// <summary>
/// The installed program is compiled ahead of time and trimmed, so reflection (Scriban reading page models,
/// YamlDotNet reading edition files, PDFsharp's key tables) and anything trimming could drop would fail there
/// and nowhere else. These tests build the same inputs with it and with the JIT-compiled CLI the other tests
/// run, and require the same bytes, the same diagnostics and the same exit codes.
/// </summary>
[Collection(InstalledProgramCollection.Name)]
public sealed class NativeProgramTests(InstalledProgram installed) : IDisposable
{
    private readonly TempDir _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void The_rich_sample_with_edition_files_of_its_own_comes_out_byte_for_byte_the_same()
    {
        using var input = RichSampleInput.Create();
        var templates = OwnEditions();

        var (jit, native) = BuildBoth(input.Path, "--templates", templates);

        AssertSameFiles(jit, native);
        // The site's own edition settings were read (the running head size, mirrored pages), not skipped.
        Assert.NotEmpty(Directory.EnumerateFiles(native, "*.pdf", SearchOption.AllDirectories));
    }

    [Fact]
    public void Every_kind_of_block_comes_out_byte_for_byte_the_same()
    {
        using var input = EveryBlockSite.Create();

        var (jit, native) = BuildBoth(input.Path);

        AssertSameFiles(jit, native);
    }

    [Fact]
    public void Mistakes_are_reported_in_the_same_words_and_the_cache_replays_them()
    {
        using var input = RichSampleInput.Create();
        var report = Path.Combine(input.Path, "rich", "report.md");
        File.AppendAllText(report, "\n![缺图](images/missing.png)\n\n^^^\n未闭合的插图\n");
        File.AppendAllText(report, "\n[未定义的注释][^nowhere]\n");

        var jit = CliRun.Sitegen(input.Path, null, "check", "--input", ".");
        var native = installed.Sitegen(input.Path, "check", "--input", ".");

        Assert.NotEqual(0, native.ExitCode);
        Assert.Equal(jit.ExitCode, native.ExitCode);
        Assert.Equal(jit.StdErr, native.StdErr);
        Assert.Equal(jit.StdOut, native.StdOut);
        Assert.Contains("error SG", native.StdErr, StringComparison.Ordinal);

    }

    [Fact]
    public void A_cached_build_replays_the_warnings_of_the_first()
    {
        // Warnings of a cached report come back from the cache by message id (the message catalogue, found
        // without searching the program's types): the second build says what the first said.
        using var input = RichSampleInput.Create();
        input.File("warned/report.md",
            "---\ntitle: 警告\ndate: 2021-01-01\n---\n\n## 一\n\n^^^\n^^^ 只有题注的插图\n");
        var output = _work.Combine("cached");

        var first = installed.Sitegen(input.Path, "build", "--input", ".", "--output", output);
        var second = installed.Sitegen(input.Path, "build", "--input", ".", "--output", output, "--verbose");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("warning SG104", first.StdErr, StringComparison.Ordinal);
        Assert.Equal(WarningLines(first.StdErr), WarningLines(second.StdErr));
        Assert.Contains("0 rebuilt", second.StdErr + second.StdOut, StringComparison.Ordinal);
    }

    private static string[] WarningLines(string stderr) =>
        [.. stderr.ReplaceLineEndings("\n").Split('\n').Where(l => l.Contains(": warning SG", StringComparison.Ordinal))];

    /// <summary>Builds <paramref name="input"/> without the cache with the JIT CLI and with the installed program.</summary>
    private (string Jit, string Native) BuildBoth(string input, params string[] extra)
    {
        var jit = _work.Combine("jit-" + Guid.NewGuid().ToString("N")[..6]);
        var native = _work.Combine("native-" + Guid.NewGuid().ToString("N")[..6]);
        var jitRun = CliRun.Sitegen(input, null, ["build", "--input", ".", "--output", jit, "--no-cache", .. extra]);
        var nativeRun = installed.Sitegen(input, ["build", "--input", ".", "--output", native, "--no-cache", .. extra]);
        Assert.True(jitRun.ExitCode == 0, jitRun.ToString());
        Assert.True(nativeRun.ExitCode == 0, nativeRun.ToString());
        Assert.Equal(WarningLines(jitRun.StdErr), WarningLines(nativeRun.StdErr));
        return (jit, native);
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        static string[] Files(string root) =>
            [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

        var names = Files(expected);
        Assert.Equal(names, Files(actual));
        Assert.Contains(names, n => n.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".epub", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".zip", StringComparison.Ordinal));
        foreach (var name in names)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))),
                $"{name} differs between the JIT CLI and the installed program");
        }
    }

    /// <summary>
    /// A templates folder whose screen edition sets every kind of key the edition file has: numbers, a nullable
    /// size, booleans, lists of names and numbers, and a map (page references by language).
    /// </summary>
    private string OwnEditions()
    {
        var templates = _work.Combine("templates");
        Directory.CreateDirectory(Path.Combine(templates, "editions"));
        var screen = File.ReadAllText(Path.Combine(Tools.RepoRoot, "templates", "editions", "screen.yml"))
            .Replace("mirrored: false", "mirrored: true", StringComparison.Ordinal)
            .Replace("heading-sizes: [18, 15, 13, 12, 11, 10.5]", "heading-sizes: [20, 16, 14, 12, 11, 10.5]", StringComparison.Ordinal)
            .Replace("  default: \" (p. {page})\"", "  en: \" (page {page})\"\n  default: \" (p. {page})\"", StringComparison.Ordinal)
            + "running-head-size: 8\nfolio-size: 9\ntable-size: 9.5\ncaption-size: 9\n";
        File.WriteAllText(Path.Combine(templates, "editions", "screen.yml"), screen);
        return templates;
    }
}
