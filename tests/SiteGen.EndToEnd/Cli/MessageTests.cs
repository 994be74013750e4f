using SiteGen.EndToEnd.Harness;
using System.Text;

namespace SiteGen.EndToEnd.Cli;

/// <summary>
/// What a failing build prints: one located line per problem, wrong types named as wrong types, values from the
/// user's files escaped and cut, unsafe site settings refused, and a fault of the machine as exit 74.
/// </summary>
public sealed class MessageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-msg-").FullName;

    public MessageTests()
    {
        Write("input/good/report.md", "---\ntitle: 好报告\ndate: 2021-02-22\n---\n\n## 概述\n\n正文。\n");
        Write("input/site.yml", PublishedSite.SiteYml);
        Write("output/.sitegen-output", "a previous build's marker");
        Write("output/previous.html", "the previous build");
    }

    [Theory]
    [InlineData("input/bad/report.md", "---\ntitle: [一, 二]\ndate: 2021-02-22\n---\n正文。\n", "input/bad/report.md:2:8: error SG004", "'title' has the wrong type")]
    [InlineData("input/bad/report.md", "---\ntitle: 报告\ndate:\n  year: 2021\n---\n正文。\n", "input/bad/report.md:4:3: error SG004", "'date' has the wrong type")]
    [InlineData("input/site.yml", "title:\n  - 一\n", "input/site.yml:1:1: error SG009", "'title' has the wrong type")]
    [InlineData("input/site.yml", "language: zh\"><script>alert(1)</script>\n", "input/site.yml:1:1: error SG009", "is not a language tag")]
    [InlineData("input/site.yml", "base_url: https://example.org/\"><script>alert(1)</script>\n", "input/site.yml:1:1: error SG009", "characters a URL cannot")]
    public void A_wrong_value_is_one_located_line_naming_what_is_wrong(string file, string text, string expected, string hint)
    {
        Write(file, text);
        var stderr = AssertFails(1, expected, hint);
        Assert.DoesNotContain("error SG001", stderr); // a title of the wrong type is not "missing"
        Assert.DoesNotContain("needs a 'date:'", stderr);
    }

    [Fact]
    public void Control_characters_are_shown_escaped_and_long_values_cut()
    {
        Write("input/bad/report.md", $"---\ntitle: 报告\ndate: 2021-02-22\nslug: \"bad\\u0007\\u001b[2Jslug{new string('x', 300)}\"\n---\n正文。\n");

        // The value is quoted escaped and cut, and its invisible characters are the error (SG036).
        var stderr = AssertFails(1, "input/bad/report.md:4:7: error SG036", "'bad\\u0007\\u001b[2Jslug");

        Assert.DoesNotContain('\u0007', stderr);
        Assert.DoesNotContain('\u001b', stderr);
        Assert.Contains("x…'", stderr);
        Assert.DoesNotContain(new string('x', 100), stderr);
    }

    [Fact]
    public void A_full_disk_while_writing_is_exit_74_in_one_line_and_the_previous_output_stays()
    {
        var result = AssertFails(74, "sitegen: error: could not read or write a file: No space left on device", "previous output is unchanged", "disk-full-at:staged");
        Assert.DoesNotContain(Directory.GetDirectories(_root), d => Path.GetFileName(d).StartsWith(".output.", StringComparison.Ordinal));
        Assert.Single(result.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private string AssertFails(int exitCode, string expected, string hint, string faults = "")
    {
        var before = FolderTree.Snapshot(Path.Combine(_root, "output"));
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = _root, RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["SITEGEN_LANG"] = "en"; // the English words these tests pin, whatever the machine's locale
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"), "build", "--output", "output", "--formats", "html" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SITEGEN_TEST_FAULTS"] = faults;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;

        Assert.Equal(exitCode, process.ExitCode);
        var line = Assert.Single(stderr.Split('\n'), l => l.Contains(expected, StringComparison.Ordinal));
        Assert.Contains(hint, line);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(before, FolderTree.Snapshot(Path.Combine(_root, "output")));
        return stderr;
    }

    private void Write(string relative, string text)
    {
        var full = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, Encoding.UTF8.GetBytes(text));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
