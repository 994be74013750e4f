using System.Xml.Linq;
using SiteGen.Html;
using SiteGen.Model;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Html.SampleReports;

namespace SiteGen.Tests.Html;

public sealed class HtmlBodyWriterTests
{
    [Fact]
    public void Script_tags_in_text_are_escaped_not_executed()
    {
        var report = Of(Paragraph("p-1", new TextInline("<script>alert(1)</script> & <img src=x onerror=alert(1)>")));

        var html = HtmlBodyWriter.Write(report).Article;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Fact]
    public void Attribute_values_cannot_break_out_into_event_handlers()
    {
        var image = new ImageRef("a.png\" onerror=\"alert(1)", "alt\" onerror=\"alert(2)", null) { InputPath = "t/a.png" };
        var report = Of(
            new FigureBlock("fig-1", image, Text("说明"), "摄影\" onclick=\"x", At),
            Paragraph("p-1", new LinkInline("https://example.org/\" onmouseover=\"alert(3)", "t\" onfocus=\"y", Text("链接"))));

        var body = HtmlBodyWriter.Write(report, new HtmlBodyOptions { ImageSource = i => i.Source });
        var attributes = Xml(body.Article).Descendants().SelectMany(e => e.Attributes()).ToList();

        Assert.DoesNotContain(attributes, a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(attributes, a => a.Name == "alt" && a.Value == "alt\" onerror=\"alert(2)");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public void Unsafe_link_targets_lose_their_href_and_keep_their_text(string href)
    {
        var report = Of(Paragraph("p-1", new LinkInline(href, null, Text("点这里"))));

        var article = Xml(HtmlBodyWriter.Write(report).Article);

        Assert.DoesNotContain(article.Descendants("a"), a => (string?)a.Attribute("class") != "cite");
        Assert.Contains("点这里", article.Value);
        Assert.DoesNotContain("script:", HtmlBodyWriter.Write(report).Article, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://example.org/a?b=1&c=2")]
    [InlineData("http://example.org/")]
    [InlineData("mailto:office@example.org")]
    [InlineData("../other/index.html")]
    [InlineData("#section-2")]
    [InlineData("files/report.pdf")]
    public void Safe_link_targets_are_kept(string href)
    {
        var report = Of(Paragraph("p-1", new LinkInline(href, null, Text("链接"))));

        var link = Xml(HtmlBodyWriter.Write(report).Article).Descendants("a").First();

        Assert.Equal(href, (string?)link.Attribute("href"));
    }

    [Fact]
    public void Headings_keep_their_ids_and_get_a_named_permalink()
    {
        var report = Of(Heading(2, "工作回顾", "工作回顾"), Paragraph("工作回顾-1", new TextInline("正文。")));

        var article = Xml(HtmlBodyWriter.Write(report).Article);

        var heading = Assert.Single(article.Descendants("h2"));
        Assert.Equal("工作回顾", (string?)heading.Attribute("id"));
        Assert.Equal("工作回顾", heading.Value);
        var permalink = article.Descendants("a").Single(a => (string?)a.Attribute("class") == "permalink");
        Assert.Equal("#工作回顾", (string?)permalink.Attribute("href"));
        Assert.Equal("本节链接", (string?)permalink.Attribute("aria-label"));
        Assert.Equal("#", permalink.Value);
    }

    [Fact]
    public void Paragraphs_keep_their_ids_and_a_citation_link_with_no_visible_text()
    {
        var report = Of(Paragraph("p-1", new TextInline("第一段。")), Paragraph("p-2", new TextInline("第二段。")));

        var paragraphs = Xml(HtmlBodyWriter.Write(report).Article).Elements("p").ToList();

        Assert.Equal(["p-1", "p-2"], paragraphs.Select(p => (string?)p.Attribute("id")));
        var cite = paragraphs[1].Element("a")!;
        Assert.Equal("#p-2", (string?)cite.Attribute("href"));
        Assert.Equal("链接到第2段", (string?)cite.Attribute("title"));
        Assert.Equal("true", (string?)cite.Attribute("aria-hidden"));
        Assert.Equal("-1", (string?)cite.Attribute("tabindex"));
        Assert.Equal("第二段。", paragraphs[1].Value);
    }

    [Fact]
    public void Body_headings_start_at_h2_even_when_the_markdown_starts_deeper()
    {
        var report = Reports.Body("### 甲\n\n#### 乙\n\n### 丙\n");

        var names = Xml(HtmlBodyWriter.Write(report).Article).Descendants()
            .Where(e => e.Name.LocalName is ['h', >= '1' and <= '6']).Select(e => e.Name.LocalName);

        Assert.Equal(["h2", "h3", "h2"], names);
    }

    [Fact]
    public void A_jump_of_two_heading_levels_is_closed()
    {
        // Ingestion decides the final levels; the page renders them as they are.
        var report = Reports.Body("# 甲\n\n### 乙\n\n#### 丙\n\n## 丁\n");

        var body = HtmlBodyWriter.Write(report);
        var names = Xml(body.Article).Descendants().Where(e => e.Name.LocalName is ['h', >= '1' and <= '6']).Select(e => e.Name.LocalName);

        Assert.Equal(["h2", "h3", "h4", "h3"], names);
        Assert.Equal([2, 3, 4, 3], body.Toc.Select(t => t.Level));
    }

    [Fact]
    public void Table_of_contents_nests_by_level_and_links_every_heading()
    {
        var report = Of(Heading(2, "a", "甲"), Heading(3, "b", "乙"), Heading(3, "c", "丙"), Heading(2, "d", "丁"));

        var toc = HtmlBodyWriter.Write(report).TableOfContents;

        Assert.Equal(
            "<ol><li><a href=\"#a\">甲</a><ol><li><a href=\"#b\">乙</a></li><li><a href=\"#c\">丙</a></li></ol></li><li><a href=\"#d\">丁</a></li></ol>",
            toc);
    }
}
