using System.Text.Json;
using System.Xml.Linq;
using SiteGen.Model;
using SiteGen.Output;
using static SiteGen.Tests.Html.SampleReports;

namespace SiteGen.Tests.Html;

public sealed class ReportPageTests
{
    private static readonly string[] HeadingNames = ["h1", "h2", "h3", "h4", "h5", "h6"];

    [Fact]
    public void The_page_has_one_h1_landmarks_a_skip_link_and_no_skipped_heading_levels()
    {
        var page = Page(Of(Heading(2, "a", "甲"), Paragraph("p-1", new TextInline("x")), Heading(3, "b", "乙")));

        var headings = page.Descendants().Where(e => HeadingNames.Contains(e.Name.LocalName)).Select(e => int.Parse(e.Name.LocalName[1..])).ToList();
        Assert.Equal(1, headings.Count(h => h == 1));
        Assert.Equal(1, headings[0]);
        Assert.All(headings.Zip(headings.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} is followed by h{pair.Second}"));
        foreach (var landmark in new[] { "header", "nav", "main", "footer" })
        {
            Assert.NotEmpty(page.Descendants(landmark));
        }

        var skip = page.Descendants("a").First();
        Assert.Equal("#main", (string?)skip.Attribute("href"));
        Assert.Single(page.Descendants("main"), m => (string?)m.Attribute("id") == "main");
    }

    [Fact]
    public void The_page_language_comes_from_the_report()
    {
        Assert.Equal("zh-CN", (string?)Page(Of()).Attribute("lang"));
        Assert.Equal("en", (string?)Page(With(Metadata(lang: "en"), [])).Attribute("lang"));
    }

    [Fact]
    public void The_header_shows_kicker_title_subtitle_byline_and_the_chinese_date()
    {
        var header = Page(Of()).Descendants("header").Single(h => (string?)h.Attribute("class") == "report-header");

        Assert.Equal(["聚焦", "测试报告", "副标题"], header.Elements().Take(3).Select(e => e.Value));
        var time = header.Descendants("time").Single();
        Assert.Equal("2021-02-22", (string?)time.Attribute("datetime"));
        Assert.Equal("2021年2月22日", time.Value);
        Assert.Contains("记者 某某", header.Value);
        // Byline and date are separate paragraphs, and organisation and author are apart in copied text.
        var byline = header.Elements("p").Single(p => (string?)p.Attribute("class") == "byline");
        Assert.DoesNotContain(byline.Descendants(), e => e.Name == "time");
        Assert.Equal("测试委员会记者 某某", byline.Value); // XDocument drops the space between the spans; the markup:
        using var steps = new HtmlSteps();
        var html = HtmlSteps.Text(steps.Run(HtmlSteps.State(With(Metadata(), []))), "t-2021/index.html");
        Assert.Contains("<span class=\"organization\">测试委员会</span> <span class=\"author\">记者 某某</span></p>", html, StringComparison.Ordinal);
        Assert.Equal("dateline", (string?)time.Parent!.Attribute("class"));
    }

    [Fact]
    public void The_only_scripts_are_json_ld_and_the_site_search_and_metadata_cannot_break_out_of_them()
    {
        var metadata = Metadata() with
        {
            Title = "</script><script>alert(1)</script>",
            Subtitle = "\" onmouseover=\"alert(2)",
            Organization = "<img src=x onerror=alert(3)>",
            Description = "'><svg onload=alert(4)>",
        };
        using var steps = new HtmlSteps();
        var html = HtmlSteps.Text(steps.Run(HtmlSteps.State(With(metadata, []))), "t-2021/index.html");
        var page = XDocument.Parse(html).Root!;

        var scripts = page.Descendants("script").ToList();
        Assert.Equal(3, scripts.Count);
        var script = Assert.Single(scripts, s => (string?)s.Attribute("type") == "application/ld+json");
        var own = scripts.Where(s => s.Attribute("type") is null).ToList();
        Assert.Equal(["../assets/reader.js", "../assets/search.js"], own.Select(s => (string?)s.Attribute("src")).Order());
        Assert.All(own, s => Assert.Equal(string.Empty, s.Value));
        using var json = JsonDocument.Parse(script.Value);
        Assert.Equal("</script><script>alert(1)</script>", json.RootElement.GetProperty("headline").GetString());
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Descendants().SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.Equal("Report", json.RootElement.GetProperty("@type").GetString());
    }

    [Fact]
    public void Dublin_core_canonical_and_a_gbt7714_citation_use_the_base_url()
    {
        var page = Page(Of());

        var meta = page.Descendants("meta").Where(m => m.Attribute("name") is not null)
            .GroupBy(m => (string)m.Attribute("name")!)
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("content"));
        Assert.Equal("测试报告", meta["DC.title"]);
        Assert.Equal("2021-02-22", meta["DC.date"]);
        Assert.Equal("zh-CN", meta["DC.language"]);
        Assert.Equal("测试委员会", meta["DC.creator"]);
        var canonical = page.Descendants("link").Single(l => (string?)l.Attribute("rel") == "canonical");
        Assert.Equal("https://example.org/archive/t-2021/", (string?)canonical.Attribute("href"));
        var citation = page.Descendants("section").Single(s => (string?)s.Attribute("class") == "citation");
        Assert.Equal("测试委员会. 测试报告[EB/OL]. (2021-02-22)[引用日期]. https://example.org/archive/t-2021/.", citation.Element("p")!.Value);
    }

    [Fact]
    public void Downloads_list_the_other_formats_with_size_and_pages_once_they_exist()
    {
        using var steps = new HtmlSteps();
        var first = steps.Run(HtmlSteps.State(Of()));
        Assert.DoesNotContain("downloads", HtmlSteps.Text(first, "t-2021/index.html"), StringComparison.Ordinal);

        var withPdf = first.WithFormat("t-2021", new ReportFormat(FormatKinds.ScreenPdf, "PDF（屏幕版）", "t-2021/t-2021.pdf", "application/pdf", 1_345_678, 36));
        var second = steps.Run(withPdf);

        var downloads = XDocument.Parse(HtmlSteps.Text(second, "t-2021/index.html"), LoadOptions.PreserveWhitespace).Descendants("section")
            .Single(s => (string?)s.Attribute("class") == "downloads");
        var item = Assert.Single(downloads.Descendants("li"));
        Assert.Equal("t-2021.pdf", (string?)item.Element("a")!.Attribute("href"));
        Assert.Equal("PDF（屏幕版） 1.3 MB，36页", item.Value);
        Assert.Equal(FormatKinds.Html, Assert.Single(second.FormatsOf("t-2021"), f => f.Kind == FormatKinds.Html).Kind);
    }

    [Fact]
    public void Rendering_twice_gives_the_same_bytes()
    {
        using var steps = new HtmlSteps();
        var state = HtmlSteps.State(Of(Heading(2, "a", "甲"), Paragraph("p-1", new TextInline("乙"))));

        var once = steps.Run(state);
        var twice = steps.Run(once);

        Assert.Equal(once.Files.Keys, twice.Files.Keys);
        Assert.All(once.Files.Values, file => Assert.Equal(file.Sha256, twice.Files[file.Path].Sha256));
        Assert.Equal(once.FormatsOf("t-2021").ToArray(), twice.FormatsOf("t-2021").ToArray());
    }

    private static XElement Page(Report report)
    {
        using var steps = new HtmlSteps();
        var state = steps.Run(HtmlSteps.State(report));
        Assert.Empty(steps.Diagnostics.Sorted());
        return XDocument.Parse(HtmlSteps.Text(state, $"{report.Slug}/index.html")).Root!;
    }
}
