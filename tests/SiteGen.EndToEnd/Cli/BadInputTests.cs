using SiteGen.EndToEnd.Harness;
namespace SiteGen.EndToEnd.Cli;

/// <summary>
/// A mistake in a report: a clear diagnostic with file:line, a non-zero exit, no stack trace, and the
/// previous output exactly as it was, with nothing half-written beside it.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private const string Good = "---\ntitle: 好报告\ndate: 2021-02-22\n---\n\n## 概述\n\n正文。\n";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-e2e-" + Guid.NewGuid().ToString("N"));

    public BadInputTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "input", "good"));
        File.WriteAllText(Path.Combine(_root, "input", "good", "report.md"), Good);
        File.WriteAllText(Path.Combine(_root, "input", "site.yml"), PublishedSite.SiteYml);
        Directory.CreateDirectory(Path.Combine(_root, "output"));
        File.WriteAllText(Path.Combine(_root, "output", "previous.html"), "the previous build");
        File.WriteAllText(Path.Combine(_root, "output", ".sitegen-output"), "a previous build's marker");
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "---\ndate: 2021-02-22\n---\n正文。\n", "input/bad/report.md:1:1: error SG001", "title" },
        { "---\ntitle: 报告\ndate: 2021-02-30\n---\n正文。\n", "input/bad/report.md:3:7: error SG002", "no such day: 2021-02 has 28 days" },
        { "---\ntitle: 报告\ndate: 2021-02-22\n正文。\n", "input/bad/report.md:1:1: error SG003", "never closed" },
        { "---\ntitle: 报告\ndate: 2021-02-22\n---\n![图](missing.png)\n", "input/bad/report.md:5:1: error SG006", "missing.png" },
        { "---\ntitle: 报告\ndate: 2021-02-22\n---\n见[此处](#nowhere)。\n", "input/bad/report.md:5:1: error SG007", "#nowhere" },
        { "---\ntitle: 报告\ndate: 2021-02-22\n---\n<div onclick=\"x()\">文</div>\n", "input/bad/report.md:5:1: error SG008", "raw HTML" },
        { "---\ntitle: 报告\ndate: 2021-02-22\nslug: good\n---\n正文。\n", "error SG005", "good" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Build_reports_the_mistake_exits_1_and_leaves_the_previous_output_untouched(string markdown, string expected, string hint)
    {
        Directory.CreateDirectory(Path.Combine(_root, "input", "bad"));
        File.WriteAllText(Path.Combine(_root, "input", "bad", "report.md"), markdown);

        var result = SitegenProcess.Run(_root, "build", "--input", "input", "--output", "output");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.StdErr);
        Assert.Contains(hint, result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr); // no stack trace
        Assert.Equal([".sitegen-output", "previous.html"], Directory.GetFileSystemEntries(Path.Combine(_root, "output")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("the previous build", File.ReadAllText(Path.Combine(_root, "output", "previous.html")));
        Assert.Equal(["input", "output"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName).Order());
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Check_reports_the_same_mistake_and_exits_1(string markdown, string expected, string hint)
    {
        Directory.CreateDirectory(Path.Combine(_root, "input", "bad"));
        File.WriteAllText(Path.Combine(_root, "input", "bad", "report.md"), markdown);

        var result = SitegenProcess.Run(_root, "check", "--input", "input");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.StdErr);
        Assert.Contains(hint, result.StdErr);
    }

    [Fact]
    public void Warnings_alone_do_not_fail_check()
    {
        Directory.CreateDirectory(Path.Combine(_root, "input", "warn"));
        File.WriteAllText(Path.Combine(_root, "input", "warn", "report.md"), "---\ntitle: 报告\ndate: 2021-02-22\ncolour: red\n---\n正文。\n");

        var result = SitegenProcess.Run(_root, "check", "--input", "input");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("input/warn/report.md:4:1: warning SG101", result.StdErr);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    [InlineData("build", "--input")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var result = SitegenProcess.Run(_root, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sitegen --help", result.StdErr);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
