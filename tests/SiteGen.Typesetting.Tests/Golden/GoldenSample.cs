using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Tests.Golden;

/// <summary>
/// A rich, self-contained sample for the golden logs: cover, contents, headings on three levels, paragraphs with
/// full-width punctuation, Latin and digits, a URL, emphasis, a footnote, links, lists, a table, a quote, a figure
/// caption and a thematic break; long enough to run over several pages in every edition.
/// </summary>
internal static class GoldenSample
{
    private const string Body =
        "过去一年，市政协常委会坚持以习近平新时代中国特色社会主义思想为指导，围绕中心、服务大局，" +
        "全年共召开常委会议6次、主席会议12次，提出提案386件，立案321件，办复率达100%。" +
        "“协商于民、协商为民”的理念深入人心；《政协委员履职手册》修订出版，详见 https://example.org/2021?id=42 。";

    public static TypesetDocument Document()
    {
        var blocks = new List<Block>
        {
            new CoverBlock("聚焦两会", "政协常委会工作报告", "（摘要）", "政协亳州市委员会", "2021年2月22日", "g.md:1", "记者 任雷"),
            new TocBlock("目录", 2, "g.md:2"),
        };
        var line = 3;
        string At() => $"g.md:{line++}";
        for (var part = 1; part <= 3; part++)
        {
            blocks.Add(new HeadingBlock(1, $"part{part}", [new TextRun($"第{part}部分　2021年工作回顾")], At(), 2));
            for (var section = 1; section <= 2; section++)
            {
                blocks.Add(new HeadingBlock(2, $"s{part}-{section}", [new TextRun($"{"一二三"[section - 1]}、坚持创新理论武装，着力把牢正确政治方向")], At(), 3));
                blocks.Add(new ParagraphBlock([new TextRun(Body)], At(), $"p{part}-{section}-1"));
                blocks.Add(new ParagraphBlock([
                    new TextRun("强化思想政治引领，"), new TextRun("凝聚共识", Bold: true), new TextRun("是政协工作的中心环节"),
                    new FootnoteRun($"{part}{section}", [new TextRun("注：数据来源于市政协办公室年度统计（2021年）。")]),
                    new TextRun("。参见"), new LinkRun([new TextRun("第一部分")], null, "part1"), new TextRun("，以及"),
                    new TextRun("重点工作", Emphasis: true), new TextRun("安排。"),
                ], At(), $"p{part}-{section}-2"));
                if (section == 2) blocks.Add(new HeadingBlock(3, $"s{part}-{section}-x", [new TextRun("（一）专题协商")], At(), 4));
            }
            blocks.Add(new ListBlock(part % 2 == 1, 1, [
                [new ParagraphBlock([new TextRun("坚持党对政协工作的全面领导，确保正确政治方向。")], At())],
                [new ParagraphBlock([new TextRun("围绕“十四五”规划开展调研 12 次，形成报告 8 篇。")], At())],
            ], At()));
            if (part == 2)
            {
                blocks.Add(new TableBlock(
                    [[[new TextRun("项目")], [new TextRun("数量")], [new TextRun("说明")]]],
                    Enumerable.Range(1, 8).Select(i => (IReadOnlyList<IReadOnlyList<Run>>)[[new TextRun($"第{i}项工作")], [new TextRun($"{i * 17}")], [new TextRun("完成情况良好，达到预期目标。")]]).ToList(),
                    [CellAlignment.Start, CellAlignment.End, CellAlignment.Start], At(), "table1"));
                blocks.Add(new QuoteBlock([new ParagraphBlock([new TextRun("团结和民主是人民政协的两大主题。")], At(), FirstLineIndent: false)], At()));
                blocks.Add(new FigureBlock(null, null, "", [new TextRun("图1　委员视察现场")], "来源：市政协", At()));
                blocks.Add(new ThematicBreakBlock(At()));
            }
        }
        var info = new DocumentInfo("政协常委会工作报告", "任雷", "政协亳州市委员会", "年度工作报告", ["政协", "年度报告"], "zh-CN",
            new DateOnly(2021, 2, 22), "golden");
        return new TypesetDocument(info, blocks);
    }
}
