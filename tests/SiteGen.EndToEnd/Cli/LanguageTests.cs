using SiteGen.EndToEnd.Harness;
namespace SiteGen.EndToEnd.Cli;

/// <summary>
/// The real `sitegen` process speaks the user's language: the locale (LANG=zh_CN.UTF-8), SITEGEN_LANG or
/// --lang pick Chinese or English for diagnostics, summaries and help; codes and "error" stay as they are.
/// </summary>
public sealed class LanguageTests : IDisposable
{
    private const string Broken = "---\ntitle: 报告\n---\n\n## 概述\n\n正文[^1]。\n\n![](missing.png)\n";
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-lang-").FullName;

    public LanguageTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "input", "bad"));
        File.WriteAllText(Path.Combine(_root, "input", "bad", "report.md"), Broken);
        File.WriteAllText(Path.Combine(_root, "input", "site.yml"), PublishedSite.SiteYml);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_Chinese_locale_makes_check_report_in_Chinese_with_the_same_codes()
    {
        var result = Run(Locale("zh_CN.UTF-8"), "check", "--formats", "html");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/bad/report.md:1:1: error SG002: 前言字段缺少“date:”（日期），格式为 yyyy-mm-dd", result.StdErr);
        Assert.Contains("error SG032: 脚注引用 [^1] 没有对应的脚注内容", result.StdErr);
        Assert.Contains("error SG006: 找不到图片文件“missing.png”", result.StdErr);
        Assert.Contains("error SG090: 图片“missing.png”没有替代文字", result.StdErr);
        Assert.Contains("已检查 1 个报告文件：4 个错误，0 个警告。", result.StdErr);
        Assert.DoesNotContain("the front matter", result.StdErr);
    }

    [Fact]
    public void The_lang_flag_overrides_the_locale_and_SITEGEN_LANG()
    {
        var environment = Locale("zh_CN.UTF-8");
        environment["SITEGEN_LANG"] = "zh";

        var result = Run(environment, "check", "--formats", "html", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/bad/report.md:1:1: error SG002: the front matter needs a 'date:' written as yyyy-mm-dd", result.StdErr);
        Assert.Contains("Checked 1 report file: 4 errors, 0 warnings.", result.StdErr);
        Assert.DoesNotContain("前言字段", result.StdErr);
    }

    [Fact]
    public void SITEGEN_LANG_chooses_Chinese_on_an_English_machine()
    {
        var environment = Locale("en_US.UTF-8");
        environment["SITEGEN_LANG"] = "zh";

        var result = Run(environment, "build", "--formats", "html");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("生成失败：4 个错误，0 个警告。未写入任何文件", result.StdErr);
    }

    [Fact]
    public void Help_is_in_the_chosen_language()
    {
        var chinese = Run(Locale("zh_CN.UTF-8"), "build", "--help");
        var english = Run(Locale("zh_CN.UTF-8"), "build", "--help", "--lang", "en");

        Assert.Equal(0, chinese.ExitCode);
        Assert.Contains("将输入文件夹中的全部报告生成到输出文件夹", chinese.StdOut);
        Assert.Contains("存放报告 Markdown、图片和 site.yml 的文件夹", chinese.StdOut);
        Assert.Contains("sitegen build [选项]", chinese.StdOut);
        Assert.DoesNotContain("[options]", chinese.StdOut);
        Assert.Contains("Build every report under the input folder into the output folder", english.StdOut);
        Assert.DoesNotContain("存放报告", english.StdOut);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error_naming_the_choices()
    {
        var result = Run(Locale("en_US.UTF-8"), "check", "--lang", "fr");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lang: unknown language 'fr'; use zh (Chinese) or en (English)", result.StdErr);
    }

    [Fact]
    public void Parse_errors_are_in_the_chosen_language()
    {
        var chinese = Run(Locale("zh_CN.UTF-8"), "chek");
        var missing = Run(Locale("zh_CN.UTF-8"), "verify");
        var english = Run(Locale("zh_CN.UTF-8"), "chek", "--lang", "en");

        Assert.Equal(2, chinese.ExitCode);
        Assert.Contains("sitegen: 无法识别的命令或参数“chek”。", chinese.StdErr);
        Assert.Contains("运行“sitegen --help”查看用法。", chinese.StdErr);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("命令“verify”缺少必需的参数。", missing.StdErr);
        Assert.DoesNotContain("Required argument", missing.StdErr);
        Assert.Contains("sitegen: Unrecognized command or argument 'chek'.", english.StdErr);
    }

    [Fact]
    public void Verify_findings_are_in_the_chosen_language()
    {
        var bag = Path.Combine(_root, "bag.zip");
        using (var zip = System.IO.Compression.ZipFile.Open(bag, System.IO.Compression.ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry("b/bagit.txt").Open()))
            writer.Write("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        File.WriteAllText(Path.Combine(_root, "notes.zip"), "not a zip");

        var chinese = Run(Locale("zh_CN.UTF-8"), "verify", "bag.zip");
        var unreadable = Run(Locale("zh_CN.UTF-8"), "verify", "notes.zip");
        var english = Run(Locale("zh_CN.UTF-8"), "verify", "bag.zip", "--lang", "en");

        Assert.Equal(1, chinese.ExitCode);
        Assert.Contains("bag.zip：无效：没有内容清单（manifest-<算法>.txt）", chinese.StdErr);
        Assert.Equal(2, unreadable.ExitCode);
        Assert.Contains("notes.zip：无法读取：不是可读取的 zip 文件：", unreadable.StdErr);
        Assert.Contains("bag.zip: INVALID: no payload manifest (manifest-<algorithm>.txt)", english.StdErr);
    }

    [Fact]
    public void Import_speaks_the_chosen_language()
    {
        File.WriteAllText(Path.Combine(_root, "typed.docx"), "typed in a text editor, not Word");

        var missing = Run(Locale("zh_CN.UTF-8"), "import", "nothing.docx");
        var notWord = Run(Locale("zh_CN.UTF-8"), "import", "typed.docx", "--output", "out-report");
        var english = Run(Locale("zh_CN.UTF-8"), "import", "typed.docx", "--output", "out-report", "--lang", "en");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("sitegen import：“nothing.docx”不是文件；请指明要导入的 .docx 文件。", missing.StdErr);
        Assert.Equal(1, notWord.ExitCode);
        Assert.Contains("typed.docx: error SG", notWord.StdErr);
        Assert.Contains("未导入：该文件不是 .docx（Word 文档）文件", notWord.StdErr);
        Assert.Contains("未导入任何内容：1 个错误，0 个警告。", notWord.StdErr);
        Assert.Contains("not imported: the file is not a .docx (Word Document) file", english.StdErr);
        Assert.Contains("Nothing imported: 1 error, 0 warnings.", english.StdErr);
    }

    [Fact]
    public void New_and_a_verbose_build_speak_Chinese_on_a_Chinese_machine()
    {
        var site = Path.Combine(_root, "site");
        Directory.CreateDirectory(site);

        var created = SitegenProcess.RunWith(Locale("zh_CN.UTF-8"), site, "new", "input/first");
        // A report alone has no site.yml, so no address to publish at: it is built as a preview.
        var built = SitegenProcess.RunWith(Locale("zh_CN.UTF-8"), site, "build", "--formats", "html", "--verbose", "--preview");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("已写入", created.StdOut);
        Assert.Contains("用 sitegen serve 预览", created.StdOut);
        Assert.True(built.ExitCode == 0, built.StdOut + built.StdErr);
        Assert.Matches(@"\d+ 项 +\d+\.\d 毫秒", built.StdOut);
        Assert.Contains("  缓存     ", built.StdOut);
        Assert.Contains("已生成 1 份报告", built.StdOut);
        Assert.DoesNotContain(" items ", built.StdOut);
    }

    /// <summary>An environment with only this locale: no SITEGEN_LANG, LC_ALL or LC_MESSAGES from the machine running the tests.</summary>
    private static Dictionary<string, string?> Locale(string lang) =>
        new() { ["LANG"] = lang, ["LC_ALL"] = null, ["LC_MESSAGES"] = null, ["SITEGEN_LANG"] = null };

    private SitegenProcess.Result Run(Dictionary<string, string?> environment, params string[] args) =>
        SitegenProcess.RunWith(environment, _root, args);
}
