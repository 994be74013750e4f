using SiteGen.Diagnostics;
using SiteGen.Pdf;
using SiteGen.Pipeline;
using SiteGen.Site;
using SiteGen.Tests.Support;
using SiteGen.Typesetting.Text;

namespace SiteGen.Tests.Pdf;

/// <summary>
/// Text the PDF engine would set backwards or unjoined (right-to-left and shaping scripts) stops a build with
/// PDFs at its line (SG019), in body text, code and headings alike; the page and the EPUB, which browsers shape,
/// carry it when PDFs are not asked for. Han (with Ext B), Latin, Greek and Cyrillic are set as before.
/// </summary>
public sealed class ComplexScriptTests : IDisposable
{
    private readonly TempInput _input = new();

    public void Dispose() => _input.Dispose();

    [Theory]
    [InlineData(0x0645, true)]  // Arabic meem
    [InlineData(0x05D0, true)]  // Hebrew alef
    [InlineData(0x0915, true)]  // Devanagari ka
    [InlineData(0x0E01, true)]  // Thai ko kai
    [InlineData(0x0F40, true)]  // Tibetan ka
    [InlineData(0x1820, true)]  // Mongolian a
    [InlineData(0xFEFB, true)]  // Arabic ligature lam-alef, presentation form
    [InlineData(0x1E900, true)] // Adlam
    [InlineData(0x0041, false)]
    [InlineData(0x00E9, false)]
    [InlineData(0x0416, false)] // Cyrillic
    [InlineData(0x03A9, false)] // Greek
    [InlineData(0x4E2D, false)]
    [InlineData(0x20BB7, false)] // 𠮷, CJK Ext B
    [InlineData(0xFEFF, false)] // byte-order mark
    [InlineData(0xFF0C, false)] // full-width comma
    public void The_engine_knows_which_scripts_it_cannot_set(int codePoint, bool complex) =>
        Assert.Equal(complex, ComplexScripts.Contains(codePoint));

    [Theory]
    [InlineData("## 一\n\n正文有阿拉伯文مرحبا。\n", 7)]
    [InlineData("## 一\n\n正文。\n\n## 希伯来文שלום\n", 9)]
    [InlineData("## 一\n\n```\nprint(\"नमस्ते\")\n```\n", 7)]
    public void Each_edition_reports_the_line_and_the_character(string body, int line)
    {
        var report = Reports.Body(body);
        var bag = new DiagnosticBag();
        var editions = EditionSettingsLoader.Load(null, Path.Combine(Reports.RepoRoot, "templates"), bag);
        foreach (var edition in editions)
        {
            PdfEditions.Render(report, edition, Reports.RepoRoot, bag);
        }

        var error = Assert.Single(bag.Sorted(), d => d.Code == DiagnosticCodes.ComplexScript);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(line, error.Location.Line);
        Assert.Equal("screen, print, large-print", error.Editions);
        Assert.Contains("--formats html,epub,bundle", error.Message);
        Assert.DoesNotContain(bag.Sorted(), d => d.Code == DiagnosticCodes.MissingGlyph);
    }

    [Fact]
    public void Without_pdfs_the_page_and_the_epub_carry_the_text_and_with_them_nothing_is_written()
    {
        _input.Write("r/report.md", "---\ntitle: 报告\ndate: 2021-02-22\nslug: r-2021\n---\n\n## 一\n\n阿拉伯文مرحبا。\n");
        var web = SiteBuilder.Build(_input.Options with { BuildPdf = false, UseCache = false });
        Assert.True(web.Succeeded, string.Join("\n", web.Diagnostics));
        Assert.Contains("阿拉伯文مرحبا。", File.ReadAllText(Path.Combine(_input.Output, "r-2021", "index.html")));

        var before = Directory.GetFiles(_input.Output, "*", SearchOption.AllDirectories).Select(f => (f, File.GetLastWriteTimeUtc(f))).ToList();
        var full = SiteBuilder.Build(_input.Options with { UseCache = false });
        Assert.False(full.Succeeded);
        var error = Assert.Single(full.Diagnostics, d => d.Code == DiagnosticCodes.ComplexScript);
        Assert.Equal(("r/report.md", 9), (error.Location.File, error.Location.Line));
        Assert.Equal(before, Directory.GetFiles(_input.Output, "*", SearchOption.AllDirectories).Select(f => (f, File.GetLastWriteTimeUtc(f))).ToList());
    }
}

/// <summary>
/// A font face that sets only characters beyond the BMP (an emoji in DejaVu Sans, 𠮷 alone in a heading face) gets a
/// subset PDFsharp can read: the build once failed with an internal error there. The character copies back whole.
/// </summary>
public sealed class BeyondTheBmpOnlyTests
{
    [Theory]
    [InlineData("## 标题\n\n正文。\n\n😀\n", "😀")]
    [InlineData("## 标题\n\n正文含表情😀。\n", "😀")]
    [InlineData("## 𠮷\n\n正文。\n", "𠮷")]
    public void Every_edition_sets_it_and_it_copies_back(string body, string expected)
    {
        var report = Reports.Body(body);
        var bag = new DiagnosticBag();
        var editions = EditionSettingsLoader.Load(null, Path.Combine(Reports.RepoRoot, "templates"), bag);
        var dir = Directory.CreateTempSubdirectory("sitegen-beyond-bmp-");
        try
        {
            foreach (var edition in editions)
            {
                var result = PdfEditions.Render(report, edition, Reports.RepoRoot, bag);
                var path = Path.Combine(dir.FullName, edition.Name + ".pdf");
                File.WriteAllBytes(path, result.Pdf);
                Assert.Contains(expected, PdfText(path));
            }

            Assert.DoesNotContain(bag.Sorted(), d => d.Severity == Severity.Error);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string PdfText(string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
