using Microsoft.Playwright;
using SiteGen.Diagnostics;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Html;

/// <summary>
/// SVG in a real browser: each drawing is built into a site on its own. One SiteGen refuses must stop the build
/// with SG034 and publish nothing; one it publishes is opened in Chromium inside the page (as an img) and on
/// its own (where an SVG's scripts would run), and no script may run in either.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SvgInBrowserTests(BrowserFixture browser)
{
    private const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"120\" height=\"60\" viewBox=\"0 0 120 60\">";

    /// <summary>Each runs alert() if it gets to run at all.</summary>
    public static TheoryData<string, string> Hostile => new()
    {
        { "script", Open + "<script>alert('script')</script><rect width=\"9\" height=\"9\"/></svg>" },
        { "onload", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('onload')\" width=\"9\" height=\"9\"/>" },
        { "javascript link", Open + "<a xlink:href=\"javascript:alert('href')\"><rect width=\"120\" height=\"60\"/></a></svg>" },
        { "foreignObject", Open + "<foreignObject width=\"99\" height=\"99\"><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"javascript:alert('fo')\"></iframe></foreignObject></svg>" },
        { "animate", Open + "<a><animate attributeName=\"href\" values=\"javascript:alert('animate')\"/><rect width=\"120\" height=\"60\"/></a></svg>" },
        { "xhtml script", Open + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert('xhtml')</h:script></svg>" },
        { "entity", "<!DOCTYPE svg [<!ENTITY e \"&#60;script&#62;alert('dtd')&#60;/script&#62;\">]>" + Open + "<text>&e;</text></svg>" },
    };

    /// <summary>Look like trouble but are only drawing: they must be published, and still nothing runs.</summary>
    public static TheoryData<string, string> Published => new()
    {
        {
            "drawing with words of script",
            Open + "<title>javascript:alert(1) onload</title><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#c00\"/></linearGradient>"
                + "<style>.a { fill: url(#g) }</style></defs><a href=\"#r\"><rect id=\"r\" class=\"a\" width=\"120\" height=\"60\"/></a>"
                + "<text x=\"4\" y=\"30\">&lt;script&gt;alert(2)&lt;/script&gt;</text><use xlink:href=\"#r\"/></svg>"
        },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_svg_stops_the_build_and_nothing_is_published(string what, string svg)
    {
        using var site = new TempDir();
        var result = Build(site, svg);
        Assert.False(result.Written, what);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeSvg && d.Location.File == "r/drawing.svg");
        Assert.False(Directory.Exists(site.Combine("out")) && Directory.EnumerateFileSystemEntries(site.Combine("out")).Any(), what);
    }

    [ToolTheory(Tool.Chromium)]
    [MemberData(nameof(Published))]
    public async Task Published_svg_runs_nothing_as_an_image_or_opened_directly(string what, string svg)
    {
        using var site = new TempDir();
        var result = Build(site, svg);
        Assert.True(result.Written, what + ":\n" + string.Join("\n", result.Diagnostics));
        var session = await browser.GetSessionAsync();
        using var server = StaticSiteServer.Start(site.Combine("out"));
        foreach (var url in new[] { server.UrlFor("r/index.html"), server.UrlFor("r/drawing.svg") })
        {
            var context = await session.NewContextAsync();
            try
            {
                var tab = await context.NewPageAsync();
                var dialogs = new List<string>();
                tab.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
                var response = await tab.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                Assert.True(response?.Ok, url);
                await tab.Mouse.ClickAsync(10, 10);
                await tab.WaitForTimeoutAsync(300);
                Assert.True(dialogs.Count == 0, $"{what} at {url}: " + string.Join(", ", dialogs));
                if (url.EndsWith(".html", StringComparison.Ordinal))
                {
                    Assert.True(await tab.EvaluateAsync<bool>("async () => { const i = [...document.images].find(i => i.src.endsWith('drawing.svg')); if (!i) return false; i.scrollIntoView(); try { await i.decode(); } catch { return false; } return i.naturalWidth > 0; }"), "the drawing is shown");
                }
            }
            finally
            {
                await context.CloseAsync();
            }
        }
    }

    [ToolFact(Tool.Chromium)]
    public async Task The_browser_check_sees_a_script_that_runs_in_an_svg_opened_directly()
    {
        using var site = new TempDir();
        site.File("raw/drawing.svg", Open + "<script>alert('ran')</script></svg>");
        var session = await browser.GetSessionAsync();
        using var server = StaticSiteServer.Start(site.Combine("raw"));
        var context = await session.NewContextAsync();
        try
        {
            var tab = await context.NewPageAsync();
            var dialogs = new List<string>();
            tab.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
            await tab.GotoAsync(server.UrlFor("drawing.svg"), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await tab.WaitForTimeoutAsync(300);
            Assert.Equal(["ran"], dialogs);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static BuildResult Build(TempDir site, string svg)
    {
        site.File("input/r/drawing.svg", svg);
        site.File("input/site.yml", PublishedSite.SiteYml);
        site.File("input/r/report.md", "---\ntitle: 图示\ndate: 2021-01-01\n---\n\n正文。\n\n![示意图](drawing.svg)\n");
        return SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = site.Combine("input"),
            OutputDirectory = site.Combine("out"),
            DefaultTemplatesDirectory = Path.Combine(Tools.RepoRoot, "templates"),
            BuildPdf = false,
            BuildEpub = false,
            BuildArchive = false,
            UseCache = false,
            MaxParallelism = 1,
        });
    }
}
