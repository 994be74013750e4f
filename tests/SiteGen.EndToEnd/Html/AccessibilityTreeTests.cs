using System.Text.Json;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Search;

namespace SiteGen.EndToEnd.Html;

/// <summary>
/// What a screen reader gets, read from Chromium's own accessibility tree (CDP Accessibility.getFullAXTree) of the
/// rich sample's report page: paragraph links out of it, one section link per heading that does not repeat the
/// heading, the table as a named region with column headers, and byline and date as separate items.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTreeTests(BrowserFixture browser) : IDisposable
{
    private readonly HtmlOnlySite _site = new(RichSampleInput.Create());

    public void Dispose() => _site.Dispose();

    private sealed record AxNode(string Id, string? Parent, string Role, string Name);

    [ToolFact(Tool.Chromium)]
    public async Task The_report_page_reads_without_permalink_noise_and_with_separate_byline_and_date()
    {
        var session = await browser.GetSessionAsync();
        using var server = StaticSiteServer.Start(_site.Root);
        var context = await session.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.UrlFor("rich-2020/index.html"));
            var cdp = await context.NewCDPSessionAsync(page);
            var tree = (await cdp.SendAsync("Accessibility.getFullAXTree"))!.Value;
            var nodes = tree.GetProperty("nodes").EnumerateArray()
                .Where(n => !(n.TryGetProperty("ignored", out var ignored) && ignored.GetBoolean()))
                .Select(n => new AxNode(
                    n.GetProperty("nodeId").GetString()!,
                    n.TryGetProperty("parentId", out var parent) ? parent.GetString() : null,
                    Value(n, "role"),
                    Value(n, "name")))
                .ToList();

            var links = nodes.Where(n => n.Role == "link").ToList();
            var headings = nodes.Where(n => n.Role == "heading").Select(n => n.Name).ToHashSet();
            Assert.DoesNotContain(links, l => l.Name.StartsWith("链接到第", StringComparison.Ordinal));
            Assert.DoesNotContain(links, l => headings.Any(h => h.Length > 0 && l.Name.Contains(h, StringComparison.Ordinal)) && l.Name.Contains('本'));
            var sectionLinks = links.Count(l => l.Name == "本节链接");
            Assert.Equal(3, sectionLinks); // 第一部分, 数据, 第二部分; the notes heading has none

            var region = Assert.Single(nodes, n => n.Role == "region" && n.Name == "表1");
            Assert.Contains(nodes, n => n.Role == "table" && n.Parent == region.Id);
            Assert.Contains(nodes, n => n.Role == "columnheader" && n.Name == "项目");
            Assert.Contains(nodes, n => n.Role == "rowheader" && n.Name == "提案");

            var date = Assert.Single(nodes, n => n.Role == "StaticText" && n.Name == "2020年5月1日");
            var author = Assert.Single(nodes, n => n.Role == "StaticText" && n.Name == "张三");
            var dateBlock = Block(nodes, date);
            var authorBlock = Block(nodes, author);
            Assert.NotEqual(dateBlock.Id, authorBlock.Id);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static AxNode Block(List<AxNode> nodes, AxNode node)
    {
        var byId = nodes.ToDictionary(n => n.Id);
        var at = node;
        while (at.Role is not ("paragraph" or "banner" or "article" or "main") && at.Parent is { } parent && byId.TryGetValue(parent, out var up))
        {
            at = up;
        }

        return at;
    }

    private static string Value(JsonElement node, string property) =>
        node.TryGetProperty(property, out var p) && p.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : string.Empty;
}
