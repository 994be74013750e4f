using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;

namespace SiteGen.EndToEnd.Archive;

/// <summary>
/// The repository's report has no image or footnote, so a hand-made report with every construct goes
/// through the real CLI too: epubcheck must stay silent and the bag must verify.
/// </summary>
public sealed class RichReportEpubTests : IDisposable
{
    private const string Markdown = """
        ---
        title: 全要素测试报告
        date: 2022-03-01
        organization: 测试委员会
        author: 张三
        description: 用于检验电子书与归档包的报告。
        ---

        导言段落，含*强调*、**加粗**、`代码`和[外部链接](https://example.org/)以及[站内链接](#第一部分)。[^1]

        ## 第一部分

        段落一。

        ![会议现场的照片](photo.png "李四 摄")

        ### 小节

        > 引用的一段话。

        1. 第一项
        2. 第二项
           - 嵌套项

        | 项目 | 数量 |
        | --- | ---: |
        | 调研 | 19 |

        ```
        code block
        ```

        ---

        ## 第二部分

        结尾段落，联系 <mailto:office@example.org>。

        [^1]: 注释内容。
        """;

    private readonly TempDir _root = new();

    [ToolFact(Tool.EpubCheck)]
    public void A_report_with_every_construct_gives_a_clean_epub_and_a_valid_bag()
    {
        _root.File("input/rich/report.md", Markdown);
        _root.File("input/site.yml", PublishedSite.SiteYml);
        File.WriteAllBytes(_root.Combine("input/rich/photo.png"), Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        var build = CliRun.Sitegen(_root.Path, null, "build", "--input", "input", "--output", "output");
        Assert.True(build.ExitCode == 0, build.ToString());

        // The image carries its size (from the PNG header) through the shared body writer, and epubcheck accepts it.
        using (var zip = System.IO.Compression.ZipFile.OpenRead(_root.Combine("output/rich/rich.epub")))
        {
            var chapters = zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
                .Select(e => new StreamReader(e.Open()).ReadToEnd());
            Assert.Contains(chapters, c => c.Contains("width=\"1\" height=\"1\"", StringComparison.Ordinal));
        }

        var epub = EpubChecker.Check(_root.Combine("output/rich/rich.epub"));
        Assert.True(epub.IsValid && epub.Warnings.Count == 0, epub.Describe());

        var verify = CliRun.Sitegen(_root.Path, null, "verify", "output/archive/rich-v1.zip");
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    public void Dispose() => _root.Dispose();
}
