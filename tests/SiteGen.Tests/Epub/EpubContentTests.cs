using System.Xml.Linq;

namespace SiteGen.Tests.Epub;

public sealed class EpubContentTests
{
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    private readonly EpubFixture _epub = new();

    [Fact]
    public void Nav_lists_the_headings_nested_by_level_with_their_html_ids()
    {
        var toc = _epub.Part("EPUB/nav.xhtml").Descendants(_epub.X + "nav")
            .Single(n => (string?)n.Attribute(Ops + "type") == "toc");
        var top = toc.Element(_epub.X + "ol")!.Elements(_epub.X + "li").ToList();
        Assert.Equal(["chapter.xhtml#2020年工作回顾"], top.Select(Href));
        var nested = top[0].Element(_epub.X + "ol")!.Elements(_epub.X + "li").ToList();
        Assert.Equal(["chapter.xhtml#一坚持创新理论武装", "chapter.xhtml#2021年工作建议"], nested.Select(Href));
        Assert.Equal("一、坚持创新理论武装", nested[0].Element(_epub.X + "a")!.Value);
    }

    [Fact]
    public void Content_keeps_the_heading_and_paragraph_ids_of_the_html_page()
    {
        var ids = _epub.Part("EPUB/chapter.xhtml").Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Contains("2020年工作回顾", ids);
        Assert.Contains("2020年工作回顾-p1", ids);
        Assert.Contains("一坚持创新理论武装", ids);
        Assert.Contains("fig-1", ids);
        Assert.Contains("fn-1", ids);
        Assert.Contains("fnref-1", ids);
    }

    [Fact]
    public void Figures_carry_the_image_alt_text_and_caption()
    {
        var figure = _epub.Part("EPUB/chapter.xhtml").Descendants(_epub.X + "figure").Single();
        var img = figure.Element(_epub.X + "img")!;
        Assert.Equal("images/image-001.png", (string?)img.Attribute("src"));
        Assert.Equal("市政协四届五次会议现场", (string?)img.Attribute("alt"));
        Assert.StartsWith("会议现场", figure.Element(_epub.X + "figcaption")!.Value);
    }

    [Fact]
    public void Relative_links_point_at_the_published_site()
    {
        var hrefs = _epub.Part("EPUB/chapter.xhtml").Descendants(_epub.X + "a").Select(a => (string?)a.Attribute("href")).ToList();
        Assert.Contains("https://example.org/reports/other/", hrefs);
        Assert.Contains("#2020年工作回顾", hrefs);
    }

    [Fact]
    public void Paragraphs_have_no_whitespace_added_between_inline_elements()
    {
        var text = _epub.Text("EPUB/chapter.xhtml");
        Assert.Contains("<p id=\"一坚持创新理论武装-p1\"><strong>", text);
    }

    [Fact]
    public void Stylesheet_avoids_synthetic_italics_and_indents_two_em()
    {
        var css = _epub.Text("EPUB/styles/epub.css");
        Assert.Contains("font-style: normal", css);
        Assert.Contains("text-indent: 2em", css);
        Assert.Contains("Noto Serif CJK SC", css);
    }

    [Fact]
    public void Notes_carry_epub_semantics_for_reading_system_popups()
    {
        var chapter = _epub.Part("EPUB/chapter.xhtml");
        var noteref = chapter.Descendants(_epub.X + "a").Single(a => (string?)a.Attribute("id") == "fnref-1");
        Assert.Equal("noteref", (string?)noteref.Attribute(Ops + "type"));
        Assert.Equal("#fn-1", (string?)noteref.Attribute("href"));
        var note = chapter.Descendants(_epub.X + "li").Single(li => (string?)li.Attribute("id") == "fn-1");
        Assert.Equal("endnote", (string?)note.Attribute(Ops + "type"));
    }

    [Fact]
    public void Chapter_and_notes_carry_matching_roles_for_their_epub_types()
    {
        var chapter = _epub.Part("EPUB/chapter.xhtml");
        var sections = chapter.Root!.Element(_epub.X + "body")!.Elements(_epub.X + "section").ToList();
        Assert.Equal("bodymatter chapter", (string?)sections[0].Attribute(Ops + "type"));
        Assert.Equal("doc-chapter", (string?)sections[0].Attribute("role"));
        Assert.Equal("endnotes", (string?)sections[1].Attribute(Ops + "type"));
        Assert.Equal("doc-endnotes", (string?)sections[1].Attribute("role"));
        // DPUB-ARIA 1.1 deprecated doc-endnote: the notes keep only their epub:type.
        Assert.DoesNotContain(chapter.Descendants(), e => (string?)e.Attribute("role") == "doc-endnote");
    }

    /// <summary>EPUB 3 Structural Semantics Vocabulary 1.1 terms the book may use; deprecated ones (rearnote…) are not here.</summary>
    private static readonly HashSet<string> SsvTerms =
        ["bodymatter", "chapter", "endnotes", "endnote", "noteref", "backlink", "pagebreak", "toc", "page-list", "landmarks"];

    [Fact]
    public void Every_epub_type_is_a_current_structural_semantics_term()
    {
        var used = new[] { "EPUB/chapter.xhtml", "EPUB/nav.xhtml" }
            .SelectMany(part => _epub.Part(part).Descendants())
            .SelectMany(e => ((string?)e.Attribute(Ops + "type"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [])
            .ToHashSet();
        Assert.NotEmpty(used);
        Assert.Empty(used.Except(SsvTerms));
    }

    [Fact]
    public void Web_only_markup_is_left_out_of_the_book()
    {
        var chapter = _epub.Text("EPUB/chapter.xhtml");
        Assert.DoesNotContain("loading=", chapter);
        Assert.DoesNotContain("class=\"permalink\"", chapter);
        Assert.DoesNotContain("class=\"cite\"", chapter);
    }

    private string Href(XElement li) => (string)li.Element(_epub.X + "a")!.Attribute("href")!;
}
