namespace SiteGen.EndToEnd.Cli;

/// <summary>`sitegen new` then `sitegen build`: a new report or site builds at once, every format, with no warning.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-new-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("zh-CN", "概述")]
    [InlineData("en", "Overview")]
    public void A_new_report_builds_with_zero_warnings(string lang, string heading)
    {
        var created = SitegenProcess.Run(_root, "new", "input/first-report", "--title", "第一份报告", "--date", "2024-03-01", "--lang", lang);
        Assert.True(created.ExitCode == 0, created.StdErr);
        var markdown = File.ReadAllText(Path.Combine(_root, "input", "first-report", "report.md"));

        // A report alone has no site.yml, so no address to publish at: it is looked at as a preview.
        var built = SitegenProcess.Run(_root, "build", "--input", "input", "--output", "output", "--preview");

        Assert.True(built.ExitCode == 0, built.StdOut + built.StdErr);
        Assert.Contains("0 errors, 0 warnings", built.StdOut + built.StdErr);
        Assert.Contains("## " + heading, markdown);
        foreach (var key in new[] { "slug", "subtitle", "kicker", "organization", "author", "byline", "description", "keywords" })
        {
            Assert.Contains($"# {key}: ", markdown); // every optional key, commented, with its explanation
        }

        Assert.Contains("^^^", markdown);
        Assert.Contains("[^1]:", markdown);
        Assert.Contains("| ---", markdown);
        var page = File.ReadAllText(Path.Combine(_root, "output", "first-report", "index.html"));
        Assert.Contains("第一份报告", page);
        Assert.Contains("<table", page);
        Assert.Contains("<figure", page);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_root, "output"), "*.pdf", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_new_site_builds_with_zero_warnings()
    {
        var created = SitegenProcess.Run(_root, "new", "site", "--site", "--date", "2024-03-01");
        Assert.True(created.ExitCode == 0, created.StdErr);
        var siteYml = Path.Combine(_root, "site", "input", "site.yml");
        Assert.Contains("\nbase_url:\n", File.ReadAllText(siteYml));

        // Until base_url is filled in the site is not published: the error names the line to fill in.
        var refused = SitegenProcess.Run(_root, "build", "--input", "site/input", "--output", "site/output");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("input/site.yml:3:10: error SG050", refused.StdErr);
        Assert.Contains("base_url is not set", refused.StdErr);
        Assert.False(Directory.Exists(Path.Combine(_root, "site", "output")));

        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("\nbase_url:\n", "\nbase_url: https://www.bozhou.gov.cn/new-site/\n", StringComparison.Ordinal));
        var built = SitegenProcess.Run(_root, "build", "--input", "site/input", "--output", "site/output");

        Assert.True(built.ExitCode == 0, built.StdOut + built.StdErr);
        Assert.Contains("0 errors, 0 warnings", built.StdOut + built.StdErr);
        Assert.True(File.Exists(Path.Combine(_root, "site", "output", "2024-03-01-report", "index.html")));
    }

    [Fact]
    public void New_never_writes_into_a_folder_that_holds_files()
    {
        Directory.CreateDirectory(Path.Combine(_root, "mine"));
        File.WriteAllText(Path.Combine(_root, "mine", "report.md"), "my own words");

        var result = SitegenProcess.Run(_root, "new", "mine");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("already holds files", result.StdErr);
        Assert.Equal("my own words", File.ReadAllText(Path.Combine(_root, "mine", "report.md")));
    }

    [Theory]
    [InlineData("a\u001b[31mb")]
    [InlineData("two\nlines")]
    [InlineData("   ")]
    public void A_title_that_is_not_visible_text_on_one_line_is_refused_before_anything_is_written(string title)
    {
        var result = SitegenProcess.Run(_root, "new", "fresh", "--title", title);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--title", result.StdErr);
        Assert.DoesNotContain("\u001b", result.StdErr);
        Assert.False(Directory.Exists(Path.Combine(_root, "fresh")));
    }
}
