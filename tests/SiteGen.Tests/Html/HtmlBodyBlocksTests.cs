using System.Collections.Immutable;
using SiteGen.Html;
using SiteGen.Model;
using static SiteGen.Tests.Html.SampleReports;

namespace SiteGen.Tests.Html;

public sealed class HtmlBodyBlocksTests
{
    [Fact]
    public void Footnote_references_and_notes_link_to_each_other()
    {
        var report = With(Metadata(),
            [Paragraph("p-1", new TextInline("正文"), new FootnoteRefInline(1, "fn-1", "fnref-1"), new TextInline("。"))],
            new Footnote(1, "fn-1", ["fnref-1"], [Paragraph("fn-1-p", new TextInline("注释内容。"))]));

        var body = HtmlBodyWriter.Write(report);

        var reference = Xml(body.Article).Descendants("a").Single(a => (string?)a.Attribute("role") == "doc-noteref");
        Assert.Equal("fnref-1", (string?)reference.Attribute("id"));
        Assert.Equal("#fn-1", (string?)reference.Attribute("href"));
        Assert.Equal("注释1", (string?)reference.Attribute("aria-label"));
        var notes = Xml(body.Footnotes);
        var note = notes.Descendants("li").Single();
        Assert.Equal("fn-1", (string?)note.Attribute("id"));
        var back = note.Descendants("a").Single();
        Assert.Equal("#fnref-1", (string?)back.Attribute("href"));
        Assert.Equal("p", back.Parent!.Name.LocalName);
        Assert.Equal("返回注释1的引用处", (string?)back.Attribute("aria-label"));
        Assert.Equal("注释", notes.Descendants("h2").Single().Value);
    }

    [Fact]
    public void A_note_cited_twice_gets_a_back_link_to_each_reference()
    {
        var report = With(Metadata(lang: "en"), [Paragraph("p-1", new TextInline("x"))],
            new Footnote(1, "fn-1", ["fnref-1", "fnref-1-2"], [Paragraph("q", new TextInline("Note."))]));

        var links = Xml(HtmlBodyWriter.Write(report).Footnotes).Descendants("a").ToList();

        Assert.Equal(["#fnref-1", "#fnref-1-2"], links.Select(a => (string?)a.Attribute("href")));
        Assert.Equal("Back to reference 1 (2)", (string?)links[1].Attribute("aria-label"));
    }

    [Fact]
    public void A_report_without_notes_has_no_notes_section()
    {
        Assert.Equal(string.Empty, HtmlBodyWriter.Write(Of(Paragraph("p", new TextInline("x")))).Footnotes);
    }

    [Fact]
    public void Figures_have_an_image_a_caption_and_a_credit()
    {
        var image = new ImageRef("images/会场.jpg", "会场全景", null) { InputPath = "t/images/会场.jpg" };
        var report = Of(new FigureBlock("fig-1", image, Text("委员们在听取报告。"), "张三 摄", At));

        var html = HtmlBodyWriter.Write(report).Article;

        Assert.Equal(
            "<figure id=\"fig-1\"><img src=\"images/会场.jpg\" alt=\"会场全景\" loading=\"lazy\" /><figcaption>委员们在听取报告。<span class=\"credit\">张三 摄</span></figcaption></figure>\n",
            html);
    }

    [Fact]
    public void Images_of_known_size_carry_width_and_height()
    {
        var image = new ImageRef("images/会场.jpg", "会场全景", null) { InputPath = "t/images/会场.jpg", Size = new PixelSize(1600, 900) };
        var icon = new ImageRef("images/icon.svg", "图标", null) { InputPath = "t/images/icon.svg", Size = new PixelSize(24, 24) };
        var report = Of(new FigureBlock("fig-1", image, Text("会场。"), null, At), Paragraph("p-1", new TextInline("见"), new ImageInline(icon)));

        var html = HtmlBodyWriter.Write(report).Article;

        Assert.Contains("<img src=\"images/会场.jpg\" alt=\"会场全景\" width=\"1600\" height=\"900\" loading=\"lazy\" />", html);
        Assert.Contains("<img class=\"inline\" src=\"images/icon.svg\" alt=\"图标\" width=\"24\" height=\"24\" />", html);
    }

    [Fact]
    public void A_figure_without_an_image_keeps_only_its_caption()
    {
        var report = Of(new FigureBlock("fig-1", null, Text("委员们在听取报告。"), "张三 摄", At));

        var figure = Xml(HtmlBodyWriter.Write(report).Article).Element("figure")!;

        Assert.Empty(figure.Descendants("img"));
        Assert.Equal("委员们在听取报告。张三 摄", figure.Element("figcaption")!.Value);
    }

    [Fact]
    public void Tables_have_column_header_cells_and_a_named_scroll_region()
    {
        TableRow Row(CellRole role, params string[] cells) => new([.. cells.Select(c => new TableCell(Text(c), CellAlignment.None) { Role = role })]);
        var report = Of(new TableBlock("table-1", [Row(CellRole.ColumnHeader, "项目", "数量")], [Row(CellRole.Data, "提案", "328")], At));

        var article = Xml(HtmlBodyWriter.Write(report).Article);

        Assert.All(article.Descendants("th"), th => Assert.Equal("col", (string?)th.Attribute("scope")));
        Assert.Equal(2, article.Descendants("th").Count());
        Assert.Equal(["提案", "328"], article.Descendants("td").Select(td => td.Value));
        Assert.Empty(article.Descendants("caption"));
        var region = article.Element("div")!;
        Assert.Equal("表1", (string?)region.Attribute("aria-label"));
        Assert.Equal("0", (string?)region.Attribute("tabindex"));
    }

    [Fact]
    public void Table_cells_follow_their_roles_and_the_caption_names_the_region()
    {
        static TableCell Cell(string text, CellRole role) => new(Text(text), CellAlignment.None) { Role = role };
        var header = new TableRow([Cell("", CellRole.Data), Cell("2020年", CellRole.ColumnHeader)]);
        var body = new TableRow([Cell("提案", CellRole.RowHeader), Cell("328", CellRole.Data)]);
        var shown = new TableBlock("table-1", [header], [body], At) { Caption = Text("履职数据"), CaptionShown = true, RowHeaders = true };
        var leadIn = shown with { Id = "table-2", CaptionShown = false };

        var article = Xml(HtmlBodyWriter.Write(Of(shown, leadIn)).Article);
        var tables = article.Descendants("table").ToList();

        Assert.Equal(["td", "th"], tables[0].Element("thead")!.Descendants("tr").Single().Elements().Select(e => e.Name.LocalName));
        var rowHeader = tables[0].Element("tbody")!.Descendants("th").Single();
        Assert.Equal(("row", "提案"), ((string?)rowHeader.Attribute("scope"), rowHeader.Value));
        Assert.Equal("row-headers", (string?)tables[0].Attribute("class"));
        Assert.Equal("履职数据", tables[0].Element("caption")!.Value);
        Assert.Null(tables[0].Element("caption")!.Attribute("class"));
        Assert.Equal("visually-hidden", (string?)tables[1].Element("caption")!.Attribute("class"));
        Assert.Equal("履职数据", (string?)tables[0].Parent!.Attribute("aria-label"));
    }

    [Fact]
    public void Void_elements_are_self_closed_and_control_characters_dropped()
    {
        var report = Of(Paragraph("p-1", new TextInline("甲\u0001乙"), new LineBreakInline(), new TextInline("丙")),
            new ThematicBreakBlock(At));

        var html = HtmlBodyWriter.Write(report).Article;

        Assert.Contains("甲乙<br />丙", html);
        Assert.Contains("<hr />", html);
        Assert.NotNull(Xml(html));
    }

    [Fact]
    public void Lists_quotes_code_and_inline_styles_render_as_their_elements()
    {
        var item = new ListItem([Paragraph("li-1", new StrongInline(Text("重点")), new EmphasisInline(Text("强调")), new CodeInline("a<b"))]);
        var report = Of(
            new ListBlock(Ordered: true, Start: 3, [item], At),
            new QuoteBlock([Paragraph("q-1", new TextInline("引文"))], At),
            new CodeBlock("x < y && z", "csharp", At));

        var html = HtmlBodyWriter.Write(report, new HtmlBodyOptions { ParagraphLinks = false }).Article;

        Assert.Contains("<ol start=\"3\">", html);
        Assert.Contains("<li><p id=\"li-1\"><strong>重点</strong><em>强调</em><code>a&lt;b</code></p>", html);
        Assert.Contains("<blockquote>\n<p id=\"q-1\">引文</p>", html);
        Assert.Contains("<pre tabindex=\"0\"><code class=\"language-csharp\">x &lt; y &amp;&amp; z</code></pre>", html);
    }

    [Fact]
    public void English_reports_get_english_accessible_names()
    {
        var report = With(Metadata(lang: "en"), [Heading(2, "review", "Review"), Paragraph("p-1", new TextInline("Text."))]);

        var html = HtmlBodyWriter.Write(report).Article;

        Assert.Contains("aria-label=\"Link to this section\"", html);
        Assert.Contains("title=\"Link to paragraph 1\"", html);
    }

    [Fact]
    public void The_same_report_renders_to_the_same_bytes()
    {
        var report = Of(Heading(2, "a", "甲"), Paragraph("p", new TextInline("乙")));

        var first = HtmlBodyWriter.Write(report);
        var second = HtmlBodyWriter.Write(report);

        Assert.Equal(first.Article, second.Article);
        Assert.Equal(first.TableOfContents, second.TableOfContents);
    }
}
