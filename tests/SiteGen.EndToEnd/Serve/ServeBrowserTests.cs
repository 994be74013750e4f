using System.Net;
using Microsoft.Playwright;
using SiteGen.Cli.Serve;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Serve;

/// <summary>
/// The preview's Content-Security-Policy in Chromium, on the real site's pages: nothing the site or the
/// live reload needs is blocked, and after a failed build the overlay arrives (by the reload script over
/// the event stream) styled by its own stylesheet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-serve-browser-").FullName;
    private PreviewServer _server = null!;

    private const string AllImagesDecode = """
        async () => {
            for (const image of document.images) {
                image.scrollIntoView();
                try { await image.decode(); } catch { return false; }
            }
            return [...document.images].every(i => i.complete && i.naturalWidth > 0);
        }
        """;

    private string Report => Path.Combine(_root, "input", "one", "report.md");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Report)!);
        File.WriteAllBytes(Path.Combine(_root, "input", "one", "scene.png"), TestPng.Scene(320, 200));
        File.WriteAllText(Report, "---\ntitle: 预览报告\ndate: 2021-02-22\nslug: one\n---\n\n## 概述\n\n正文。\n\n^^^\n![会场](scene.png)\n^^^ 图一 会场\n");
        var options = new BuildOptions
        {
            InputDirectory = Path.Combine(_root, "input"),
            OutputDirectory = Path.Combine(_root, "output"),
            DefaultTemplatesDirectory = Path.Combine(AppContext.BaseDirectory, "templates"),
            BuildPdf = false,
            BuildEpub = false,
            BuildArchive = false,
        };
        _server = new PreviewServer(options, "input", NullBuildLog.Instance);
        await _server.StartAsync(IPAddress.Loopback, 0);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [ToolFact(Tool.Chromium)]
    public async Task The_policy_blocks_nothing_the_site_and_live_reload_need_and_the_overlay_is_styled()
    {
        Assert.True(_server.LastBuild?.Succeeded, string.Join("\n", _server.LastBuild?.Diagnostics ?? []));
        var context = await (await browser.GetSessionAsync()).NewContextAsync();
        try
        {
            var tab = await context.NewPageAsync();
            var problems = new List<string>();
            // The site has no favicon; Chromium asks for one anyway.
            tab.Console += (_, m) => { if (m.Type == "error" && !m.Location.Contains("/favicon.ico", StringComparison.Ordinal)) lock (problems) problems.Add($"{m.Text} ({m.Location})"); };
            tab.RequestFailed += (_, r) => { if (!r.Url.EndsWith(LiveReload.EventsPath, StringComparison.Ordinal)) lock (problems) problems.Add("failed: " + r.Url); };
            var home = await tab.GotoAsync(_server.Address!.ToString());
            Assert.Equal(200, home!.Status);
            Assert.NotNull(home.Headers.GetValueOrDefault("content-security-policy"));

            var events = tab.WaitForRequestAsync(r => r.Url.EndsWith(LiveReload.EventsPath, StringComparison.Ordinal));
            await tab.GotoAsync(new Uri(_server.Address!, "one/").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await events.WaitAsync(TimeSpan.FromSeconds(30));
            // Figures load lazily, so at the load event an image below the fold may not have been asked for
            // yet: bring each into view and wait for it to decode (a blocked or broken image rejects).
            Assert.True(await tab.EvaluateAsync<bool>(AllImagesDecode), "an image did not load");
            Assert.True(problems.Count == 0, string.Join("\n", problems));

            File.WriteAllText(Report, "---\ndate: 2021-02-22\nslug: one\n---\n\n正文。\n"); // no title: SG001
            var overlay = await tab.WaitForSelectorAsync("#sitegen-errors", new PageWaitForSelectorOptions { Timeout = 120_000 });
            Assert.Equal("fixed", await overlay!.EvaluateAsync<string>("e => getComputedStyle(e).position"));
            Assert.Contains("SG001", await overlay.InnerTextAsync());
            Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.Ordinal));
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
