using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Ingest;
using SiteGen.Pdf;
using SiteGen.Site;
using SiteGen.Tests.Support;
using T = SiteGen.Typesetting.Model;

namespace SiteGen.Tests.Pdf;

public sealed class PdfEditionsTests
{
    private static List<PdfEdition> Editions()
    {
        var bag = new DiagnosticBag();
        var editions = EditionSettingsLoader.Load(null, Path.Combine(Reports.RepoRoot, "templates"), bag);
        Assert.Empty(bag.Sorted());
        return editions;
    }

    [Fact]
    public void Edition_files_describe_screen_print_and_large_print()
    {
        var e = Editions().ToDictionary(x => x.Name);
        Assert.Equal(["screen", "print", "large-print"], e.Keys);
        Assert.Equal((185, 260, 3.0), (e["print"].Settings.PageWidthMm, e["print"].Settings.PageHeightMm, e["print"].Settings.BleedMm));
        Assert.True(e["print"].Settings.Mirrored && e["print"].Settings.CropMarks);
        Assert.Equal(T.SectionStart.RightPage, e["print"].Settings.Level1Start);
        Assert.Equal(T.SectionStart.Continue, e["screen"].Settings.Level1Start);
        Assert.Equal(T.SectionStart.Continue, e["large-print"].Settings.Level1Start);
        Assert.True(e["print"].Settings.MarginInnerMm > e["print"].Settings.MarginOuterMm);
        Assert.True(e["large-print"].Settings.BodySize >= 18);
        Assert.Equal("cppcc-report-2021-print.pdf", e["print"].FileName("cppcc-report-2021"));
    }

    [Fact]
    public void Bad_edition_file_is_a_diagnostic_with_its_place()
    {
        var bag = new DiagnosticBag();
        Assert.Null(EditionSettingsLoader.Parse("name: x\nheading-sizes: [1, 2]\n", "templates/editions/x.yml", bag));
        Assert.Contains(bag.Sorted(), d => d.Message.Contains("heading-sizes") && d.Location.File == "templates/editions/x.yml");
    }

    [Fact]
    public void Report_maps_to_a_document_whose_top_headings_are_level_one_and_keep_their_ids()
    {
        var report = Reports.Body("正文。[^1]\n\n## 第一部分\n\n段落**加粗**与*强调*,见[下文](#第二部分)。\n\n## 第二部分\n\n### 小节\n\n[^1]: 注释。\n");
        var doc = new ReportDocumentMapper(report, Editions()[0], Path.GetTempPath()).Map();
        var headings = doc.Blocks.OfType<T.HeadingBlock>().ToList();
        Assert.Equal([1, 1, 2], headings.Select(h => h.Level));
        Assert.Equal(report.Headings.Select(h => h.Id), headings.Select(h => h.AnchorId));
        Assert.IsType<T.CoverBlock>(doc.Blocks[0]);
        var runs = doc.Blocks.OfType<T.ParagraphBlock>().SelectMany(p => p.Runs).ToList();
        Assert.Contains(runs, r => r is T.TextRun { Bold: true, Text: "加粗" });
        Assert.Contains(runs, r => r is T.TextRun { Emphasis: true, Text: "强调" });
        Assert.Contains(runs, r => r is T.LinkRun { Anchor: not null });
        Assert.Contains(runs, r => r is T.FootnoteRun { Label: "1" } f && f.Content.OfType<T.TextRun>().Any(t => t.Text.Contains("注释")));
    }

    [Fact]
    public void The_2021_report_sets_in_all_three_editions()
    {
        var input = Path.Combine(Reports.RepoRoot, "input");
        var file = Path.Combine(input, "cppcc-report-2021", "report.md");
        var bag = new DiagnosticBag();
        var report = ReportParser.Parse("cppcc-report-2021/report.md", File.ReadAllText(file), input, SiteSettings.Default, bag);
        Assert.NotNull(report);
        var clock = Stopwatch.StartNew();
        var results = Editions().Select(e => (e, PdfEditions.Render(report, e, input, bag))).ToList();
        clock.Stop();
        Assert.DoesNotContain(bag.Sorted(), d => d.Severity == Severity.Error);
        foreach (var (edition, result) in results)
        {
            Assert.True(result.Pdf.Length > 10_000, edition.Name);
            Assert.All(report.Headings, h => Assert.True(result.AnchorPages.ContainsKey(h.Id), h.Id));
            var dir = Path.Combine(Path.GetTempPath(), "sitegen-pdf-editions");
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, edition.FileName(report.Slug)), result.Pdf);
        }
        Console.WriteLine($"three editions in {clock.ElapsedMilliseconds} ms");
        Assert.True(results[2].Item2.PageCount > results[0].Item2.PageCount, "large print needs more pages");
    }
}
