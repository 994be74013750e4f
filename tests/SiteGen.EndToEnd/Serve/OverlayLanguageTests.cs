using SiteGen.Cli.Serve;
using SiteGen.Diagnostics;

namespace SiteGen.EndToEnd.Serve;

/// <summary>The error box of `sitegen serve` speaks the run's language and sends template errors to the templates.</summary>
public sealed class OverlayLanguageTests
{
    private static readonly Diagnostic ReportError =
        new(Severity.Error, DiagnosticCodes.InvalidDate, Messages.DateMissing.With(), new SourceLocation("one/report.md", 2, 1));

    private static readonly Diagnostic TemplateError =
        new(Severity.Error, DiagnosticCodes.TemplateError, Messages.TemplateProblem.With("Unexpected token"), new SourceLocation("/site/templates/page.sbn", 4, 7));

    [Fact]
    public void The_overlay_is_in_Chinese_when_the_run_is()
    {
        var html = ErrorOverlay.Html([ReportError], "input", MessageLanguage.Chinese);

        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains("最近一次生成失败：1 个错误", html);
        Assert.Contains("请在报告文件中改正以下错误并保存", html);
        Assert.Contains("input/one/report.md:2:1: error SG002: 前言字段缺少“date:”", html);
        Assert.DoesNotContain("The latest build failed", html);
    }

    [Fact]
    public void A_template_error_names_the_template_file_not_the_reports()
    {
        foreach (var language in new[] { MessageLanguage.English, MessageLanguage.Chinese })
        {
            var html = ErrorOverlay.Html([TemplateError], "input", language);

            Assert.Contains("/site/templates/page.sbn", html[..html.IndexOf("<ul>", StringComparison.Ordinal)]);
            Assert.DoesNotContain("report files", html);
            Assert.DoesNotContain("报告文件", html);
        }

        Assert.Contains("Fix these in /site/templates/page.sbn and save", ErrorOverlay.Html([TemplateError], "input", MessageLanguage.English));
        Assert.Contains("模板有误：Unexpected token", ErrorOverlay.Html([TemplateError], "input", MessageLanguage.Chinese));
    }

    [Fact]
    public void A_crash_box_and_its_page_follow_the_language()
    {
        var page = ErrorOverlay.Page(ErrorOverlay.Crash("盘满了", MessageLanguage.Chinese), MessageLanguage.Chinese);

        Assert.Contains("<html lang=\"zh-CN\">", page);
        Assert.Contains("<title>SiteGen：生成失败</title>", page);
        Assert.Contains("最近一次生成时程序崩溃", page);
    }
}
