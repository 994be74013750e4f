using System.Text;
using SiteGen.EndToEnd.Harness;

namespace SiteGen.EndToEnd.Cli;

/// <summary>
/// The build reads only what is inside the input folder and not hidden, and only UTF-8 text: a link leading
/// out, a loop of links, a hidden file, a reserved slug and a GBK or UTF-16 file each end in exit 1 with one
/// located line, and the previous output stays byte for byte as it was.
/// </summary>
public sealed class InputSafetyTests : IDisposable
{
    private const string Head = "---\ntitle: 报告\ndate: 2021-02-22\n---\n\n";
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-in-").FullName;
    private readonly string _input;
    private readonly string _outside;

    static InputSafetyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public InputSafetyTests()
    {
        _input = Path.Combine(_root, "input");
        _outside = Path.Combine(_root, "outside");
        Write("good/report.md", Head + "## 概述\n\n正文。\n");
        Write("site.yml", PublishedSite.SiteYml);
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.md"), Head + "机密 OUTSIDE-SECRET\n");
        File.WriteAllBytes(Path.Combine(_outside, "secret.png"), TestPng.Scene(8, 8));
        Directory.CreateDirectory(Path.Combine(_root, "output"));
        File.WriteAllText(Path.Combine(_root, "output", ".sitegen-output"), "a previous build's marker");
        File.WriteAllText(Path.Combine(_root, "output", "previous.html"), "the previous build");
    }

    [Fact]
    public void An_image_linked_to_a_file_outside_the_input_folder_is_refused()
    {
        Write("bad/report.md", Head + "![图](pic.png)\n");
        Link("bad/pic.png", Path.Combine(_outside, "secret.png"));
        AssertRefused("input/bad/report.md:6:1: error SG040", "outside the input folder");
    }

    [Fact]
    public void A_report_linked_to_a_file_outside_the_input_folder_is_refused()
    {
        Link("stolen.md", Path.Combine(_outside, "secret.md"));
        AssertRefused("input/stolen.md: error SG040", "outside the input folder");
    }

    [Fact]
    public void A_folder_linked_outside_the_input_folder_is_refused()
    {
        Link("elsewhere", _outside);
        AssertRefused("input/elsewhere: error SG040", "outside the input folder");
    }

    [Fact]
    public void A_loop_of_links_is_reported_once()
    {
        Link("a.md", Path.Combine(_input, "b.md"));
        Link("b.md", Path.Combine(_input, "a.md"));
        Link("good/again", _input);
        var stderr = AssertRefused("input/a.md: error SG041", "'a.md', 'b.md' are symbolic links that lead to each other in a loop");
        Assert.Contains("input/good/again: error SG041", stderr);
        Assert.Equal(2, stderr.Split('\n').Count(l => l.Contains("SG041", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_link_to_itself_is_one_loop_too()
    {
        Link("self.md", Path.Combine(_input, "self.md"));
        AssertRefused("input/self.md: error SG041", "'self.md' is a symbolic link that leads to itself");
    }

    [Theory]
    [InlineData("正文\u0001文字。", "U+0001", 8, 3)]
    [InlineData("A\u000Bb and \u007F and \u0085.", "U+000B, U+007F, U+0085", 8, 2)]
    [InlineData("末尾\uFFFE。", "U+FFFE", 8, 3)]
    [InlineData("补充平面 \U0010FFFF。", "U+10FFFF", 8, 6)]
    public void An_invisible_control_character_is_reported_where_it_stands(string paragraph, string named, int line, int column)
    {
        Write("bad/report.md", Head + "## 概述\n\n" + paragraph + "\n");
        AssertRefused($"input/bad/report.md:{line}:{column}: error SG036", named);
    }

    [Fact]
    public void A_control_character_made_by_a_yaml_escape_is_reported_at_its_value()
    {
        Write("bad/report.md", "---\ntitle: \"报告\\x1b[31m红\"\ndate: 2021-02-22\n---\n\n正文。\n");
        AssertRefused("input/bad/report.md:2:8: error SG036", "U+001B");
    }

    [Fact]
    public void A_control_character_in_site_settings_is_reported_at_its_value()
    {
        Write("site.yml", "title: \"档案\\u0007\"\n");
        AssertRefused("input/site.yml:1:8: error SG036", "U+0007");
    }

    [Fact]
    public void A_report_linked_to_nothing_is_reported()
    {
        Link("gone.md", Path.Combine(_input, "no-such.md"));
        AssertRefused("input/gone.md: error SG041", "does not exist");
    }

    [Fact]
    public void An_image_in_a_hidden_folder_is_refused()
    {
        Write(".hidden/x.png", "");
        File.WriteAllBytes(Path.Combine(_input, ".hidden", "x.png"), TestPng.Scene(8, 8));
        Write("bad/report.md", Head + "![图](../.hidden/x.png)\n");
        AssertRefused("input/bad/report.md:6:1: error SG040", "hidden");
    }

    [Fact]
    public void Hidden_files_and_folders_are_never_read_or_published()
    {
        Write(".secret.md", Head + "HIDDEN-SECRET\n");
        Write(".git/config", "[core]\nHIDDEN-SECRET\n");
        Write("good/.notes.md", "not even front matter HIDDEN-SECRET");

        var result = SitegenProcess.Run(_root, "build", "--output", "output", "--formats", "html,epub,bundle");

        Assert.Equal(0, result.ExitCode);
        var published = FolderTree.Snapshot(Path.Combine(_root, "output")).Keys;
        Assert.DoesNotContain(published, p => p.Contains("secret", StringComparison.OrdinalIgnoreCase) || p.Contains(".git", StringComparison.Ordinal) || p.Contains("notes", StringComparison.Ordinal));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_root, "output"), "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("HIDDEN-SECRET", File.ReadAllText(file, Encoding.Latin1));
        }
    }

    [Theory]
    [InlineData("assets")]
    [InlineData("archive")]
    public void A_slug_the_site_itself_uses_is_an_error(string slug)
    {
        Write("bad/report.md", $"---\ntitle: 报告\ndate: 2021-02-22\nslug: {slug}\n---\n\n正文。\n");
        AssertRefused("input/bad/report.md:4:7: error SG043", slug); // at the slug itself, where the fix is made
    }

    [Fact]
    public void A_gbk_report_is_named_as_gbk_at_the_line_of_its_first_chinese_character()
    {
        var gbk = Encoding.GetEncoding(936).GetBytes("---\ntitle: report\ndate: 2021-02-22\n---\n\nplain line\n第二段正文。\n");
        WriteBytes("bad/report.md", gbk);
        AssertRefused("input/bad/report.md:7:1: error SG042", "not UTF-8 (it looks like GBK or GB18030): save it as UTF-8");
    }

    [Fact]
    public void A_gb18030_site_settings_file_is_named_too()
    {
        WriteBytes("site.yml", Encoding.GetEncoding(54936).GetBytes("publisher: 国务院办公厅\n"));
        AssertRefused("input/site.yml:1:12: error SG042", "GBK or GB18030");
    }

    [Theory]
    [InlineData("utf-16LE", "UTF-16 LE")]
    [InlineData("utf-16BE", "UTF-16 BE")]
    public void A_utf16_report_without_a_byte_order_mark_is_named_as_utf16(string encoding, string named)
    {
        WriteBytes("bad/report.md", Encoding.GetEncoding(encoding).GetBytes(Head + "正文。\n"));
        AssertRefused("input/bad/report.md:1:1: error SG042", named);
    }

    [Fact]
    public void A_stray_invalid_byte_is_reported_at_its_line_not_replaced()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "第一段。\n第二段").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("。\n")).ToArray();
        WriteBytes("bad/report.md", bytes);
        AssertRefused("input/bad/report.md:7:4: error SG042", "this file is not UTF-8: save it as UTF-8");
    }

    private string AssertRefused(string expected, string hint)
    {
        var before = FolderTree.Snapshot(Path.Combine(_root, "output"));

        var result = SitegenProcess.Run(_root, "build", "--input", "input", "--output", "output", "--formats", "html");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n'), l => l.Contains(expected, StringComparison.Ordinal));
        Assert.Contains(hint, line);
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("\uFFFD", result.StdErr);
        Assert.Equal(before, FolderTree.Snapshot(Path.Combine(_root, "output")));
        return result.StdErr;
    }

    private void Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    private void WriteBytes(string relative, byte[] bytes)
    {
        var full = Path.Combine(_input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private void Link(string relative, string target)
    {
        var full = Path.Combine(_input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
