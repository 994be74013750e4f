using System.Globalization;
using SiteGen.Benchmarks;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Search;

/// <summary>An input folder built to HTML only (search needs no PDF), in a temporary folder.</summary>
public sealed class HtmlOnlySite : IDisposable
{
    private readonly TempDir _input;
    private readonly TempDir _output = new();

    public HtmlOnlySite(TempDir input)
    {
        _input = input;
        Root = _output.Combine("site");
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = input.Path,
            OutputDirectory = Root,
            DefaultTemplatesDirectory = Path.Combine(Tools.RepoRoot, "templates"),
            BuildPdf = false,
            BuildEpub = false,
            BuildArchive = false,
            UseCache = false,
            MaxParallelism = 2,
        });
        if (!result.Written)
        {
            throw new InvalidOperationException("the build failed:\n" + string.Join("\n", result.Diagnostics));
        }
    }

    public string Root { get; }

    public void Dispose()
    {
        _output.Dispose();
        _input.Dispose();
    }
}

/// <summary>The archives the search tests build.</summary>
internal static class SearchArchives
{
    /// <summary>
    /// Three small reports in three years, written so each query has answers of every kind: a body paragraph, a
    /// list item, a table, a footnote, a heading; a phrase split across two paragraphs (must not match); a Latin
    /// word inside a longer one (must not match); full-width letters that must match their ASCII query.
    /// </summary>
    public static TempDir Synthetic()
    {
        var input = new TempDir();
        input.File("site.yml", "title: 检索测试档案\nbase_url: https://www.bozhou.gov.cn/search/\nlanguage: zh-CN\n");
        input.File("r2021/report.md", """
            ---
            title: 二〇二一年工作报告
            date: 2021-02-22
            lang: zh-CN
            slug: report-2021
            ---

            过去一年，全面推进乡村振兴，GDP 增长 6%。

            ## 乡村振兴专题

            围绕乡村产业发展开展调研，形成报告 12 份。

            - 列表中提到乡村振兴的一项工作。
            - 另一项工作，与此无关。

            本段以乡村
            
            振兴开头的段落不应被视为同一段。

            注释中也有这个词[^1]。

            [^1]: 注释：乡村振兴示范村建设。
            """);
        input.File("r2020/report.md", """
            ---
            title: 二〇二〇年工作报告
            date: 2020-02-20
            lang: zh-CN
            slug: report-2020
            ---

            本年度脱贫攻坚取得决定性成就，ＧＤＰ稳步回升。

            ## 数据

            | 项目 | 说明 |
            |:-----|:-----|
            | 乡村振兴 | 调研 3 次 |
            | 提案 | 328 件 |

            The art of consultation, started in 2020.
            """);
        input.File("r2019/report.md", """
            ---
            title: 二〇一九年工作报告
            date: 2019-02-25
            lang: zh-CN
            slug: report-2019
            ---

            这一年没有提到那个词，只谈脱贫攻坚。

            ## 展望

            为乡村振兴战略实施打下基础。
            """);
        return input;
    }

    /// <summary>
    /// The repository's real report and two variants of it dated a year and two years earlier (paragraphs
    /// reordered, titles and slugs changed): about 16,000 characters of real Chinese text over three years.
    /// </summary>
    public static TempDir RealThreeYears()
    {
        var input = new TempDir();
        var source = Path.Combine(Tools.RepoRoot, "input");
        File.Copy(Path.Combine(source, "site.yml"), input.Combine("site.yml"));
        var markdown = File.ReadAllText(Path.Combine(source, "cppcc-report-2021", "report.md"));
        for (var i = 0; i < 3; i++)
        {
            var slug = string.Create(CultureInfo.InvariantCulture, $"report-{2021 - i}");
            var text = SyntheticArchive.Variant(markdown, i, slug);
            var date = string.Create(CultureInfo.InvariantCulture, $"date: {2021 - i}-02-22");
            text = string.Join('\n', text.Split('\n').Select(l => l.StartsWith("date:", StringComparison.Ordinal) ? date : l));
            input.File(slug + "/report.md", text);
        }

        return input;
    }
}
