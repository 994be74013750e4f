using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Tests.Fixtures;

/// <summary>The 2021 report's raw text as a document: "#" lines are headings, other lines paragraphs.</summary>
internal static class SeedReport
{
    /// <summary>Copied beside the test assembly from tests/SiteGen.Tests/Fixtures (one copy in the repository).</summary>
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "report-2021-raw.txt");

    public static IReadOnlyList<string> Paragraphs() =>
        File.ReadAllLines(Path).Select(l => Ingested(l.Trim())).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    /// <summary>
    /// The text as SiteGen's ingestion hands it to the engine (ASCII punctuation touching Han made full-width):
    /// the engine sets text as given and converts nothing itself.
    /// </summary>
    public static string Ingested(string line)
    {
        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var full = chars[i] switch { ',' => '，', ';' => '；', ':' => '：', '?' => '？', '!' => '！', '(' => '（', ')' => '）', _ => chars[i] };
            if (full == chars[i]) continue;
            var before = i > 0 ? chars[i - 1] : ' ';
            var after = i + 1 < chars.Length ? chars[i + 1] : ' ';
            if (Wide(before) || Wide(after)) chars[i] = full;
        }
        return new string(chars);
    }

    private static bool Wide(char c) => c >= 0x2E80;

    public static TypesetDocument Document(bool withCover = true, bool extras = true)
    {
        var blocks = new List<Block>();
        if (withCover)
        {
            blocks.Add(new CoverBlock("政协年度报告", "亳州政协 2021", "年度工作报告", "亳州市政协办公室", "2021年3月", "seed:0", "记者 任雷"));
            blocks.Add(new TocBlock("目录", 2, "seed:0"));
        }
        var lineNo = 0;
        var headings = 0;
        var paragraphs = 0;
        foreach (var raw in File.ReadAllLines(Path))
        {
            lineNo++;
            var line = Ingested(raw.Trim());
            if (line.Length == 0) continue;
            var source = $"report-2021-raw.txt:{lineNo}";
            if (line.StartsWith('#'))
            {
                var level = line.TakeWhile(c => c == '#').Count();
                blocks.Add(new HeadingBlock(level, $"h{++headings}", [new TextRun(line[level..].Trim())], source));
                continue;
            }
            paragraphs++;
            if (extras && paragraphs == 3)
            {
                blocks.Add(new ParagraphBlock([new TextRun(line[..20]), new FootnoteRun("1", [new TextRun("脚注:此处为注释文字,说明数据来源。")]), new TextRun(line[20..])], source, $"p{paragraphs}"));
                continue;
            }
            blocks.Add(new ParagraphBlock([new TextRun(line)], source, $"p{paragraphs}"));
            if (extras && paragraphs == 5)
            {
                blocks.Add(new ListBlock(true, 1, [
                    [new ParagraphBlock([new TextRun("坚持党对政协工作的全面领导。"), new TextRun("重点", Emphasis: true)], source)],
                    [new ParagraphBlock([new LinkRun([new TextRun("见第一部分")], null, "h1"), new TextRun(",以及 "), new LinkRun([new TextRun("https://example.org")], "https://example.org", null)], source)],
                ], source));
                blocks.Add(new TableBlock(
                    [[[new TextRun("项目")], [new TextRun("数量")], [new TextRun("说明")]]],
                    Enumerable.Range(1, 30).Select(i => (IReadOnlyList<IReadOnlyList<Run>>)[[new TextRun($"第{i}项工作")], [new TextRun($"{i * 17}")], [new TextRun("完成情况良好,达到预期目标。")]]).ToList(),
                    [CellAlignment.Start, CellAlignment.End, CellAlignment.Start], source));
                blocks.Add(new QuoteBlock([new ParagraphBlock([new TextRun("引文:团结和民主是人民政协的两大主题。")], source, FirstLineIndent: false)], source));
                blocks.Add(new FigureBlock(null, null, "", [new TextRun("图1 没有图片的图注")], "来源:市政协", source));
                blocks.Add(new ThematicBreakBlock(source));
            }
        }
        var info = new DocumentInfo("亳州政协 2021 年度报告", "市政协办公室", "亳州市政协", "年度工作报告", ["政协", "年度报告"], "zh-CN",
            new DateOnly(2021, 3, 1), "report-2021", Modified: new DateOnly(2021, 4, 2), Contributors: ["任雷"],
            Rights: "© 2021 亳州市政协", License: "https://creativecommons.org/licenses/by/4.0/");
        return new TypesetDocument(info, blocks);
    }
}
