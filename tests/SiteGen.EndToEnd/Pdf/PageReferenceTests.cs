using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.EndToEnd.Archive;
using SiteGen.EndToEnd.Checkers;
using SiteGen.Ingest;
using SiteGen.Pdf;
using SiteGen.Site;

namespace SiteGen.EndToEnd.Pdf;

/// <summary>A report set through src/SiteGen/Pdf with the real editions and fonts; the page reference read back with pdftotext.</summary>
public sealed partial class PageReferenceTests
{
    [ToolFact(Tool.Poppler)]
    public void Internal_link_prints_the_page_its_target_lands_on_in_every_edition()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-e2e-page-references-").FullName;
        var bag = new DiagnosticBag();
        var editions = EditionSettingsLoader.Load(null, Path.Combine(Path.GetDirectoryName(RepoInput.Folder)!, "templates"), bag);
        Assert.Equal(3, editions.Count);
        foreach (var edition in editions)
        {
            var pages = new List<int>();
            foreach (var filler in new[] { 2, 40 })
            {
                var report = ReportParser.Parse("r/report.md", Markdown(filler), folder, SiteSettings.Default, bag);
                Assert.NotNull(report);
                var result = PdfEditions.Render(report, edition, folder, bag);
                Assert.DoesNotContain(bag.Sorted(), d => d.Severity == Severity.Error || d.Message.Contains("PDF004"));
                var pdf = Path.Combine(folder, $"{edition.Name}-{filler}.pdf");
                File.WriteAllBytes(pdf, result.Pdf);

                var target = result.AnchorPages["第二部分"];
                var texts = PdfTools.PageTexts(pdf, layout: false);
                var citing = texts.Single(t => t.Contains("详见第二部分", StringComparison.Ordinal));
                var printed = Reference().Match(citing);
                Assert.True(printed.Success, $"{edition.Name}: no page reference in \"{citing}\"");
                Assert.Equal(target, int.Parse(printed.Groups[1].Value, CultureInfo.InvariantCulture));
                Assert.Contains("第二部分的正文。", texts[target - 1], StringComparison.Ordinal);
                Assert.DoesNotContain("第二部分的正文。", texts[target - 2], StringComparison.Ordinal);
                pages.Add(target);
            }
            Assert.True(pages[1] > pages[0], $"{edition.Name}: the filler should move the target ({pages[0]} -> {pages[1]})");
        }
    }

    private static string Markdown(int filler)
    {
        var body = new System.Text.StringBuilder("---\ntitle: 页码引用测试\ndate: 2021-02-22\n---\n\n## 第一部分\n\n详见[第二部分](#第二部分)。\n\n");
        for (var i = 0; i < filler; i++)
            body.Append("人民政协围绕统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局，深入协商议政，积极建言献策，广泛凝聚共识。\n\n");
        body.Append("## 第二部分\n\n第二部分的正文。\n");
        return body.ToString();
    }

    [GeneratedRegex("详见第二部分（第(\\d+)页）")]
    private static partial Regex Reference();
}
