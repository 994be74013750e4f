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
        Assert.Contains("sitegen build", chinese.StdOut);
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

    /// <summary>An environment with only this locale: no SITEGEN_LANG, LC_ALL or LC_MESSAGES from the machine running the tests.</summary>
    private static Dictionary<string, string?> Locale(string lang) =>
        new() { ["LANG"] = lang, ["LC_ALL"] = null, ["LC_MESSAGES"] = null, ["SITEGEN_LANG"] = null };

    private SitegenProcess.Result Run(Dictionary<string, string?> environment, params string[] args) =>
        SitegenProcess.RunWith(environment, _root, args);
}
