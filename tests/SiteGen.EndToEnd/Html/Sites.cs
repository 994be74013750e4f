using SiteGen.EndToEnd.Checkers;
using SiteGen.Model;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Html;

/// <summary>The repository's real input/ (the 2021 report).</summary>
public sealed class RealInputSite() : BuiltSite(Path.Combine(Tools.RepoRoot, "input"));

/// <summary>
/// A sample that uses what the real report does not: notes, a table, an image figure, lists, a quote, code,
/// emphasis, links, and a second report in English, so every renderer meets axe and the Nu checker.
/// </summary>
public sealed class RichSampleSite() : BuiltSite(RichSampleInput.Create(), new AddSampleTable())
{
    public override void Dispose()
    {
        base.Dispose();
        RichSampleInput.Delete();
    }
}

/// <summary>
/// Puts a table after the "数据" heading. Ingestion currently throws on pipe tables (a negative column index in
/// BlockConverter.TableBlock), so until that is fixed the sample's table is added to the parsed report here.
/// </summary>
internal sealed class AddSampleTable : IBuildStep
{
    public string Name => nameof(AddSampleTable);

    public BuildState Run(BuildState state, BuildContext context)
    {
        static TableRow Row(CellAlignment second, params string[] cells) =>
            new([.. cells.Select((c, i) => new TableCell([new TextInline(c)], i == 1 ? second : CellAlignment.Left))]);
        var reports = state.Reports.Select(report =>
        {
            var index = report.Blocks.IndexOf(report.Blocks.OfType<HeadingBlock>().FirstOrDefault(h => InlineText.Of(h.Content) == "数据")!);
            if (index < 0)
            {
                return report;
            }

            var table = new TableBlock("table-1", [Row(CellAlignment.Right, "项目", "数量")],
                [Row(CellAlignment.Right, "提案", "328"), Row(CellAlignment.Right, "信息", "238")], report.Blocks[index].Location);
            return report with { Blocks = report.Blocks.Insert(index + 1, table) };
        });
        return state with { Reports = [.. reports] };
    }
}

internal static class RichSampleInput
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "sitegen-rich-input-" + Environment.ProcessId);

    // A 1×1 PNG, enough for the figure to have a real image file.
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    public static string Create()
    {
        Write("site.yml", "title: 示例档案\nbase_url: https://example.org/sample/\npublisher: 示例出版方\nlanguage: zh-CN\n");
        Write("rich/report.md", """
            ---
            title: 示例报告
            subtitle: 用于检查页面的示例
            kicker: 测试
            date: 2020-05-01
            lang: zh-CN
            slug: rich-2020
            organization: 示例委员会
            author: 张三
            ---

            导语段落，含**重点**、*强调*、`代码`和[外部链接](https://example.org/)，见注释[^1]。

            ## 第一部分

            正文段落。

            ### 数据

            - 列表一
            - 列表二

            1. 第一
            2. 第二

            > 引用段落。

            ^^^
            ![会场照片](images/hall.png)
            ^^^ 委员们在听取报告。张三 摄

            ## 第二部分

            再次引用注释[^1]，以及第二条注释[^2]。

            ```
            code < block
            ```

            [^1]: 第一条注释。
            [^2]: 第二条注释。
            """);
        File.WriteAllBytes(Path.Combine(Folder, "rich", "images", "hall.png"), Convert.FromBase64String(Png));
        Write("english/report.md", """
            ---
            title: Sample report
            date: 2019-03-01
            lang: en
            slug: english-2019
            organization: Sample Committee
            ---

            An opening paragraph with *emphasis* and a note.[^a]

            ## Review

            Text of the review.

            [^a]: The note.
            """);
        return Folder;
    }

    public static void Delete()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static void Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Directory.CreateDirectory(Path.Combine(Folder, "rich", "images"));
        File.WriteAllText(path, text);
    }
}
