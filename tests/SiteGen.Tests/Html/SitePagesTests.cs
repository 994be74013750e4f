using System.Xml.Linq;
using SiteGen.Model;
using static SiteGen.Tests.Html.SampleReports;

namespace SiteGen.Tests.Html;

public sealed class SitePagesTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly Report[] Three =
    [
        With(Metadata(slug: "r-2019", title: "2019年报告", year: 2019), []),
        With(Metadata(slug: "r-2021", title: "2021年报告", year: 2021), []),
        With(Metadata(lang: "en", slug: "r-2021-en", title: "Report 2021", year: 2021) with { Date = new DateOnly(2021, 3, 1) }, []),
    ];

    [Fact]
    public void The_home_page_groups_reports_by_year_newest_first_with_every_format()
    {
        using var steps = new HtmlSteps();
        var state = steps.Run(HtmlSteps.State(Three));
        var home = XDocument.Parse(HtmlSteps.Text(state, "index.html"), LoadOptions.PreserveWhitespace).Root!;

        Assert.Equal(["2021年", "2019年"], home.Descendants("h2").Select(h => h.Value));
        Assert.Equal(["Report 2021", "2021年报告", "2019年报告"], home.Descendants("h3").Select(h => h.Value));
        var english = home.Descendants("li").First(li => (string?)li.Attribute("class") == "report-entry");
        Assert.Equal("en", (string?)english.Attribute("lang"));
        Assert.Contains("1 March 2021", english.Value);
        var format = english.Descendants("ul").Single().Element("li")!;
        Assert.Equal("r-2021-en/index.html", (string?)format.Element("a")!.Attribute("href"));
        Assert.Matches(@"^Web page \d+ KB$", format.Value.Trim());
        Assert.Single(home.Descendants("h1"));
    }

    [Fact]
    public void The_feed_is_updated_at_the_newest_report_date_not_the_build_time()
    {
        using var steps = new HtmlSteps();
        var feed = XDocument.Parse(HtmlSteps.Text(steps.Run(HtmlSteps.State(Three)), "feed.xml")).Root!;

        Assert.Equal("2021-03-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal(["https://example.org/archive/r-2021-en/", "https://example.org/archive/r-2021/", "https://example.org/archive/r-2019/"],
            feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal("zh-CN", (string?)feed.Attribute(XNamespace.Xml + "lang"));
    }

    [Fact]
    public void Sitemap_robots_and_404_are_written()
    {
        using var steps = new HtmlSteps();
        var state = steps.Run(HtmlSteps.State(Three));

        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(HtmlSteps.Text(state, "sitemap.xml")).Root!.Elements(sitemap + "url").Select(u => u.Element(sitemap + "loc")!.Value);
        Assert.Equal(["https://example.org/archive/", "https://example.org/archive/r-2021-en/", "https://example.org/archive/r-2021/", "https://example.org/archive/r-2019/"], urls);
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/archive/sitemap.xml\n", HtmlSteps.Text(state, "robots.txt"));
        var notFound = XDocument.Parse(HtmlSteps.Text(state, "404.html")).Root!;
        Assert.Equal("页面未找到", notFound.Descendants("h1").Single().Value);
        Assert.Contains(notFound.Descendants("link"), l => (string?)l.Attribute("href") == "/archive/assets/site.css");
        Assert.Contains("@media print", HtmlSteps.Text(state, "assets/site.css"), StringComparison.Ordinal);
    }
}
