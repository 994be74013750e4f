using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Html;
using SiteGen.Ingest;
using SiteGen.Output;
using SiteGen.Pdf;
using SiteGen.Site;
using SiteGen.Tests.Support;
using T = SiteGen.Typesetting.Model;

namespace SiteGen.Tests.Html;

/// <summary>Issue 9: one language object per report gives every label, date, stylesheet and font set.</summary>
public sealed partial class ReportLanguageTests
{
    [Theory]
    [InlineData("zh-CN", Script.Simplified)]
    [InlineData("zh", Script.Simplified)]
    [InlineData("zh-Hans-HK", Script.Simplified)]
    [InlineData("zh-TW", Script.Traditional)]
    [InlineData("zh-Hant", Script.Traditional)]
    [InlineData("zh-HK", Script.Traditional)]
    [InlineData("zh-Hant-TW", Script.Traditional)]
    [InlineData("en", Script.Latin)]
    [InlineData("fr-CA", Script.Latin)]
    public void The_tag_decides_the_script(string lang, Script script) => Assert.Equal(script, HtmlLanguage.For(lang).Script);

    [Theory]
    [InlineData("en", "Print edition PDF", "539 KB, 4 pages")]
    [InlineData("zh-CN", "印刷版 PDF", "539 KB，4页")]
    [InlineData("zh-TW", "印刷版 PDF", "539 KB，4頁")]
    public void Format_labels_and_sizes_follow_the_report(string lang, string label, string details)
    {
        var language = HtmlLanguage.For(lang);
        Assert.Equal(label, language.FormatLabel(FormatKinds.PrintPdf));
        Assert.Equal(details, language.SizeAndPages(language.Size(539 * 1024), language.Pages(4)));
    }

    [Theory]
    [InlineData("en", "Contents", "22 February 2021")]
    [InlineData("zh-CN", "目录", "2021年2月22日")]
    [InlineData("zh-TW", "目錄", "2021年2月22日")]
    public void The_pdf_cover_and_contents_speak_the_reports_language(string lang, string contents, string date)
    {
        var report = Parse(lang);
        var document = new ReportDocumentMapper(report, Editions()[0], Path.GetTempPath()).Map();
        Assert.Equal(contents, document.Blocks.OfType<T.TocBlock>().Single().Title);
        Assert.Equal(date, document.Blocks.OfType<T.CoverBlock>().Single().DateText);
    }

    [Fact]
    public void A_traditional_chinese_report_is_set_in_the_tc_fonts_with_traditional_page_references()
    {
        var screen = Editions().Single(e => e.Name == "screen");
        Assert.Equal("（第{page}頁）", screen.PageReferenceFor("zh-TW"));
        Assert.Equal("（第{page}页）", screen.PageReferenceFor("zh-CN"));

        var bag = new DiagnosticBag();
        var result = PdfEditions.Render(Parse("zh-TW"), screen, Path.GetTempPath(), bag);
        Assert.DoesNotContain(bag.Sorted(), d => d.Severity == Severity.Error);
        var dir = Directory.CreateTempSubdirectory("sitegen-tc-");
        var path = Path.Combine(dir.FullName, "tc.pdf");
        File.WriteAllBytes(path, result.Pdf);
        var fonts = Run("pdffonts", path);
        Assert.Contains("CJKtc", fonts.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("CJKsc", fonts.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
        dir.Delete(recursive: true);
    }

    [Fact]
    public void The_epub_stylesheet_follows_the_script()
    {
        string Css(string lang) => Encoding.UTF8.GetString(SiteGen.Epub.EpubStylesheet.For(HtmlLanguage.For(lang)));
        Assert.Contains("Noto Serif CJK SC", Css("zh-CN"));
        Assert.Contains("Noto Serif CJK TC", Css("zh-TW"));
        Assert.DoesNotContain("CJK SC", Css("zh-TW"));
        Assert.DoesNotContain("CJK", Css("en"));
        Assert.DoesNotContain("text-indent: 2em", Css("en"));
    }

    /// <summary>Every Chinese word the code adds goes through the language object; the rest are content rules.</summary>
    [Fact]
    public void No_chinese_label_is_hard_coded_outside_the_language_object()
    {
        string[] allowed =
        [
            "Html/HtmlLanguage.cs", "Epub/EpubText.cs", // the language object and the EPUB's words in each script
            "Ingest/PunctuationNormalizer.cs", "Ingest/FrontMatterReader.cs", "Ingest/BlockConverter.cs", "Ingest/TableCaptions.cs", // rules about content
            "Html/Pages/CitationText.cs", // GB/T 7714's own marker, in its Chinese form only
            "Ingest/RecordFieldsReader.cs", "Ingest/RevisionsReader.cs", // the disclosure catalogue's field names and a front-matter example
            "Html/Pages/ReportJsonLd.cs", // 索引号 and 文号 as the catalogue names them, in every language
            "Site/SiteSettings.cs", // the default site title, in the default site language
            "New/StarterText.cs", // `sitegen new`'s starter report: content in each language, not interface labels
            "Import/WordStyles.cs", "Import/OfficialHeadings.cs", "Import/WordNumbering.cs", "Import/FrontMatterGuess.cs", // `sitegen import`: Chinese style names, numbering and dates as documents write them
        ];
        var src = Path.Combine(Reports.RepoRoot, "src");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => !allowed.Any(a => f.Replace('\\', '/').EndsWith("/" + a, StringComparison.Ordinal)))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && HanInLiteral().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(src, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    private static SiteGen.Model.Report Parse(string lang)
    {
        var (report, _) = Reports.Parse($"---\ntitle: 報告\ndate: 2021-02-22\nlang: {lang}\n---\n\n## 部分\n\n正文。\n");
        return report!;
    }

    private static List<PdfEdition> Editions() =>
        EditionSettingsLoader.Load(null, Path.Combine(Reports.RepoRoot, "templates"), new DiagnosticBag());

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return stdout.Result;
    }

    [GeneratedRegex("\"[^\"]*[\u4e00-\u9fff][^\"]*\"")]
    private static partial Regex HanInLiteral();
}
