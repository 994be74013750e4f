using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// A ^^^ figure block holds one image and one caption. Whatever else an author puts there, or a missing closing
/// line that would swallow the rest of the report, is an error at its line: nothing is dropped quietly.
/// </summary>
public sealed class FigureBlockTests
{
    // The front matter is four lines, so the body's first line is line 5.
    [Fact]
    public void Unclosed_figure_is_an_error_at_its_opening_line_and_its_content_is_still_read()
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + "开头。\n\n^^^\n![图](a.png)\n\n后面的段落。\n\n- 列表项\n");
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnclosedFigure);
        Assert.Equal((Severity.Error, 7, 1), (error.Severity, error.Location.Line, error.Location.Column));
        Assert.Contains("后面的段落。", Text(report!));
        Assert.Contains("列表项", Text(report!));
    }

    [Fact]
    public void Caption_on_the_opening_line_without_a_closing_line_is_unclosed()
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + "^^^ 说明\n\n正文。\n");
        Assert.Equal(5, Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnclosedFigure).Location.Line);
    }

    [Theory]
    [InlineData("> ^^^\n> ![图](a.png)\n\n正文。\n", 5)]
    [InlineData("- ^^^\n  ![图](a.png)\n- 乙\n", 5)]
    [InlineData("正文。\n\n^^^\n![图](a.png)\n^^^ 说明\n^^^\n", 10)]
    public void Figure_closed_only_by_its_surroundings_is_unclosed(string body, int line)
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        Assert.Equal(line, Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnclosedFigure).Location.Line);
    }

    [Theory]
    [InlineData("^^^\n![图](a.png)\n\n多出来的段落。\n^^^ 说明\n", 8, "paragraph")]
    [InlineData("^^^\n![图](a.png)\n\n- 列表项\n^^^ 说明\n", 8, "list")]
    [InlineData("^^^\n> 引文\n\n![图](a.png)\n^^^ 说明\n", 6, "quote")]
    [InlineData("^^^\n## 标题\n![图](a.png)\n^^^ 说明\n", 6, "heading")]
    [InlineData("^^^\n文字 ![图](a.png)\n^^^ 说明\n", 6, "paragraph")]
    [InlineData("^^^^\n![图](a.png)\n^^^\n^^^^ 说明\n", 7, "figure block")]
    public void Anything_but_an_image_inside_a_closed_figure_is_an_error_at_its_line(string body, int line, string kind)
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.FigureContentLost);
        Assert.Equal((Severity.Error, line), (error.Severity, error.Location.Line));
        Assert.Contains(kind, error.Message);
        Assert.Contains("line 5", error.Message);
    }

    [Fact]
    public void Second_image_in_one_figure_is_an_error()
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + "^^^\n![甲](a.png)\n\n![乙](b.png)\n^^^ 说明\n");
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.FigureContentLost);
        Assert.Equal(8, error.Location.Line);
        Assert.Contains("one image", error.Message);
    }

    [Theory]
    [InlineData("^^^\n![大楼](hall.jpg)\n机关大楼外景。\n^^^\n")]
    [InlineData("^^^\n![大楼](hall.jpg) 机关大楼外景。\n^^^\n")]
    public void A_caption_written_under_the_image_is_an_error_that_shows_where_it_goes_and_no_image_warning(string body)
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.FigureContentLost);
        Assert.Equal(6, error.Location.Line);
        Assert.Contains("end the block with ^^^ 机关大楼外景。", error.Message);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.FigureWithoutImage);
    }

    [Fact]
    public void Captions_on_both_fence_lines_are_an_error_at_the_second()
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + "^^^ 上说明\n![图](a.png)\n^^^ 下说明\n");
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.FigureContentLost);
        Assert.Equal(7, error.Location.Line);
        Assert.Contains("line 5", error.Message);
    }

    [Theory]
    [InlineData("^^^\n![图](a.png)\n^^^ 说明\n\n后文。\n")]
    [InlineData("^^^\n![图](a.png)\n^^^\n\n后文。\n")]
    [InlineData("   ^^^\n   ![图](a.png)\n   ^^^ 说明\n\n后文。\n")]
    [InlineData("> ^^^\n> ![图](a.png)\n> ^^^ 说明\n\n后文。\n")]
    public void Well_formed_figures_keep_the_text_after_them_without_errors(string body)
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        Assert.DoesNotContain(diagnostics, d => d.Code is DiagnosticCodes.UnclosedFigure or DiagnosticCodes.FigureContentLost);
        Assert.Single(ReportWalker.Blocks(report!).OfType<FigureBlock>());
        Assert.Contains("后文。", Text(report!));
    }

    [Fact]
    public void Text_right_after_the_closing_line_is_a_paragraph_of_its_own()
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + "^^^\n![图](a.png)\n^^^ 说明。\n紧接的文字。\n");
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error && d.Code != DiagnosticCodes.MissingImage);
        Assert.Equal("紧接的文字。", InlineText.Of(Assert.IsType<ParagraphBlock>(report!.Blocks[^1]).Content));
    }

    [Fact]
    public void Empty_figure_is_a_caption_less_figure_warning_not_an_error()
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + "^^^\n^^^\n\n正文。\n");
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.FigureWithoutImage);
        Assert.Contains("正文。", Text(report!));
    }

    private static string Text(Report report) => string.Join("\n", ReportWalker.Blocks(report).Select(b => b switch
    {
        ParagraphBlock p => InlineText.Of(p.Content),
        FigureBlock f => InlineText.Of(f.Caption),
        _ => "",
    }));
}
