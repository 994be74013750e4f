using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;

namespace SiteGen.EndToEnd.Html;

/// <summary>The repository's real input/ (the 2021 report).</summary>
public sealed class RealInputSite() : BuiltSite(Path.Combine(Tools.RepoRoot, "input"));

/// <summary>
/// A sample that uses what the real report does not: notes, a pipe table, a figure with a real image, lists, a
/// quote, a code block (Han in it, a line too long for the measure), emphasis (Latin in a Chinese sentence too),
/// links, and a second report in English, so every renderer meets axe and the Nu checker.
/// </summary>
public sealed class RichSampleSite : BuiltSite
{
    private readonly TempDir _input;

    public RichSampleSite()
        : this(RichSampleInput.Create())
    {
    }

    private RichSampleSite(TempDir input)
        : base(input.Path) => _input = input;

    public override void Dispose()
    {
        base.Dispose();
        _input.Dispose();
    }
}

internal static class RichSampleInput
{
    public static TempDir Create()
    {
        var input = new TempDir();
        input.File("site.yml", "title: 示例档案\nbase_url: https://www.bozhou.gov.cn/sample/\npublisher: 示例出版方\nlanguage: zh-CN\n");
        input.File("rich/report.md", """
            ---
            title: 示例报告
            subtitle: 用于检查页面的示例
            kicker: 测试
            date: 2020-05-01
            lang: zh-CN
            slug: rich-2020
            organization: 示例委员会
            author: 张三
            keywords: [示例, 检查]
            rights: © 2020 示例委员会
            license: https://creativecommons.org/licenses/by/4.0/
            index_number: 113416/2020-00001
            issuing_agency: 示例委员会办公室
            document_number: 示政〔2020〕1号
            subject_category: 综合政务
            written_date: 2020-04-28
            release_date: 2020-05-01
            revisions:
              - date: 2020-05-08
                note: 更正第一部分表中一处数字
            ---

            导语段落，含**重点**、*强调*、`代码`和[外部链接](https://example.org/)，见注释[^1]。

            ## 第一部分

            正文段落，跳到[第二部分](#第二部分)。

            ### 数据

            | 项目 | 数量 |
            |:-----|-----:|
            | 提案 | 328 |
            | 社情民意信息 | 238 |

            - 列表一
            - 列表二，含[链接](https://example.org/list)

            1. 第一
            2. 第二

            > 引用段落。

            ^^^
            ![主席台前，委员们坐在会场中听取报告](images/hall.png)
            ^^^ 委员们在听取报告。张三 摄

            ## 第二部分

            再次引用注释[^1]，以及第二条注释[^2]。

            全年引用 *Nature* 等期刊文章 12 篇，用 Python 脚本统计办理情况：

            ```
            code < block
            # 统计已办结的提案
            done = sum(1 for p in proposals if p.status == "已办结")
            print(f"办结率：{done / len(proposals):.1%}，共 {len(proposals)} 件；数据见 https://example.org/data/2020/proposals.csv")
            ```

            [^1]: 第一条注释。
            [^2]: 第二条注释，含[链接](https://example.org/note)。
            """);
        Directory.CreateDirectory(input.Combine("rich/images"));
        File.WriteAllBytes(input.Combine("rich/images/hall.png"), TestPng.Scene(960, 540));
        input.File("english/report.md", """
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

            A second paragraph of the review, its first line indented.

            [^a]: The note.
            """);
        return input;
    }
}
