using System.Diagnostics;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Html;
using SiteGen.Ingest;
using SiteGen.Model;
using SiteGen.Pdf;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pdf;

/// <summary>
/// Issue 9, "decided once": the PDFs show what ingestion decided, read back with poppler from the real editions.
/// </summary>
public sealed partial class PdfReadsTheModelTests
{
    [Fact]
    public void Normalize_punctuation_off_holds_in_the_pdf_text()
    {
        var text = Pdf(Reports.FrontMatter + "## 部分\n\n中文,英文(括号);再见:好!\n", new SiteSettings { NormalizePunctuation = false });
        Assert.Contains("中文,英文(括号);再见:好!", Squeeze(text));
    }

    [Fact]
    public void Normalize_punctuation_on_reaches_the_pdf_text_from_ingestion()
    {
        var text = Pdf(Reports.FrontMatter + "## 部分\n\n中文,英文(括号)\n", SiteSettings.Default);
        Assert.Contains("中文，英文（括号）", Squeeze(text));
    }

    [Fact]
    public void Heading_levels_are_decided_at_ingestion_and_the_pdf_tags_read_them()
    {
        const string body = "## 第一部分\n\n甲。\n\n#### 小节\n\n乙。\n\n## 第二部分\n\n丙。\n";
        var markdown = Reports.FrontMatter + body;
        var report = Reports.Body(body);
        Assert.Equal([2, 3, 2], report.Headings.Select(h => h.Level));
        Assert.Equal([2, 3, 2], HtmlBodyWriter.Write(report).Toc.Select(t => t.Level));

        var path = PdfFile(markdown, SiteSettings.Default);
        var structure = Run("pdfinfo", "-struct-text", path);
        var tags = HeadingTag().Matches(structure).Select(m => m.Groups[1].Value).ToList();
        // The cover title is the document's H1 (the page's h1); the body's headings keep the page's levels.
        Assert.Equal(["H1", "H2", "H3", "H2"], tags);
    }

    [Fact]
    public void Pdf_diagnostics_keep_the_models_locations_and_sort_by_line()
    {
        // Lines 9 and 11: as text, "t/report.md:11" sorted before "t/report.md:9", and the column was lost.
        var bag = new DiagnosticBag();
        var report = ReportParser.Parse("t/report.md", Reports.FrontMatter + "## 部分\n\n甲。\n\n乙\uE000。\n\n丙\uE000。\n", Path.GetTempPath(), SiteSettings.Default, bag);
        var edition = EditionSettingsLoader.Load(null, Path.Combine(Reports.RepoRoot, "templates"), bag).Single(e => e.Name == "screen");
        PdfEditions.Render(report!, edition, Path.GetTempPath(), bag);
        var missing = bag.Sorted().Where(d => d.Code == DiagnosticCodes.MissingGlyph).ToList();
        Assert.Equal([("t/report.md", 9, 1), ("t/report.md", 11, 1)], missing.Select(d => (d.Location.File, d.Location.Line, d.Location.Column)));
    }

    private static string Pdf(string markdown, SiteSettings site) => Run("pdftotext", PdfFile(markdown, site), "-");

    private static string PdfFile(string markdown, SiteSettings site)
    {
        var bag = new DiagnosticBag();
        var input = Directory.CreateTempSubdirectory("sitegen-pdf-model-");
        var report = ReportParser.Parse("t/report.md", markdown, input.FullName, site, bag);
        Assert.NotNull(report);
        var edition = EditionSettingsLoader.Load(null, Path.Combine(Reports.RepoRoot, "templates"), bag).Single(e => e.Name == "screen");
        var result = PdfEditions.Render(report, edition, input.FullName, bag);
        Assert.DoesNotContain(bag.Sorted(), d => d.Severity == Severity.Error);
        var path = Path.Combine(input.FullName, "t.pdf");
        File.WriteAllBytes(path, result.Pdf);
        return path;
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return stdout.Result;
    }

    private static string Squeeze(string text) => text.Replace("\n", "").Replace(" ", "");

    [GeneratedRegex(@"(?m)^\s*(H[1-6])\b")]
    private static partial Regex HeadingTag();
}
