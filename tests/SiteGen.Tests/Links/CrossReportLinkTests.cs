using System.IO.Compression;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pdf;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;
using T = SiteGen.Typesetting.Model;

namespace SiteGen.Tests.Links;

/// <summary>
/// Issue 11: a report links a section of another report as its Markdown file ("../folder/report.md#id") or
/// its page ("../slug/#id"); linking checks report and id and writes one form every format reads.
/// </summary>
public sealed class CrossReportLinkTests
{
    public const string SiteYml = "title: 档案\nbase_url: https://www.bozhou.gov.cn/cppcc/\npublisher: 政协亳州市委员会\n";

    // The 2021 report's folder and its slug differ on purpose: the Markdown form names the folder, the page form the slug.
    private const string Older = "---\ntitle: 2021年报告\ndate: 2021-02-22\nslug: report-2021\n---\n## 工作回顾\n\n回顾正文。\n\n## 今后工作\n\n今后正文。\n";

    private static string Newer(string links) => $"---\ntitle: 2022年报告\ndate: 2022-02-22\n---\n## 总结\n\n{links}\n";

    private static TempInput Input(string links) =>
        new TempInput().Write("site.yml", SiteYml).Write("cppcc-2021/report.md", Older).Write("cppcc-2022/report.md", Newer(links));

    [Theory]
    [InlineData("[见2021年报告](../cppcc-2021/report.md#工作回顾)")]
    [InlineData("[见2021年报告](../cppcc-2021/report.md)")]
    [InlineData("[见2021年报告](../report-2021/#工作回顾)")]
    [InlineData("[见2021年报告](../report-2021/index.html#%E5%B7%A5%E4%BD%9C%E5%9B%9E%E9%A1%BE)")]
    [InlineData("[见2021年报告](https://www.bozhou.gov.cn/cppcc/report-2021/#工作回顾)")]
    [InlineData("[订阅](https://www.bozhou.gov.cn/cppcc/feed.xml)与[PDF](https://www.bozhou.gov.cn/cppcc/report-2020/report-2020.pdf)")]
    public void Both_forms_pass_when_report_and_id_exist(string link)
    {
        using var input = Input(link);
        Assert.DoesNotContain(input.Diagnostics(), d => d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("[见](../cppcc-2020/report.md#工作回顾)", DiagnosticCodes.UnknownReport, "cppcc-2020/report.md")]
    [InlineData("[见](../report-2020/#工作回顾)", DiagnosticCodes.UnknownReport, "slug 'report-2020'")]
    [InlineData("[见](../../outside/report.md)", DiagnosticCodes.UnknownReport, "outside the input folder")]
    [InlineData("[见](../cppcc-2021/report.md#工作总结)", DiagnosticCodes.BrokenAnchor, "'工作总结' in cppcc-2021/report.md")]
    [InlineData("[见](../report-2021/#工作总结)", DiagnosticCodes.BrokenAnchor, "'工作总结' in cppcc-2021/report.md")]
    [InlineData("[见](https://www.bozhou.gov.cn/cppcc/report-2021/#工作总结)", DiagnosticCodes.BrokenAnchor, "'工作总结' in cppcc-2021/report.md")]
    [InlineData("[见](https://www.bozhou.gov.cn/cppcc/report-2020/index.html)", DiagnosticCodes.UnknownReport, "slug 'report-2020'")]
    public void A_missing_report_or_id_is_an_error_at_the_link(string link, string code, string named)
    {
        using var input = Input("正文。\n\n" + link);
        var error = Assert.Single(input.Diagnostics(), d => d.Severity == Severity.Error);
        // Front matter 1-4, heading 5, paragraph 7, the link's paragraph 9.
        Assert.Equal((code, "cppcc-2022/report.md", 9), (error.Code, error.Location.File, error.Location.Line));
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Linking_writes_the_page_form_and_the_absolute_url_once()
    {
        using var input = Input("见[回顾](../cppcc-2021/report.md#工作回顾)与[本报告](report.md#总结)，[全文](https://www.bozhou.gov.cn/cppcc/report-2021/)。");
        var result = SiteBuilder.Check(input.Options);
        var newer = result.State.Reports.Single(r => r.Slug == "cppcc-2022");
        var links = ReportLinks.Of(newer).Select(l => l.Link).ToList();
        Assert.Equal([("../report-2021/#工作回顾", LinkKind.OtherReport), ("#总结", LinkKind.Anchor), ("../report-2021/", LinkKind.OtherReport)],
            links.Select(l => (l.Href, l.Kind)));
        Assert.Equal("https://www.bozhou.gov.cn/cppcc/report-2021/#%E5%B7%A5%E4%BD%9C%E5%9B%9E%E9%A1%BE", links[0].Url);

        // The PDF editions link the absolute URL: a PDF file has no "relative".
        var edition = EditionSettingsLoader.Load(null, Path.Combine(Reports.RepoRoot, "templates"), new DiagnosticBag())[0];
        var document = new ReportDocumentMapper(newer, edition, input.Input).Map();
        var pdfLinks = document.Blocks.OfType<T.ParagraphBlock>().SelectMany(p => p.Runs).OfType<T.LinkRun>().ToList();
        Assert.Equal([("https://www.bozhou.gov.cn/cppcc/report-2021/#%E5%B7%A5%E4%BD%9C%E5%9B%9E%E9%A1%BE", null), (null, "总结"), ("https://www.bozhou.gov.cn/cppcc/report-2021/", null)],
            pdfLinks.Select(l => (l.Uri, l.Anchor)));
    }

    [Fact]
    public void The_page_links_relative_and_lands_on_the_id_and_the_epub_links_absolute()
    {
        using var input = Input("见[回顾](../cppcc-2021/report.md#工作回顾)。");
        var result = SiteBuilder.Build(input.Options with { BuildPdf = false, BuildArchive = false, UseCache = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = File.ReadAllText(Path.Combine(input.Output, "cppcc-2022", "index.html"));
        var href = Regex.Match(page, "<a href=\"([^\"]*)\">回顾</a>").Groups[1].Value;
        Assert.Equal("../report-2021/#工作回顾", href);
        // Follow it as a browser would, from the page's folder: the file exists and holds the id.
        var target = new Uri(new Uri("http://site.test/cppcc-2022/index.html"), href);
        var landed = File.ReadAllText(Path.Combine(input.Output, target.AbsolutePath.Trim('/'), "index.html"));
        Assert.Contains($"id=\"{Uri.UnescapeDataString(target.Fragment[1..])}\"", landed);

        using var epub = ZipFile.OpenRead(Path.Combine(input.Output, "cppcc-2022", "cppcc-2022.epub"));
        var xhtml = string.Concat(epub.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains("href=\"https://www.bozhou.gov.cn/cppcc/report-2021/#%E5%B7%A5%E4%BD%9C%E5%9B%9E%E9%A1%BE\"", xhtml);
        Assert.DoesNotContain("report.md", xhtml);
    }

    [Fact]
    public void A_link_to_another_report_is_part_of_the_cache_key()
    {
        using var input = Input("见[回顾](../cppcc-2021/report.md#工作回顾)。");
        var options = input.Options with { BuildPdf = false, BuildEpub = false, BuildArchive = false };
        Assert.True(SiteBuilder.Build(options).Succeeded);
        // The target's slug changes; the linking report's source does not, yet its page must follow.
        input.Write("cppcc-2021/report.md", Older.Replace("slug: report-2021", "slug: report-2021a", StringComparison.Ordinal));
        var second = SiteBuilder.Build(options);
        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Contains("href=\"../report-2021a/#工作回顾\"", File.ReadAllText(Path.Combine(input.Output, "cppcc-2022", "index.html")));
    }
}
