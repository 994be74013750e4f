using SiteGen.EndToEnd.Harness;
namespace SiteGen.EndToEnd.Cli;

/// <summary>
/// The output folder is replaced whole, so `sitegen build` refuses any folder where that would take the user's
/// files: the input or templates folder, a folder around them (`--output .`), one that leads there through a
/// link, or any non-empty folder SiteGen did not make. Each refusal is exit 2, one line, nothing touched.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-out-").FullName;

    public OutputFolderTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "input", "good"));
        File.WriteAllText(Path.Combine(_root, "input", "good", "report.md"), "---\ntitle: 好报告\ndate: 2021-02-22\n---\n\n## 概述\n\n正文。\n");
        File.WriteAllText(Path.Combine(_root, "input", "site.yml"), "title: 站点\n" + PublishedSite.SiteYml);
        Directory.CreateDirectory(Path.Combine(_root, "mine"));
        File.WriteAllText(Path.Combine(_root, "mine", "page.html"), "my own page");
        Directory.CreateSymbolicLink(Path.Combine(_root, "link-to-input"), Path.Combine(_root, "input"));
        Directory.CreateDirectory(Path.Combine(_root, "own-templates"));
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        File.WriteAllText(Path.Combine(_root, ".git", "HEAD"), "ref: refs/heads/main\n");
    }

    [Theory]
    [InlineData(".", "holds the input folder")]
    [InlineData("input", "is or lies inside the input folder")]
    [InlineData("input/good", "is or lies inside the input folder")]
    [InlineData("input/site", "is or lies inside the input folder")]
    [InlineData("link-to-input", "is or lies inside the input folder")]
    [InlineData("link-to-input/../input/x", "is or lies inside the input folder")]
    [InlineData("own-templates", "is or lies inside the templates folder")]
    [InlineData("mine", "was not made by SiteGen")]
    [InlineData("input/site.yml", "is or lies inside the input folder")]
    public void A_folder_where_the_swap_would_take_the_users_files_is_refused_and_nothing_changes(string output, string why)
    {
        var before = FolderTree.Snapshot(_root);

        var result = SitegenProcess.Run(_root, "build", "--input", "input", "--output", output, "--templates", "own-templates", "--formats", "html");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("sitegen: error: --output", line);
        Assert.Contains(why, line);
        Assert.Equal(before, FolderTree.Snapshot(_root));
    }

    [Fact]
    public void A_file_given_as_output_is_refused()
    {
        var before = FolderTree.Snapshot(_root);
        var result = SitegenProcess.Run(_root, "build", "--output", "mine/page.html", "--formats", "html");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a file, not a folder", result.StdErr);
        Assert.Equal(before, FolderTree.Snapshot(_root));
    }

    [Fact]
    public void A_templates_folder_that_does_not_exist_is_a_usage_error()
    {
        var result = SitegenProcess.Run(_root, "build", "--output", "site", "--templates", "no-such-folder", "--formats", "html");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--templates: folder", Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.False(Directory.Exists(Path.Combine(_root, "site")));
    }

    [Fact]
    public void An_empty_folder_is_built_into_its_gitkeep_kept_and_marked_so_the_next_build_may_replace_it()
    {
        Directory.CreateDirectory(Path.Combine(_root, "site"));
        File.WriteAllText(Path.Combine(_root, "site", ".gitkeep"), "");

        var first = SitegenProcess.Run(_root, "build", "--output", "site", "--formats", "html");
        var second = SitegenProcess.Run(_root, "build", "--output", "site", "--formats", "html");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.True(File.Exists(Path.Combine(_root, "site", ".gitkeep")));
        Assert.True(File.Exists(Path.Combine(_root, "site", ".sitegen-output")));
        Assert.True(File.Exists(Path.Combine(_root, "site", "good", "index.html")));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(_root), e => Path.GetFileName(e).StartsWith(".site.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_marked_leftover_of_a_dead_build_is_removed_and_an_unmarked_look_alike_is_kept()
    {
        var ours = Path.Combine(_root, ".site.staging-999999");
        var theirs = Path.Combine(_root, ".site.previous-999998");
        Directory.CreateDirectory(ours);
        File.WriteAllText(Path.Combine(ours, ".sitegen-output"), "marker");
        Directory.CreateDirectory(theirs);
        File.WriteAllText(Path.Combine(theirs, "notes.txt"), "not SiteGen's");

        var result = SitegenProcess.Run(_root, "build", "--output", "site", "--formats", "html");

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(ours));
        Assert.Equal("not SiteGen's", File.ReadAllText(Path.Combine(theirs, "notes.txt")));
    }

    [Fact]
    public void A_file_put_into_the_output_after_a_build_stops_the_next_one_and_nothing_is_deleted()
    {
        Assert.Equal(0, SitegenProcess.Run(_root, "build", "--output", "site", "--formats", "html").ExitCode);
        File.WriteAllText(Path.Combine(_root, "site", "CNAME"), "archive.example.cn\n");
        Directory.CreateDirectory(Path.Combine(_root, "site", "good", "notes"));
        File.WriteAllText(Path.Combine(_root, "site", "good", "notes", "edit.html"), "my edited copy");
        File.WriteAllText(Path.Combine(_root, "site", ".DS_Store"), "litter");
        var before = FolderTree.Snapshot(_root);

        var result = SitegenProcess.Run(_root, "build", "--output", "site", "--formats", "html");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("files the last build did not write (first 'CNAME', 2 in all)", line);
        Assert.Equal(before, FolderTree.Snapshot(_root));

        // Moved out, the build goes on; the desktop's litter is replaced with the folder.
        File.Delete(Path.Combine(_root, "site", "CNAME"));
        Directory.Delete(Path.Combine(_root, "site", "good", "notes"), recursive: true);
        Assert.Equal(0, SitegenProcess.Run(_root, "build", "--output", "site", "--formats", "html").ExitCode);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
