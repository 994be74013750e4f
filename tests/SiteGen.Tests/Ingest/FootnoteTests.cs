using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>A footnote reference needs its note and a note needs a reference; either alone is an error at its line.</summary>
public sealed class FootnoteTests
{
    [Fact]
    public void Reference_to_an_undefined_note_is_an_error_at_the_reference()
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + "正文。\n\n第二段[^9]结束。\n");
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UndefinedFootnote);
        Assert.Equal((Severity.Error, 7, 4), (error.Severity, error.Location.Line, error.Location.Column));
        Assert.Contains("[^9]", error.Message);
    }

    [Theory]
    [InlineData("在*强调[^x]*里。\n")]
    [InlineData("- 列表[^x]项\n")]
    [InlineData("| 甲 |\n| --- |\n| 表格[^x] |\n")]
    public void Undefined_reference_is_found_in_nested_inline_and_block_content(string body)
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UndefinedFootnote);
    }

    [Theory]
    [InlineData("写作 \\[^1] 是字面文字。\n")]
    [InlineData("代码 `[^1]` 不是注释。\n")]
    [InlineData("方括号 [甲] 与 ^ 号。\n")]
    public void Escaped_or_code_brackets_are_not_references(string body)
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.UndefinedFootnote);
    }

    [Fact]
    public void Unreferenced_definition_is_an_error_at_the_definition()
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + "正文[^a]。\n\n[^a]: 用到的注释。\n[^b]: 没人引用的注释。\n");
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnreferencedFootnote);
        Assert.Equal((Severity.Error, 8, 1), (error.Severity, error.Location.Line, error.Location.Column));
        Assert.Contains("[^b]", error.Message);
    }

    [Fact]
    public void Used_notes_referenced_twice_are_fine()
    {
        var report = Reports.Body("甲[^a]，乙[^a]。\n\n[^a]: 注释。\n");
        var note = Assert.Single(report.Footnotes);
        Assert.Equal(2, note.RefIds.Length);
        Assert.Equal("注释。", InlineText.Of(Assert.IsType<ParagraphBlock>(Assert.Single(note.Blocks)).Content));
    }
}
