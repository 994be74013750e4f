using Microsoft.Playwright;
using SiteGen.Diagnostics;
using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Html;

/// <summary>Every page of the real input/ passes the checks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RealInputChecks(BrowserFixture browser, RealInputSite site) : HtmlSiteChecks(browser, site), IClassFixture<RealInputSite>;

/// <summary>The phone samples (108 headings, a wide table with row headers and a lead-in caption) pass the checks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneSiteChecks(BrowserFixture browser, PhoneSite site) : HtmlSiteChecks(browser, site), IClassFixture<PhoneSite>;

/// <summary>Every page of the rich sample (notes, tables, figures, English) passes the checks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RichSampleChecks(BrowserFixture browser, RichSampleSite site) : HtmlSiteChecks(browser, site), IClassFixture<RichSampleSite>
{
    [Fact]
    public void The_sample_exercises_every_renderer()
    {
        var page = site.Read("rich-2020/index.html");
        foreach (var needle in new[] { "<table", "<th scope=\"col\"", "<figure", "<img src=\"images/hall.png\"", "width=\"960\" height=\"540\"", "role=\"doc-noteref\"", "class=\"backref\"", "<blockquote>", "<pre tabindex=\"0\"><code>", "<ol>", "<ul>", "<em>", "<strong>" })
        {
            Assert.Contains(needle, page, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(Path.Combine(site.Root, "rich-2020", "images", "hall.png")));
        Assert.Contains("lang=\"en\"", site.Read("english-2019/index.html"), StringComparison.Ordinal);
    }
}

/// <summary>
/// Every page built from an input folder passes axe-core (WCAG 2.0/2.1 A+AA, 2.2 AA) at desktop and phone
/// widths and the Nu HTML Checker with zero errors; a phone never scrolls sideways.
/// </summary>
public abstract class HtmlSiteChecks(BrowserFixture browser, BuiltSite site)
{
    [Fact]
    public void The_site_builds_home_report_pages_and_404_without_errors()
    {
        Assert.DoesNotContain(site.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("index.html", site.HtmlPages);
        Assert.Contains("404.html", site.HtmlPages);
        Assert.Contains(site.HtmlPages, p => p.EndsWith("/index.html", StringComparison.Ordinal));
        Assert.All(site.HtmlPages, p => Assert.True(p is "index.html" or "404.html" || p.EndsWith("/index.html", StringComparison.Ordinal), p));
        foreach (var file in new[] { "feed.xml", "sitemap.xml", "robots.txt", "assets/site.css" })
        {
            Assert.True(File.Exists(Path.Combine(site.Root, file)), file);
        }
    }

    [ToolTheory(Tool.Chromium)]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Every_page_has_zero_axe_violations(int width, int height)
    {
        var axe = await browser.GetAxeAsync();

        var reports = await axe.CheckSiteAsync(site.Root, site.HtmlPages,
            new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

        Assert.Equal(site.HtmlPages.Count, reports.Count);
        Assert.All(reports, report => Assert.True(report.IsClean, report.Describe()));
    }

    [ToolFact(Tool.Java | Tool.Vnu)]
    public void Every_page_and_the_stylesheet_have_zero_nu_checker_errors()
    {
        var messages = VnuChecker.Check(
            [.. site.HtmlPages.Select(p => Path.Combine(site.Root, p)), Path.Combine(site.Root, "assets", "site.css")], includeWarnings: true);

        var problems = messages.Where(m => m.IsError || m.IsWarning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ToolFact(Tool.Chromium)]
    public async Task Pages_fit_a_phone_without_sideways_scrolling()
    {
        var session = await browser.GetSessionAsync();
        using var server = StaticSiteServer.Start(site.Root);
        var keep = Environment.GetEnvironmentVariable("SITEGEN_KEEP_SCREENSHOTS");
        foreach (var page in site.HtmlPages)
        {
            var name = page.Replace('/', '_').Replace(".html", "", StringComparison.Ordinal);
            var phone = await Screenshot.PhoneAsync(session, server.UrlFor(page),
                keep is { Length: > 0 } ? Path.Combine(keep, name + "-390.png") : null);
            Assert.False(phone.HasHorizontalOverflow, $"{page} is {phone.ContentWidth}px wide on a {phone.ViewportWidth}px phone");
            if (keep is { Length: > 0 })
            {
                await Screenshot.PhoneAsync(session, server.UrlFor(page), Path.Combine(keep, name + "-390-top.png"), fullPage: false);
                await Screenshot.DesktopAsync(session, server.UrlFor(page), Path.Combine(keep, name + "-1280.png"));
            }
        }
    }
}
