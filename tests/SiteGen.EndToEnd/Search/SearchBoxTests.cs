using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Search;

/// <summary>The archive search in headless Chromium over a built three-year archive: hits, snippets, links.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBoxTests(BrowserFixture browser) : IDisposable
{
    private static readonly string[] Pages = ["/report-2021/index.html", "/report-2020/index.html", "/report-2019/index.html"];

    private readonly HtmlOnlySite _site = new(SearchArchives.Synthetic());

    public void Dispose() => _site.Dispose();

    [ToolTheory(Tool.Chromium)]
    [InlineData("乡村振兴", 6)]   // 2021: intro, heading, list item, note; 2020: table; 2019: paragraph; not the split pair
    [InlineData("脱贫攻坚", 2)]
    [InlineData("gdp", 2)]       // "GDP" and full-width "ＧＤＰ"
    [InlineData("art", 1)]       // "art", not "started"
    [InlineData("328", 1)]
    [InlineData("乡村 调研", 2)]  // every term, anywhere in the unit
    [InlineData("不存在的词", 0)]
    public async Task The_box_lists_exactly_the_units_that_hold_the_query(string query, int expected)
    {
        var session = await browser.GetSessionAsync();
        using var server = StaticSiteServer.Start(_site.Root);
        var context = await session.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        try
        {
            var page = await context.NewPageAsync();
            var requested = new List<string>();
            page.Request += (_, request) => requested.Add(request.Url);
            await page.GotoAsync(server.UrlFor("report-2020/index.html"));
            Assert.True(await page.IsVisibleAsync("search.site-search input"), "the search box is shown when JavaScript runs");
            Assert.DoesNotContain(requested, url => url.Contains("/search/", StringComparison.Ordinal));

            var probe = new SearchProbe(page);
            await probe.InstallAsync();
            var truth = await probe.TruthAsync(Pages, query);
            var hits = await probe.SiteGenAsync(query);
            Assert.Contains(requested, url => url.EndsWith("/search/index.json", StringComparison.Ordinal));

            Assert.Equal(expected, truth.Count);
            Assert.Equal(truth.Order(StringComparer.Ordinal), hits.Select(h => h.Key).Order(StringComparer.Ordinal));
            Assert.Equal(hits.Count, hits.Select(h => h.Key).Distinct().Count());
            var status = await page.TextContentAsync(".search-status");
            Assert.Equal(expected == 0 ? "没有找到" : $"找到 {expected} 段", status);
            var terms = query.Split(' ');
            foreach (var hit in hits)
            {
                Assert.NotEmpty(hit.Marks);
                Assert.All(hit.Marks, m => Assert.Contains(terms, t => HalfWidth(m).Equals(t, StringComparison.OrdinalIgnoreCase)));
                Assert.Equal("zh-CN", hit.Lang);
                Assert.Matches("^20(19|20|21)年 · 二〇", hit.Label);
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>The budget RESULTS.md states: a shard holds each unit's text once (at most 4 bytes a character in
    /// UTF-8 JSON) plus 64 bytes of id and framing per unit and 1 KB for the report's title and section names.</summary>
    [Fact]
    public void Every_shard_stays_within_its_budget()
    {
        var shards = Directory.GetFiles(Path.Combine(_site.Root, "search"), "report-*.json");
        Assert.Equal(3, shards.Length);
        foreach (var file in shards)
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(file));
            var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
            var characters = units.Sum(u => u[2].GetString()!.Length);
            Assert.True(new FileInfo(file).Length <= (4 * characters) + (64 * units.Count) + 1024, file);
        }
    }

    /// <summary>Full-width ASCII to ASCII (the test's own NFKC for letters and digits; the host may run invariant).</summary>
    private static string HalfWidth(string text) =>
        string.Concat(text.Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c));

    [ToolFact(Tool.Chromium)]
    public async Task A_result_opens_its_paragraph_newest_year_first()
    {
        var session = await browser.GetSessionAsync();
        using var server = StaticSiteServer.Start(_site.Root);
        var context = await session.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.UrlFor("index.html"));
            var probe = new SearchProbe(page);
            await probe.InstallAsync();
            var hits = await probe.SiteGenAsync("乡村振兴");
            Assert.StartsWith("2021年", hits[0].Label, StringComparison.Ordinal);
            Assert.StartsWith("2019年", hits[^1].Label, StringComparison.Ordinal);
            Assert.Contains(hits, h => h.Snippet.Contains("全面推进乡村振兴", StringComparison.Ordinal));

            var target = hits.First(h => h.Key.StartsWith("/report-2019/", StringComparison.Ordinal));
            await page.ClickAsync($"a[href='{target.Href}']");
            await page.WaitForURLAsync(target.Href);
            var text = await page.EvaluateAsync<string>("() => document.getElementById(decodeURIComponent(location.hash.slice(1))).textContent");
            Assert.Contains("乡村振兴", text, StringComparison.Ordinal);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [ToolFact(Tool.Chromium)]
    public async Task Without_javascript_there_is_no_box_and_with_results_axe_is_clean()
    {
        var session = await browser.GetSessionAsync();
        using var server = StaticSiteServer.Start(_site.Root);
        var noScript = await session.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        try
        {
            var page = await noScript.NewPageAsync();
            await page.GotoAsync(server.UrlFor("report-2021/index.html"));
            Assert.False(await page.IsVisibleAsync("search.site-search"), "no search box without JavaScript");
        }
        finally
        {
            await noScript.CloseAsync();
        }

        var context = await session.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.UrlFor("report-2021/index.html"));
            var probe = new SearchProbe(page);
            await probe.InstallAsync();
            Assert.NotEmpty(await probe.SiteGenAsync("乡村振兴"));
            Assert.Equal("搜索历年报告", await page.EvaluateAsync<string>("() => document.querySelector('#site-search-query').labels[0].textContent"));
            Assert.Equal("status", await page.GetAttributeAsync(".search-status", "role"));
            Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > innerWidth"), "no sideways scroll at 390 px");
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeChecker.WcagTags] },
            });
            Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => v.Id + ": " + v.Help)));
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
