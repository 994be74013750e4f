using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using SiteGen.EndToEnd.Checkers;
using Xunit.Abstractions;

namespace SiteGen.EndToEnd.Search;

/// <summary>
/// SiteGen's search against Pagefind (npm `pagefind`, its extended binary with Chinese segmentation, shipped in
/// the npm package) on the same built archive: three years of real report text. The right answers for a query
/// are the paragraph-level units (paragraph, heading, table, figure, note) whose text holds it. Pagefind answers
/// pages with word locations; each matched word counts for the unit (element with an id) it falls in. Writes the
/// table to SITEGEN_SEARCH_RESULTS when set (RESULTS.md quotes it).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PagefindComparisonTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>Chinese queries from two to six characters, common and rare, single and two-term.</summary>
    public static readonly string[] Queries =
    [
        "乡村振兴", "脱贫攻坚", "营商环境", "长三角一体化", "民主监督", "中医药", "高质量发展", "十四五",
        "社情民意", "提案", "疫情防控", "文化旅游", "协商", "委员", "调研", "建言", "界别", "亳州",
        "生态", "专题协商", "履职", "凝聚共识", "民营企业", "老城区", "重点提案", "读书", "政协 协商",
    ];

    private static readonly string[] Pages = ["/report-2021/index.html", "/report-2020/index.html", "/report-2019/index.html"];

    private static string PagefindBinary => Path.Combine(Tools.NpmToolsDir, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended");

    [ToolFact(Tool.Chromium)]
    public async Task SiteGen_finds_every_paragraph_and_at_least_as_well_as_Pagefind()
    {
        if (!File.Exists(PagefindBinary))
        {
            throw new CheckerMissingException($"pagefind not found at {PagefindBinary}. To install: {Tools.InstallHint}.");
        }

        using var site = new HtmlOnlySite(SearchArchives.RealThreeYears());
        var run = ProcessRunner.Run(PagefindBinary,
            ["--site", site.Root, "--root-selector", "main", "--exclude-selectors", ".permalink", "--exclude-selectors", ".cite", "--exclude-selectors", ".backref"]);
        Assert.True(run.ExitCode == 0, run.ToString());

        var session = await browser.GetSessionAsync();
        using var server = StaticSiteServer.Start(site.Root);
        var context = await session.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.UrlFor("index.html"));
            var probe = new SearchProbe(page);
            await probe.InstallAsync();
            var table = new StringBuilder("| query | right answers | SiteGen found | SiteGen P | SiteGen R | Pagefind found | Pagefind P | Pagefind R |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
            int ours = 0, oursRight = 0, theirs = 0, theirsRight = 0, expected = 0;
            foreach (var query in Queries)
            {
                var truth = await probe.TruthAsync(Pages, query);
                Assert.True(truth.Count < 100, $"{query}: {truth.Count} answers; the box shows 100, pick a rarer query");
                var sitegen = Score.Of((await probe.SiteGenAsync(query)).Select(h => h.Key).ToHashSet(), truth);
                var pagefind = Score.Of(await probe.PagefindAsync(server.BaseUrl, query), truth);
                table.Append(CultureInfo.InvariantCulture, $"| {query} | {truth.Count} | {sitegen.Found} | {sitegen.Precision:0.00} | {sitegen.Recall:0.00} | {pagefind.Found} | {pagefind.Precision:0.00} | {pagefind.Recall:0.00} |\n");
                ours += sitegen.Found; oursRight += sitegen.Right; theirs += pagefind.Found; theirsRight += pagefind.Right; expected += truth.Count;
            }

            var total = (Ours: new Score(ours, oursRight, expected), Theirs: new Score(theirs, theirsRight, expected));
            table.Append(CultureInfo.InvariantCulture, $"| **all {Queries.Length} queries** | {expected} | {ours} | {total.Ours.Precision:0.000} | {total.Ours.Recall:0.000} | {theirs} | {total.Theirs.Precision:0.000} | {total.Theirs.Recall:0.000} |\n");
            output.WriteLine(table.ToString());
            if (Environment.GetEnvironmentVariable("SITEGEN_SEARCH_RESULTS") is { Length: > 0 } file)
            {
                File.WriteAllText(file, table.ToString());
            }

            Assert.True(total.Ours.Precision >= 0.95 && total.Ours.Recall >= 0.95, table.ToString());
            Assert.True(total.Ours.Precision >= total.Theirs.Precision && total.Ours.Recall >= total.Theirs.Recall, table.ToString());
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
