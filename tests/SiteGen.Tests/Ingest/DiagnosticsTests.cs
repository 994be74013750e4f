using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>Each mistake in a report gets its code, its severity and the line it stands on.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public void Missing_title_is_an_error()
    {
        var d = Only("---\ndate: 2021-02-22\n---\n正文。\n", DiagnosticCodes.MissingTitle);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void Invalid_date_is_an_error_at_the_date_line()
    {
        var d = Only("---\ntitle: 报告\ndate: 2021-13-45\n---\n正文。\n", DiagnosticCodes.InvalidDate);
        Assert.Equal((3, 7), (d.Location.Line, d.Location.Column));
        Assert.Contains("2021-13-45", d.Message);
    }

    [Theory]
    [InlineData("---\ntitle: 报告\ndate: 2021-02-22\n---\n", 5)]
    [InlineData("---\ntitle: 报告\ndate: 2021-02-22\n---\n\n\n", 5)]
    [InlineData("---\ntitle: 报告\ndate: 2021-02-22\n---\n\n## 一、工作回顾\n\n## 二、今后打算\n", 6)]
    public void A_report_with_no_text_is_a_warning_where_the_text_should_start(string markdown, int line)
    {
        var d = Only(markdown, DiagnosticCodes.NoBodyText);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(line, d.Location.Line);
    }

    [Theory]
    [InlineData("正文。\n")]
    [InlineData("## 一、工作回顾\n\n- 一项\n")]
    [InlineData("^^^\n![会场](a.png)\n^^^ 图一\n")]
    public void A_report_with_text_under_a_heading_or_without_one_is_not_empty(string body)
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.NoBodyText);
    }

    [Fact]
    public void Missing_date_is_an_error()
    {
        Only("---\ntitle: 报告\n---\n正文。\n", DiagnosticCodes.InvalidDate);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error_at_its_opening_line()
    {
        var d = Only("---\ntitle: 报告\ndate: 2021-02-22\n\n正文。\n", DiagnosticCodes.UnclosedFrontMatter);
        Assert.Equal(1, d.Location.Line);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_with_its_line()
    {
        var d = Only("---\ntitle: 报告\ndate: [2021\n---\n正文。\n", DiagnosticCodes.InvalidFrontMatter);
        Assert.True(d.Location.Line >= 3);
    }

    [Fact]
    public void Unknown_front_matter_key_is_a_warning_at_its_line()
    {
        var d = Only(Reports.FrontMatter.Replace("date:", "colour: red\ndate:") + "正文。\n", DiagnosticCodes.UnknownFrontMatterKey);
        Assert.Equal((Severity.Warning, 3), (d.Severity, d.Location.Line));
    }

    [Fact]
    public void Raw_html_is_dropped_with_an_error_at_its_line()
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + "正文。\n\n<script>alert(1)</script>\n\n段落<b onclick=\"x()\">粗</b>。\n");
        var errors = diagnostics.Where(d => d.Code == DiagnosticCodes.RawHtmlDropped).ToList();
        Assert.Equal([7, 9], errors.Select(e => e.Location.Line).Distinct());
        Assert.DoesNotContain("script", Flatten(report!));
        Assert.DoesNotContain("onclick", Flatten(report!));
    }

    [Theory]
    [InlineData("正文。\n\n<!-- 待领导审定后删除 -->\n", 7)]
    [InlineData("正文<!-- 内部说明 -->。\n", 5)]
    [InlineData("正文。\n\n<!-- 没有结束的注释\n\n后面的段落。\n", 7)]
    public void An_html_comment_is_refused_with_its_own_reason_because_the_bag_would_archive_it(string body, int line)
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.RawHtmlDropped);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains("HTML comment", error.Message);
        Assert.Contains("archived", error.Message);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox")]
    public void Script_links_are_dropped_with_an_error_keeping_the_words(string href)
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + $"请[点击这里](<{href}>)。\n");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnsafeLink && d.Location.Line == 5);
        var text = Flatten(report!);
        Assert.Contains("点击这里", text);
        Assert.DoesNotContain("script", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Missing_image_file_is_an_error_naming_the_file()
    {
        var d = Only(Reports.FrontMatter + "![照片](no-such.jpg)\n", DiagnosticCodes.MissingImage);
        Assert.Contains("no-such.jpg", d.Message);
        Assert.Equal(5, d.Location.Line);
    }


    [Fact]
    public void Figure_without_image_is_a_warning_and_keeps_caption_and_credit()
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + "^^^\n^^^ 委员们在听取报告。张延林 摄\n");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.FigureWithoutImage && d.Severity == Severity.Warning);
        var figure = Assert.IsType<SiteGen.Model.FigureBlock>(Assert.Single(report!.Blocks));
        Assert.Null(figure.Image);
        Assert.Equal("委员们在听取报告。", SiteGen.Model.InlineText.Of(figure.Caption));
        Assert.Equal("张延林 摄", figure.Credit);
    }

    [Fact]
    public void Heading_level_jump_is_a_warning()
    {
        var d = Only(Reports.FrontMatter + "## 甲\n\n#### 乙\n", DiagnosticCodes.HeadingLevelJump);
        Assert.Equal((Severity.Warning, 7), (d.Severity, d.Location.Line));
    }

    [Fact]
    public void Paragraph_split_mid_sentence_is_a_warning()
    {
        var d = Only(Reports.FrontMatter + "开展了界别调研视察,如实反映\n\n问题,提出意见建议。\n", DiagnosticCodes.SplitParagraph);
        Assert.Equal((Severity.Warning, 5), (d.Severity, d.Location.Line));
    }

    [Fact]
    public void Link_to_a_missing_anchor_is_an_error()
    {
        using var input = new TempInput().Write("r/report.md", Reports.FrontMatter + "## 甲\n\n见[乙](#乙)与[甲](#甲)。\n");
        var error = Assert.Single(input.Diagnostics(), d => d.Code == DiagnosticCodes.BrokenAnchor);
        Assert.Contains("#乙", error.Message);
        Assert.Equal(("r/report.md", 7), (error.Location.File, error.Location.Line));
    }

    [Fact]
    public void Duplicate_slugs_are_an_error_naming_both_files()
    {
        using var input = new TempInput()
            .Write("a/report.md", Reports.FrontMatter.Replace("date:", "slug: same\ndate:") + "甲。\n")
            .Write("b/report.md", Reports.FrontMatter.Replace("date:", "slug: same\ndate:") + "乙。\n");
        var errors = input.Diagnostics().Where(d => d.Code == DiagnosticCodes.DuplicateSlug).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("a/report.md and b/report.md", e.Message));
        // At each file's slug line, where the fix is made.
        var slugLine = Reports.FrontMatter.Replace("date:", "slug: same\ndate:").Split('\n').ToList().FindIndex(l => l.StartsWith("slug:")) + 1;
        Assert.All(errors, e => Assert.Equal((slugLine, 7), (e.Location.Line, e.Location.Column)));
    }

    [Theory]
    [InlineData("slug: assets\n", 2)]
    [InlineData("", 1)]
    public void A_reserved_slug_is_an_error_where_the_slug_comes_from(string slugLine, int line)
    {
        using var input = new TempInput()
            .Write("archive/report.md", "---\n" + slugLine + "title: 报告\ndate: 2021-02-22\n---\n\n甲。\n");
        var error = Assert.Single(input.Diagnostics(), d => d.Code == DiagnosticCodes.ReservedSlug);
        Assert.Equal(("archive/report.md", line), (error.Location.File, error.Location.Line));
    }

    [Fact]
    public void The_raw_seed_text_gets_both_split_warnings()
    {
        var raw = Reports.RawText2021;
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + raw);
        var splits = diagnostics.Where(d => d.Code == DiagnosticCodes.SplitParagraph).Select(d => d.Message).ToList();
        Assert.Contains(splits, m => m.Contains("如实反映"));
        Assert.Contains(splits, m => m.Contains("紧扣“懂"));
    }

    private static Diagnostic Only(string markdown, string code)
    {
        var (_, diagnostics) = Reports.Parse(markdown);
        return Assert.Single(diagnostics, d => d.Code == code);
    }

    private static string Flatten(SiteGen.Model.Report report) =>
        string.Join("\n", SiteGen.Model.ReportWalker.Blocks(report).Select(b => b switch
        {
            SiteGen.Model.ParagraphBlock p => SiteGen.Model.InlineText.Of(p.Content) + string.Join(" ", p.Content.OfType<SiteGen.Model.LinkInline>().Select(l => l.Href)),
            _ => b.ToString(),
        }));
}
