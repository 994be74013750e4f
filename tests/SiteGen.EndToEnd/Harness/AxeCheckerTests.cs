using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Harness;

/// <summary>Proves the axe harness reports real violations and passes a clean page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeCheckerTests(BrowserFixture browser)
{
    [ToolFact(Tool.Chromium)]
    public async Task Finds_missing_alt_and_low_contrast()
    {
        using var dir = new TempDir();
        // The low contrast comes from a linked stylesheet: it only shows if relative CSS loads over http.
        dir.File("bad.css", "p.faint { color: #bbbbbb; background: #ffffff; }");
        var page = dir.File("bad.html", """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Bad page</title><link rel="stylesheet" href="bad.css"></head>
            <body><main><h1>Bad page</h1>
            <img src="chart.png" width="20" height="20">
            <p class="faint">This text is too faint to read.</p>
            </main></body>
            </html>
            """);
        var axe = await browser.GetAxeAsync();

        var report = await axe.CheckFileAsync(page);

        var ids = report.Violations.Select(v => v.Id).ToList();
        Assert.Contains("image-alt", ids);
        Assert.Contains("color-contrast", ids);
        var alt = report.Violations.Single(v => v.Id == "image-alt");
        Assert.Equal("critical", alt.Impact);
        Assert.Contains(alt.Nodes, n => n.Target.Contains("img") && n.Html.Contains("chart.png"));
        Assert.False(report.IsClean);
        Assert.Contains("image-alt", report.Describe());
    }

    [ToolFact(Tool.Chromium)]
    public async Task Clean_chinese_page_has_no_violations()
    {
        using var dir = new TempDir();
        dir.File("site.css", "body { color: #1a1a1a; background: #ffffff; font-family: 'Noto Sans CJK SC', sans-serif; }");
        dir.File("index.html", """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>年度报告 2024</title><link rel="stylesheet" href="site.css"></head>
            <body>
            <header><p><a href="#main">跳到正文</a></p></header>
            <main id="main"><h1>年度报告 2024</h1><p>本报告概述了本年度的主要工作。</p>
            <p><a href="chapter.html">第一章</a></p></main>
            <footer><p>© 2024</p></footer>
            </body>
            </html>
            """);
        dir.File("chapter.html", Samples.ValidHtml);
        var axe = await browser.GetAxeAsync();

        var reports = await axe.CheckAllPagesAsync(dir.Path);

        Assert.Equal(["chapter.html", "index.html"], reports.Select(r => r.Url[(r.Url.LastIndexOf('/') + 1)..]));
        Assert.All(reports, r => Assert.True(r.IsClean, r.Describe()));
        Assert.StartsWith("4.", reports[0].AxeVersion);
    }

    [ToolFact(Tool.Chromium)]
    public async Task Server_reports_missing_assets()
    {
        using var dir = new TempDir();
        dir.File("index.html", """<!DOCTYPE html><html lang="en"><head><title>t</title><link rel="stylesheet" href="missing.css"></head><body><main><h1>t</h1></main></body></html>""");
        using var server = StaticSiteServer.Start(dir.Path);
        var axe = await browser.GetAxeAsync();

        await axe.CheckUrlAsync(server.UrlFor("index.html"));

        Assert.Contains("/missing.css", server.NotFound);
    }
}
