using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Tests.Support;

/// <summary>A small report with every block kind the EPUB and the bag must carry, and an image on disk.</summary>
internal static class SampleReport
{
    public const string Slug = "cppcc-2021";
    public const string ImagePath = "cppcc-2021/images/meeting.png";

    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static readonly SourceLocation At = new("cppcc-2021/report.md", 1, 1);

    public static Report Create(string imageAlt = "市政协四届五次会议现场")
    {
        var image = new ImageRef("images/meeting.png", imageAlt, null) { InputPath = ImagePath, Format = ImageFormat.Png };
        return new Report
        {
            SourcePath = "cppcc-2021/report.md",
            SourceText = "---\ntitle: 市政协常委会工作报告\n---\n\n## 2020年工作回顾\n\n2020年是极不平凡的一年。\n",
            Metadata = new ReportMetadata
            {
                Title = "市政协常委会工作报告（摘要）",
                Date = new DateOnly(2021, 2, 22),
                Lang = "zh-CN",
                Slug = Slug,
                Kicker = "聚焦市两会",
                Organization = "政协亳州市委员会",
                Author = "汤涌",
                Description = "市政协四届五次会议上的常委会工作报告摘要。",
                Keywords = ["政协", "工作报告"],
            },
            Blocks =
            [
                new HeadingBlock(2, "2020年工作回顾", [new TextInline("2020年工作回顾")], At),
                new ParagraphBlock("2020年工作回顾-p1",
                [
                    new TextInline("2020年是"),
                    new EmphasisInline([new TextInline("极不平凡")]),
                    new TextInline("的一年。"),
                    new FootnoteRefInline(1, "fn-1", "fnref-1"),
                ], At),
                new HeadingBlock(4, "一坚持创新理论武装", [new TextInline("一、坚持创新理论武装")], At),
                new ParagraphBlock("一坚持创新理论武装-p1",
                [
                    new StrongInline([new TextInline("坚持用党的创新理论武装头脑。")]),
                    new TextInline("详见"),
                    new LinkInline("../other/", null, [new TextInline("上年报告")]),
                    new TextInline("与"),
                    new LinkInline("#2020年工作回顾", null, [new TextInline("回顾")]),
                    new TextInline("。"),
                ], At),
                new FigureBlock("fig-1", image, [new TextInline("会议现场")], "记者 任雷 摄", At),
                new TableBlock("table-1",
                    [new TableRow([new TableCell([new TextInline("项目")], CellAlignment.None), new TableCell([new TextInline("次数")], CellAlignment.Right)])],
                    [new TableRow([new TableCell([new TextInline("集体学习")], CellAlignment.None), new TableCell([new TextInline("4")], CellAlignment.Right)])],
                    At),
                new ListBlock(true, 1, [new ListItem([new ParagraphBlock("li-1", [new TextInline("建言")], At)])], At),
                new HeadingBlock(3, "2021年工作建议", [new TextInline("2021年工作建议")], At),
                new ParagraphBlock("2021年工作建议-p1", [new TextInline("2021年是中国共产党成立100周年。")], At),
            ],
            Footnotes = [new Footnote(1, "fn-1", ["fnref-1"], [new ParagraphBlock("fn-1-p1", [new TextInline("据市政协办公室统计。")], At)])],
            ImagePaths = [ImagePath],
        };
    }

    /// <summary>Writes the report's image into a fresh input folder and returns its path.</summary>
    public static string CreateInputFolder()
    {
        var input = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(input, "cppcc-2021", "images"));
        File.WriteAllBytes(Path.Combine(input, ImagePath), Png);
        return input;
    }
}
