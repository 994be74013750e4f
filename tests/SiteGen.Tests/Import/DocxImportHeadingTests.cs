using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Diagnostics;
using static SiteGen.Tests.Import.WordDoc;

namespace SiteGen.Tests.Import;

/// <summary>Headings from style names in English and Chinese, from inheritance and outline levels, and from 一、（一）1.（1）.</summary>
public sealed class DocxImportHeadingTests
{
    [Fact]
    public void Headings_come_from_Chinese_and_English_style_names_basedOn_and_outline_level()
    {
        using var doc = new WordDoc().Add(
            P("关于加强工作的报告", "Title"),
            P("2021年2月22日", centered: true),
            P("总体情况", "1"),
            P("正文第一段。"),
            P("工作进展", "Heading2"),
            P("正文第二段。"),
            P("继承来的标题", "MyHeading"),
            P("大纲级别标题", "Outline3"),
            P("正文第三段。"));
        using var imported = new Imported(doc);

        Assert.Contains("\n## 总体情况\n", imported.Markdown);
        Assert.Contains("\n### 工作进展\n", imported.Markdown);
        Assert.Contains("\n## 继承来的标题\n", imported.Markdown);
        Assert.Contains("\n#### 大纲级别标题\n", imported.Markdown);
        Assert.Contains("title: \"关于加强工作的报告\"", imported.Markdown);
        Assert.Contains("date: 2021-02-22", imported.Markdown);
        Assert.Equal(Imported.Squeeze("关于加强工作的报告总体情况正文第一段。工作进展正文第二段。继承来的标题大纲级别标题正文第三段。"), imported.ReportText());
    }

    [Fact]
    public void Numbered_official_headings_typed_as_body_text_become_headings_bold_or_not()
    {
        using var doc = new WordDoc().Add(
            P("某某市人民政府文件", centered: true),
            P("关于做好某项工作的通知", centered: true),
            P("　　各县区人民政府："),
            P(null, false, R("一、总体要求", bold: true)),
            P("　　（一）指导思想"),
            P("　　1.坚持问题导向"),
            P("　　（1）细化分工"),
            P("　　（二）加强组织领导。各级各部门要高度重视，切实把工作落到实处。"),
            P("　　2020年是极不平凡的一年。"),
            P("　　1.5亿元资金已经到位。"),
            P("某某市人民政府"),
            P("2021年3月1日"));
        using var imported = new Imported(doc);

        Assert.Contains("\n## 一、总体要求\n", imported.Markdown);
        Assert.Contains("\n### （一）指导思想\n", imported.Markdown);
        Assert.Contains("\n#### 1.坚持问题导向\n", imported.Markdown);
        Assert.Contains("\n##### （1）细化分工\n", imported.Markdown);
        Assert.Contains("\n（二）加强组织领导。各级各部门", imported.Markdown); // a run-in heading stays a paragraph
        Assert.Contains("\n1\\.5亿元资金已经到位。\n", imported.Markdown); // a number, not a heading, and not a list either
        Assert.Contains("\n各县区人民政府：\n", imported.Markdown); // the leading 　　 is gone
        Assert.Contains("organization: \"某某市人民政府\"", imported.Markdown);
        Assert.Contains("date: 2021-03-01", imported.Markdown);
        var (report, diagnostics) = imported.Parse();
        Assert.Empty(diagnostics);
        Assert.Equal(4, report.Headings.Length);
    }

    [Fact]
    public void Numbers_from_Word_numbering_are_written_out_and_decimal_lists_stay_lists()
    {
        using var doc = new WordDoc();
        var numbering = doc.Main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "%1、" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 2 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
        doc.Add(P("报告", "Title"), P("2021年2月22日"),
            Numbered("总体要求", 1), P("正文。"), Numbered("主要任务", 1),
            Numbered("第一项", 2), Numbered("第二项", 2), P("结束。"));
        using var imported = new Imported(doc);

        Assert.Contains("\n## 一、总体要求\n", imported.Markdown);
        Assert.Contains("\n## 二、主要任务\n", imported.Markdown);
        Assert.Contains("\n1. 第一项\n2. 第二项\n", imported.Markdown);
        Assert.Empty(imported.Parse().Diagnostics);
        Assert.Contains("一、总体要求", imported.ReportText());
    }

    private static Paragraph Numbered(string text, int numId) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId })), R(text));

    [Theory]
    [InlineData("一、总体要求", 1)]
    [InlineData("十二、其他", 1)]
    [InlineData("（一）指导思想", 2)]
    [InlineData("(三)基本原则", 2)]
    [InlineData("1.坚持问题导向", 3)]
    [InlineData("2．突出重点", 3)]
    [InlineData("（1）细化分工", 4)]
    [InlineData("（一）加强组织领导。各级各部门要高度重视。", 0)]
    [InlineData("一、总体要求。", 0)]
    [InlineData("1.5亿元资金", 0)]
    [InlineData("2020年工作回顾", 0)]
    public void The_numbering_conventions_of_official_documents_are_recognised(string text, int rank) =>
        Assert.Equal(rank, SiteGen.Import.OfficialHeadings.Rank(text));
}
