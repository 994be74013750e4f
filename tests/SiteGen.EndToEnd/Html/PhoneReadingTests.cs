using Microsoft.Playwright;
using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Html;

/// <summary>
/// Reading on a phone (390 × 844, touch) in Chromium: the report's text starts on the first screen, behind a folded
/// downloads block and a folded contents list of top levels only, each one tap away; a tapped paragraph offers a
/// "copy link" button that copies its address; a wide table keeps its row labels readable and in view.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneReadingTests(BrowserFixture browser, PhoneSite site) : IClassFixture<PhoneSite>
{
    private static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        DeviceScaleFactor = 2,
    };

    [ToolTheory(Tool.Chromium)]
    [InlineData("cppcc-report-2021")]
    [InlineData(PhoneInput.ManyHeadings)]
    public async Task Body_text_starts_on_the_first_screen_with_contents_and_downloads_one_tap_away(string slug)
    {
        await WithPage(Phone, slug, async page =>
        {
            var top = await page.EvaluateAsync<double>("document.querySelector('.report-body > p').getBoundingClientRect().top + window.scrollY");
            Assert.True(top < 844, $"the first paragraph starts at {top} px, below the first screen");

            foreach (var panel in new[] { ".downloads", ".toc" })
            {
                var details = page.Locator(panel + " details");
                Assert.False(await details.EvaluateAsync<bool>("d => d.open"), panel + " is open on a phone");
                await page.Locator(panel + " summary").TapAsync();
                Assert.True(await details.EvaluateAsync<bool>("d => d.open"), panel + " did not open with one tap");
            }

            Assert.True(await page.Locator(".downloads a").First.IsVisibleAsync());
            var topLevel = await page.Locator(".toc details > ol > li > a").CountAsync();
            Assert.True(topLevel > 0);
            Assert.Equal(0, await page.Locator(".toc ol ol a:visible").CountAsync());
        });
    }

    [ToolFact(Tool.Chromium)]
    public async Task Wide_screen_shows_the_whole_contents_open()
    {
        var wide = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };
        await WithPage(wide, PhoneInput.ManyHeadings, async page =>
        {
            Assert.True(await page.Locator(".toc details").EvaluateAsync<bool>("d => d.open"));
            Assert.Equal(108, await page.Locator(".toc a:visible").CountAsync());
        });
    }

    [ToolFact(Tool.Chromium)]
    public async Task Tapping_a_paragraph_offers_a_button_that_copies_its_link()
    {
        await WithPage(Phone, "cppcc-report-2021", async page =>
        {
            await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
            Assert.Equal(0, await page.Locator("button.copy-link").CountAsync());
            var paragraph = page.Locator(".report-body > p[id]").Nth(2);
            var id = await paragraph.GetAttributeAsync("id");
            await paragraph.TapAsync();
            var button = paragraph.Locator("button.copy-link");
            Assert.True(await button.IsVisibleAsync());
            Assert.Equal("复制本段链接", (await button.TextContentAsync())?.Trim());
            var box = (await button.BoundingBoxAsync())!;
            Assert.True(box.Height >= 44, "the button is smaller than a finger");
            await button.TapAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('.copy-status').textContent !== ''");
            var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
            Assert.EndsWith("/cppcc-report-2021/index.html#" + id, Uri.UnescapeDataString(copied), StringComparison.Ordinal);
            Assert.Equal("链接已复制", await page.Locator(".copy-status[role=status]").TextContentAsync());
        });
    }

    [ToolFact(Tool.Chromium)]
    public async Task Wide_table_keeps_its_row_labels_readable_and_in_view_while_it_scrolls()
    {
        await WithPage(Phone, PhoneInput.WideTable, async page =>
        {
            var region = page.Locator(".table-scroll");
            Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
            Assert.Equal("2021年各专门委员会履职数据", await region.GetAttributeAsync("aria-label"));
            var label = page.Locator("th[scope=row]").Last;
            var fontSize = await label.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
            var before = (await label.BoundingBoxAsync())!;
            Assert.True(before.Width >= 4 * fontSize, $"the row label is {before.Width} px wide, crushed");
            Assert.True(await region.EvaluateAsync<bool>("r => r.scrollWidth > r.clientWidth"), "the table is not wider than the phone");
            await region.EvaluateAsync("r => r.scrollLeft = r.scrollWidth");
            var after = (await label.BoundingBoxAsync())!;
            var regionBox = (await region.BoundingBoxAsync())!;
            Assert.InRange(after.X - regionBox.X, -1, 1);
            var lastCell = page.Locator("tbody tr").Last.Locator("td").Last;
            Assert.True((await lastCell.BoundingBoxAsync())!.X + 1 < regionBox.X + regionBox.Width);
        });
    }

    private async Task WithPage(BrowserNewContextOptions options, string slug, Func<IPage, Task> check)
    {
        var session = await browser.GetSessionAsync();
        using var server = StaticSiteServer.Start(site.Root);
        var context = await session.NewContextAsync(options);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.UrlFor(slug + "/index.html"));
            await page.WaitForLoadStateAsync(LoadState.Load);
            await check(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
