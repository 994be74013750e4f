using System.Xml.Linq;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Html;

namespace SiteGen.EndToEnd.Archive;

/// <summary>
/// What a reader of the EPUB gets, checked on the books the rich fixtures build (the repository's 2021 report,
/// the rich sample and its English report): Ace by DAISY finds nothing, and the page list cites the print
/// edition's pages as poppler reads them from the print PDF.
/// </summary>
public abstract class EpubReaderChecks(Html.BuiltSite site)
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    private IReadOnlyList<string> Epubs =>
        Directory.GetFiles(site.Root, "*.epub", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [ToolFact(Tool.Ace)]
    public void Ace_by_daisy_reports_no_violation_on_any_epub()
    {
        Assert.NotEmpty(Epubs);
        foreach (var epub in Epubs)
        {
            var result = AceChecker.Check(epub);
            Assert.True(result.Outcome == "pass" && result.Violations.Count == 0, result.Describe());
        }
    }

    [ToolFact(Tool.Poppler)]
    public void Every_block_follows_the_page_break_of_the_print_page_it_starts_on()
    {
        Assert.NotEmpty(Epubs);
        foreach (var epub in Epubs)
        {
            var print = epub[..^".epub".Length] + "-print.pdf";
            var pages = PdfTools.PageTexts(print, layout: false).Select(t => string.Concat(t.Where(c => !char.IsWhiteSpace(c)))).ToList();
            var landed = PdfTools.Destinations(print).GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Page, StringComparer.Ordinal);
            var chapter = Part(epub, "EPUB/chapter.xhtml");
            var body = chapter.Descendants(X + "section").First();

            var labels = body.Descendants().Where(e => (string?)e.Attribute(Ops + "type") == "pagebreak").Select(e => (string?)e.Attribute("aria-label")).ToList();
            Assert.Equal(Enumerable.Range(1, pages.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), labels);

            // The citation a reading system shows at a block (the last page break before it) is the page where the
            // block starts in the print PDF: its destination's page, and that page's text holds its first words.
            var current = 0;
            var checkedBlocks = 0;
            foreach (var e in body.Descendants())
            {
                if ((string?)e.Attribute(Ops + "type") == "pagebreak")
                {
                    current = int.Parse((string)e.Attribute("aria-label")!, System.Globalization.CultureInfo.InvariantCulture);
                    continue;
                }

                if (e.Name.LocalName is not ("p" or "h2" or "h3" or "h4" or "h5" or "h6") || (string?)e.Attribute("id") is not { } id || !landed.TryGetValue(id, out var page))
                    continue;
                Assert.True(page == current, $"{Path.GetFileName(epub)}: #{id} starts on print page {page} but follows the page break {current}");
                var start = string.Concat(e.Value.Where(c => !char.IsWhiteSpace(c)).Take(6));
                Assert.True(pages[page - 1].Contains(start, StringComparison.Ordinal), $"{Path.GetFileName(epub)}: page {page} of the print PDF does not show '{start}' (#{id})");
                checkedBlocks++;
            }

            Assert.True(checkedBlocks >= 3, $"{Path.GetFileName(epub)}: only {checkedBlocks} blocks checked");
        }
    }

    [Fact]
    public void Nav_page_list_links_every_marker_and_the_package_names_the_print_edition()
    {
        foreach (var epub in Epubs)
        {
            var nav = Part(epub, "EPUB/nav.xhtml").Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list");
            var markerIds = Part(epub, "EPUB/chapter.xhtml").Descendants().Where(e => (string?)e.Attribute(Ops + "type") == "pagebreak").Select(e => "chapter.xhtml#" + (string?)e.Attribute("id"));
            Assert.Equal(markerIds, nav.Descendants(X + "a").Select(a => (string?)a.Attribute("href")));
            var opf = ReadEntry(epub, "EPUB/package.opf");
            Assert.Contains(Path.GetFileName(epub)[..^".epub".Length] + "-print.pdf</dc:source>", opf, StringComparison.Ordinal);
        }
    }

    private static XDocument Part(string epub, string name) => XDocument.Parse(ReadEntry(epub, name));

    private static string ReadEntry(string epub, string name)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(epub);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}

public sealed class RealInputEpubReaderTests(RealInputSite site) : EpubReaderChecks(site), IClassFixture<RealInputSite>;

public sealed class RichSampleEpubReaderTests(RichSampleSite site) : EpubReaderChecks(site), IClassFixture<RichSampleSite>;
