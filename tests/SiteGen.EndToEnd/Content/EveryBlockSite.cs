using SiteGen.EndToEnd.Harness;
using SiteGen.EndToEnd.Html;

namespace SiteGen.EndToEnd.Content;

/// <summary>
/// One report with every kind of block SiteGen reads, nested, and long enough that paragraphs, lists and notes
/// cross page breaks in every PDF edition.
/// </summary>
public sealed class EveryBlockSite : BuiltSite
{
    private readonly TempDir _input;

    public EveryBlockSite()
        : this(Create())
    {
    }

    private EveryBlockSite(TempDir input)
        : base(input.Path) => _input = input;

    public override void Dispose()
    {
        base.Dispose();
        _input.Dispose();
    }

    internal static TempDir Create()
    {
        var input = new TempDir();
        input.File("site.yml", "title: 全部块\nbase_url: https://www.bozhou.gov.cn/all/\n");
        var filler = string.Concat(Enumerable.Range(1, 14).Select(i =>
            $"第{i}段：围绕全市经济社会发展中的重大问题，组织委员深入基层开展调研视察，形成高质量的调研报告{i * 7}篇，"
            + $"提出意见建议{i * 13}条，其中多条被有关部门采纳，推动解决了一批群众关心的实际问题[^n{i}]。\n\n"));
        var notes = string.Concat(Enumerable.Range(1, 14).Select(i => $"[^n{i}]: 第{i}条注释，说明数据来源于市政协办公室第{i}号统计。\n"));
        input.File("all/report.md", $$"""
            ---
            title: 全部块的报告
            date: 2022-01-10
            slug: all-blocks
            ---

            导语：**加粗的*嵌套强调*文字**、`行内代码`、[链接文字](https://example.org/a)、<https://example.org/auto>、&copy; 与 &amp; 实体，硬换行在此\
            之后继续。

            ## 标题里有*强调* {#head-one}

            {{filler}}
            - 第一层列表项
              - 第二层列表项，含[链接](https://example.org/b)
                - 第三层列表项
              - 第二层另一项

                第二层项的第二段。
            - 第一层第二项

              > 列表里的引用。

            3. 从三开始的有序列表
            4. 第四项

            > 引用第一段。
            >
            > - 引用里的列表
            > - 引用里的第二项
            >
            > > 嵌套引用。

            | 甲栏 | 乙栏 | 丙栏 |
            |:---|:---:|---:|
            | 单元格*强调* | `代码格` | 328 |
            | 第二行 | 含[链接](https://example.org/c) | 4,500.25 |

            ^^^
            ^^^ 只有说明的图，照片暂缺。李四 摄

            ```
            fenced code line one
            fenced code line two
            ```

                indented code block

            ---

            An English paragraph long enough to be broken across lines, with internationalization, incomprehensibilities
            and characteristically long words that a typesetter may hyphenate at the end of a line in a narrow column.

            ## 第二部分

            注释被再次引用[^n1]，还有一条多段注释[^long]。

            {{notes}}
            [^long]: 多段注释的第一段。

                多段注释的第二段。
            """);
        return input;
    }
}
