using System.Xml.Linq;
using SiteGen.Output;
using SiteGen.Pdf;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Epub;

/// <summary>
/// The EPUB's page list: the print edition's pages (as the layout placed them, carried on its format) become
/// pagebreak markers in the chapter and a page-list nav, and the package names the print edition as their source.
/// </summary>
public sealed class EpubPageListTests
{
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    /// <summary>Cover and contents on 1–2, the body from page 3; page 4 only continues the figure's page; the table starts page 5; 6 is blank at the end.</summary>
    private static readonly Dictionary<string, int> Landed = new(StringComparer.Ordinal)
    {
        ["2020年工作回顾"] = 3,
        ["2020年工作回顾-p1"] = 3,
        ["一坚持创新理论武装"] = 3,
        ["一坚持创新理论武装-p1"] = 3,
        ["fig-1"] = 3,
        ["table-1"] = 5,
        ["li-1"] = 5,
        ["2021年工作建议"] = 5,
        ["2021年工作建议-p1"] = 5,
        ["fn-1"] = 3,
    };

    private readonly EpubFixture _epub = new(null, PrintFormat(SampleReport.Create(), Landed, pageCount: 6));

    [Fact]
    public void Every_page_is_placed_once_in_order_before_the_first_block_that_starts_on_it()
    {
        var breaks = PrintPageBreaks.Of(SampleReport.Create(), Landed, 6);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], breaks.Select(b => b.Label));
        Assert.Equal([PageBreakPlace.BeforeTitle, PageBreakPlace.BeforeTitle], breaks.Take(2).Select(b => b.Place));
        Assert.Equal("2020年工作回顾", breaks[2].BlockId);
        // Page 4 holds only the rest of page 3's blocks: its break stands with page 5's, before the table.
        Assert.Equal(["table-1", "table-1"], breaks.Skip(3).Take(2).Select(b => b.BlockId));
        Assert.Equal(PageBreakPlace.AfterBody, breaks[5].Place);
    }

    [Fact]
    public void A_report_without_a_layout_has_no_page_list_and_claims_none()
    {
        var plain = new EpubFixture();
        Assert.DoesNotContain(plain.Part("EPUB/chapter.xhtml").Descendants(), e => (string?)e.Attribute(Ops + "type") == "pagebreak");
        Assert.DoesNotContain("page-list", plain.Text("EPUB/nav.xhtml"));
        Assert.Empty(plain.Meta("dc:source"));
        Assert.DoesNotContain("pageBreakMarkers", plain.Meta("schema:accessibilityFeature"));
    }

    [Fact]
    public void Chapter_carries_a_labelled_pagebreak_where_each_print_page_begins()
    {
        var chapter = _epub.Part("EPUB/chapter.xhtml");
        var markers = chapter.Descendants(_epub.X + "span").Where(e => (string?)e.Attribute(Ops + "type") == "pagebreak").ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6"], markers.Select(m => (string?)m.Attribute("aria-label")));
        Assert.All(markers, m => Assert.Equal("doc-pagebreak", (string?)m.Attribute("role")));
        Assert.All(markers, m => Assert.True(m.IsEmpty));

        // Pages 1–2 (cover, contents) before the title; 3 before the first heading; 4 and 5 before the table's
        // scrolling region (not inside the table); 6 after the last block, still inside the chapter.
        var title = chapter.Descendants(_epub.X + "header").Single();
        Assert.Equal(["page-1", "page-2"], title.ElementsBeforeSelf().Select(Id));
        Assert.Equal("page-3", Id(chapter.Descendants().Single(e => Id(e) == "2020年工作回顾").ElementsBeforeSelf().Last()));
        var region = chapter.Descendants(_epub.X + "table").Single().Parent!;
        Assert.Equal(["page-4", "page-5"], region.ElementsBeforeSelf().TakeLast(2).Select(Id));
        var section = chapter.Descendants(_epub.X + "section").First();
        Assert.Equal("doc-chapter", (string?)section.Attribute("role"));
        Assert.Equal("page-6", Id(section.Elements().Last()));
    }

    [Fact]
    public void Nav_page_list_links_each_page_number_to_its_marker()
    {
        var nav = _epub.Part("EPUB/nav.xhtml").Descendants(_epub.X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list");
        Assert.Equal("doc-pagelist", (string?)nav.Attribute("role"));
        var links = nav.Descendants(_epub.X + "a").ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6"], links.Select(a => a.Value));
        Assert.Equal("chapter.xhtml#page-4", (string?)links[3].Attribute("href"));
    }

    [Fact]
    public void Package_names_the_print_edition_as_the_source_of_the_pagination()
    {
        var source = Assert.Single(_epub.Meta("dc:source"));
        Assert.Equal("https://example.org/reports/cppcc-2021/cppcc-2021-print.pdf", source);
        var metadata = _epub.Part("EPUB/package.opf").Root!.Element(_epub.Opf + "metadata")!;
        var refine = metadata.Elements(_epub.Opf + "meta").Single(m => (string?)m.Attribute("property") == "source-of");
        Assert.Equal("pagination", refine.Value);
        Assert.Equal("#" + (string?)metadata.Element(_epub.Dc + "source")!.Attribute("id"), (string?)refine.Attribute("refines"));
        Assert.Contains("pageBreakMarkers", _epub.Meta("schema:accessibilityFeature"));
        Assert.Contains("pageNavigation", _epub.Meta("schema:accessibilityFeature"));
        Assert.EndsWith("页码列表与印刷版 PDF 的页码对应，可据以引用印刷版页码。", Assert.Single(_epub.Meta("schema:accessibilitySummary")));
    }

    [Fact]
    public void A_marker_id_the_report_already_uses_is_not_reused()
    {
        var report = SampleReport.Create();
        report = report with { Blocks = [new Model.ParagraphBlock("page-1", [new Model.TextInline("正文。")], report.Blocks[0].Location), .. report.Blocks] };
        var landed = new Dictionary<string, int>(Landed) { ["page-1"] = 1 };
        var epub = new EpubFixture(report, PrintFormat(report, landed, 6));
        var ids = epub.Part("EPUB/chapter.xhtml").Descendants().Select(Id).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("page-1-2", ids);
        Assert.Contains("chapter.xhtml#page-1-2", epub.Text("EPUB/nav.xhtml"));
    }

    private static ReportFormat PrintFormat(Model.Report report, IReadOnlyDictionary<string, int> landed, int pageCount) =>
        new(FormatKinds.PrintPdf, "印刷版", $"{SampleReport.Slug}/{SampleReport.Slug}-print.pdf", "application/pdf", 1000, pageCount)
        {
            PageBreaks = PrintPageBreaks.Of(report, landed, pageCount),
        };

    private static string? Id(XElement e) => (string?)e.Attribute("id");
}
