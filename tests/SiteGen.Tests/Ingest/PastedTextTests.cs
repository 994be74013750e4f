using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>Issue 11: text pasted from Word or WeChat, and Markdown files saved under another name.</summary>
public sealed class PastedTextTests
{
    [Fact]
    public void Full_width_indents_are_removed_with_one_located_warning()
    {
        // Front matter is lines 1-4; the paragraphs start on lines 5, 7 and 9.
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + "\u3000\u3000第一段。\n\n普通段落。\n\n\u3000\u3000第二段，\n\u3000\u3000第二行。\n");
        Assert.NotNull(report);
        var texts = report.Blocks.OfType<ParagraphBlock>().Select(p => Report.PlainText(p.Content)).ToList();
        Assert.Equal(["第一段。", "普通段落。", "第二段，第二行。"], texts);
        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.PastedIndent);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(5, warning.Location.Line);
        Assert.Contains("U+3000", warning.Message);
        Assert.Contains("2 more lines", warning.Message);
    }

    [Fact]
    public void No_break_spaces_at_a_paragraph_start_are_removed_too()
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + "\n\u00A0\u00A0 \u00A0正文。\n");
        Assert.Equal("正文。", Report.PlainText(Assert.IsType<ParagraphBlock>(Assert.Single(report!.Blocks)).Content));
        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.PastedIndent);
        Assert.Equal(6, warning.Location.Line);
        Assert.Contains("U+00A0", warning.Message);
    }

    [Fact]
    public void Spaces_inside_a_paragraph_stay_and_warn_nothing()
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + "甲\u3000乙 丙。\n");
        Assert.Equal("甲\u3000乙 丙。", Report.PlainText(Assert.IsType<ParagraphBlock>(Assert.Single(report!.Blocks)).Content));
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.PastedIndent);
    }

    [Fact]
    public void Chinese_text_indented_into_a_code_block_is_kept_and_warned_about()
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + "开头。\n\n    四个空格缩进的正文。\n\n中间。\n\n    var x = 1;\n");
        var code = report!.Blocks.OfType<CodeBlock>().ToList();
        Assert.Equal(2, code.Count);
        Assert.Equal("四个空格缩进的正文。", code[0].Text.Trim());
        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.IndentedProse);
        Assert.Equal((Severity.Warning, 7), (warning.Severity, warning.Location.Line));
    }

    [Fact]
    public void Markdown_files_under_other_names_are_named_in_a_warning()
    {
        using var input = new TempInput()
            .Write("a/report.md", Reports.FrontMatter + "正文。\n")
            .Write("b/report.MD", Reports.FrontMatter + "正文。\n")
            .Write("c.markdown", Reports.FrontMatter + "正文。\n")
            .Write("d.md.txt", Reports.FrontMatter + "正文。\n")
            .Write("notes.txt", "not a report");
        var warnings = input.Diagnostics().Where(d => d.Code == DiagnosticCodes.MarkdownNotRead).ToList();
        Assert.Equal(["b/report.MD", "c.markdown", "d.md.txt"], warnings.Select(w => w.Location.File).Order(StringComparer.Ordinal));
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains("'c.md'", warnings.Single(w => w.Location.File == "c.markdown").Message);
    }
}
