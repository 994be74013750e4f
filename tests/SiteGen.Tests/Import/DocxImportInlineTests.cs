using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Diagnostics;
using SiteGen.Model;
using static SiteGen.Tests.Import.WordDoc;

namespace SiteGen.Tests.Import;

/// <summary>Bold, italic, emphasis dots, links, notes and Markdown's own characters come through as the reader saw them.</summary>
public sealed class DocxImportInlineTests
{
    private static WordDoc Titled(params OpenXmlElement[] body) =>
        new WordDoc().Add([P("报告", "Title"), P("2021年2月22日"), .. body]);

    [Fact]
    public void Bold_italic_and_emphasis_dots_survive_even_next_to_Chinese_quotes()
    {
        using var doc = Titled(P(null, false,
            R("　　我们要"), R("“坚持团结”", bold: true), R("和"), R("民主", dots: true), R("两大主题，"), R("着重", italic: true), R("推进"), R("重点", bold: true, dots: true), R("。")));
        using var imported = new Imported(doc);

        var (report, diagnostics) = imported.Parse();
        Assert.Empty(diagnostics);
        var paragraph = Assert.Single(report.Blocks.OfType<Model.ParagraphBlock>());
        Assert.Equal("我们要“坚持团结”和民主两大主题，着重推进重点。", InlineText.Of(paragraph.Content)); // no stray asterisks
        Assert.Contains(paragraph.Content, i => i is StrongInline s && InlineText.Of(s.Children) == "坚持团结");
        Assert.Contains(paragraph.Content, i => i is Model.EmphasisInline e && InlineText.Of(e.Children) == "民主");
        Assert.Contains(paragraph.Content, i => i is Model.EmphasisInline e && InlineText.Of(e.Children) == "着重");
        Assert.Contains(paragraph.Content, i => (i is StrongInline s && s.Children.Single() is Model.EmphasisInline) || (i is Model.EmphasisInline e && e.Children.Single() is StrongInline));
    }

    [Fact]
    public void Markdown_characters_in_the_text_stay_characters()
    {
        const string text = "1. 价格*单价*_2_ [见附件](x) <b>粗</b> #标签 a|b {#id} &amp; ^^^ `代码` \\ ~~删~~ $5 ![图](y.png)。";
        using var doc = Titled(P(text), P("- 不是列表。"), P("+ 也不是。"), P("> 不是引用。"), P("=== 不是标题线。"));
        using var imported = new Imported(doc);

        var (report, diagnostics) = imported.Parse();
        Assert.Empty(diagnostics);
        var paragraphs = report.Blocks.OfType<Model.ParagraphBlock>().Select(p => InlineText.Of(p.Content)).ToList();
        Assert.Equal([text, "- 不是列表。", "+ 也不是。", "> 不是引用。", "=== 不是标题线。"], paragraphs);
        Assert.Empty(report.Blocks.OfType<ListBlock>());
    }

    [Fact]
    public void Links_are_kept_and_unsafe_ones_lose_the_link_but_keep_their_words()
    {
        using var doc = Titled();
        var web = doc.Main.AddHyperlinkRelationship(new Uri("https://www.bozhou.gov.cn/news?id=1&page=(2)"), true);
        var script = doc.Main.AddHyperlinkRelationship(new Uri("file:///etc/passwd"), true);
        doc.Add(P(null, false, R("详见"), new Hyperlink(R("市政府网站")) { Id = web.Id }, R("和"), new Hyperlink(R("本机文件")) { Id = script.Id }, R("。")));
        using var imported = new Imported(doc);

        var (report, diagnostics) = imported.Parse();
        Assert.Empty(diagnostics);
        var link = Assert.Single(ReportLinks.Of(report)).Link;
        Assert.Equal("https://www.bozhou.gov.cn/news?id=1&page=(2)", link.Href);
        Assert.Equal("市政府网站", InlineText.Of(link.Children));
        Assert.Contains(imported.Warnings(DiagnosticCodes.ImportContentLeftOut), d => d.Message.Contains("file:///etc/passwd") && d.Location.Line == 3);
        Assert.Equal(Imported.Squeeze("报告详见市政府网站和本机文件。"), imported.ReportText());
    }

    [Fact]
    public void Footnotes_and_endnotes_become_the_reports_notes()
    {
        using var doc = Titled();
        var footnotes = doc.Main.AddNewPart<FootnotesPart>();
        footnotes.Footnotes = new Footnotes(
            new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), R(" 脚注的第一段。")), new Paragraph(R("脚注的第二段。"))) { Id = 1 });
        var endnotes = doc.Main.AddNewPart<EndnotesPart>();
        endnotes.Endnotes = new Endnotes(new Endnote(new Paragraph(new Run(new EndnoteReferenceMark()), R("尾注文字。"))) { Id = 1 });
        doc.Add(P(null, false, R("正文"), new Run(new FootnoteReference { Id = 1 }), R("再说"), new Run(new EndnoteReference { Id = 1 }), R("。")));
        using var imported = new Imported(doc);

        var (report, diagnostics) = imported.Parse();
        Assert.Empty(diagnostics);
        Assert.Equal(2, report.Footnotes.Length);
        Assert.Equal(2, report.Footnotes[0].Blocks.Length);
        Assert.Equal("尾注文字。", InlineText.Of(((Model.ParagraphBlock)report.Footnotes[1].Blocks[0]).Content));
        Assert.Equal(Imported.Squeeze("报告正文再说。脚注的第一段。脚注的第二段。尾注文字。"), imported.ReportText());
    }
}
